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
