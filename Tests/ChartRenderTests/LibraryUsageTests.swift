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

/// A library caller tells failures apart by `RenderFailure.kind`, without reading messages.
@Test(arguments: [
    ("chart not found", "/nonexistent/chart/dir", [], RenderFailure.Kind.chartNotFound("/nonexistent/chart/dir")),
    ("bad --set", "helm-ml-score-app", ["a"], .values(.flag("--set", "a"))),
    ("bad --kube-version", "helm-ml-score-app", ["--kube-version"], .kubeVersionFlag("x")),
    ("template parse error", "Tests/ChartRenderTests/Fixtures/broken-syntax", [], .template(
        file: "broken-syntax/templates/configmap.yaml",
        position: TemplatePosition(file: "broken-syntax/templates/configmap.yaml", offset: 0, line: 8, column: 0))),
    ("rendered YAML does not parse", "Tests/ChartRenderTests/Fixtures/invalid-yaml", [], .manifest(
        file: "invalid-yaml/templates/configmap.yaml", document: 0, line: 7)),
] as [(String, String, [String], RenderFailure.Kind)])
func failureKinds(_ name: String, _ chart: String, _ set: [String], _ expected: RenderFailure.Kind) throws {
    var request = RenderRequest(chartPath: chart.hasPrefix("/") ? chart : GoldenCase.packageRoot.appendingPathComponent(chart).path)
    if set == ["--kube-version"] { request.kubeVersion = "x" } else { request.values.values = set }
    do {
        _ = try renderChart(request)
        Issue.record("\(name): rendered")
    } catch let f as RenderFailure {
        switch (f.kind, expected) {
        case (.template(let file, let pos), .template(let wantFile, let wantPos)):
            // The offset is the token's byte offset; the line is what Helm prints.
            #expect(file == wantFile)
            #expect(pos?.line == wantPos?.line)
            #expect((pos?.offset ?? 0) > 0)
        default:
            #expect(f.kind == expected, "\(name)")
        }
    }
}

/// An execution error carries the failing node's position: file, line, column and offset.
@Test func executionFailurePosition() throws {
    let chart = EngineTests.chart("app", templates: ["templates/t.yaml": "a: 1\nb: {{ fail \"no\" }}\n"])
    do {
        _ = try renderPreparedChart(try prepareChart(chart, PrepareOptions()))
        Issue.record("rendered")
    } catch let f as RenderFailure {
        #expect(f.kind == .template(file: "app/templates/t.yaml",
                                    position: TemplatePosition(file: "app/templates/t.yaml", offset: 11, line: 2, column: 6)))
        #expect(f.message == "execution error at (app/templates/t.yaml:2:6): no")
    }
}

/// Schema failures come as a list per chart, and Helm's message is made from it.
@Test func schemaViolationsAsData() throws {
    let chart = try loadChart(GoldenCase.packageRoot.appendingPathComponent("Tests/ChartRenderTests/Fixtures/umbrella").path)
    do {
        _ = try prepareChart(chart, PrepareOptions(values: try UserValues.set(["api.replicas=0"])))
        Issue.record("prepared")
    } catch let f as RenderFailure {
        guard case .schema(let charts) = f.kind else { Issue.record("kind \(f.kind)"); return }
        #expect(charts.map(\.chart) == ["api"])
        #expect(charts.first?.violations.map(\.at) == ["/replicas"])
        let golden = try String(contentsOf: GoldenCase.goldenRoot.appendingPathComponent("umbrella/schema-minimum.err"), encoding: .utf8)
        #expect("Error: " + f.message + "\n" == golden)
    }
}

/// A chart that does not load says why as data (here Chart.yaml's validation).
@Test func chartFailureAsData() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chartr-invalid-\(getpid())")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("templates"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("apiVersion: v2\nname: x\n".utf8).write(to: dir.appendingPathComponent("Chart.yaml"))
    do {
        _ = try loadChart(dir.path)
        Issue.record("loaded")
    } catch let f as RenderFailure {
        #expect(f.kind == .chartInvalid(.metadata("validation: chart.metadata.version is required")))
        #expect(f.message == "validation: chart.metadata.version is required")
    }
}
