import Foundation
import Testing
import ChartRender

/// The library example of the README, run as written, gives what Helm printed for
/// `helm template helm-ml-score-app --set app.namespace=staging` (golden `example/staging`).
@Test func readmeLibraryExample() throws {
    let root = GoldenCase.packageRoot
    var request = RenderRequest(chartPath: root.appendingPathComponent("helm-ml-score-app").path)
    request.values.values = ["app.namespace=staging"]
    let result = try renderChart(request)
    let expected = try String(contentsOf: GoldenCase.goldenRoot.appendingPathComponent("example/staging.out"), encoding: .utf8)
    #expect(result.output == expected)
}

@Test func libraryReportsHelmErrors() throws {
    let request = RenderRequest(chartPath: "/nonexistent/chart/dir")
    #expect(throws: RenderFailure.self) { try renderChart(request) }
}

/// The README's staged example (load, prepare, render, assemble) as written gives the same
/// bytes as Helm (golden `example/staging`).
@Test func readmeStagedExample() throws {
    let root = GoldenCase.packageRoot
    let chart = try loadChart(root.appendingPathComponent("helm-ml-score-app").path)
    let prepared = try prepareChart(chart, PrepareOptions(values: try UserValues.set(["app.namespace=staging"])))
    let rendered = try renderPreparedChart(prepared, settings: RenderSettings(seed: 1))
    let result = try assembleRelease(rendered)
    let expected = try Data(contentsOf: GoldenCase.goldenRoot.appendingPathComponent("example/staging.out"))
    #expect(result.outputBytes == Array(expected))
}

@Test func userValuesFromYAMLAndSet() throws {
    let values = UserValues.merge(try UserValues.yaml("a:\n  b: 1\n  c: x\n"), try UserValues.set(["a.b=2"], string: ["d=3"]))
    #expect(values == ["a": .map(["b": .int64(2), "c": .string("x")]), "d": .string("3")])
    #expect(throws: RenderFailure.self) { try UserValues.set(["a"]) }
    #expect(throws: RenderFailure.self) { try UserValues.yaml("a: [", name: "inline") }
}
