import Foundation
import Testing
@testable import ChartRender

/// The staged core (issue 10): a chart is loaded once, prepared per set of values, and a
/// prepared chart renders any number of times, on several threads at once, each render
/// equal to a fresh one-shot render of the same inputs.
@Suite("Staged core")
struct StagedCoreTests {
    static let umbrella = GoldenCase.packageRoot.appendingPathComponent("Tests/ChartRenderTests/Fixtures/umbrella").path

    static func userValues(_ set: [String]) throws -> [String: Value] {
        try ValueOptions(values: set).merge()
    }

    @Test func prepareLeavesTheLoadedChartAlone() throws {
        let chart = try loadChart(Self.umbrella)
        let before = chart.dependencies.map(\.name).sorted()
        let off = try prepareChart(chart, PrepareOptions(values: try Self.userValues(["api.enabled=false", "tags.cache=false"])))
        #expect(off.chart !== chart)
        #expect(!off.chart.dependencies.contains { $0.name == "api" })
        #expect(chart.dependencies.map(\.name).sorted() == before)
        // The same loaded chart prepared again with the subchart on still has it.
        let on = try prepareChart(chart, PrepareOptions())
        #expect(on.chart.dependencies.contains { $0.name == "api" })
        let onFiles = try renderPreparedChart(on).files.keys.filter { $0.contains("/charts/api/") }
        let offFiles = try renderPreparedChart(off).files.keys.filter { $0.contains("/charts/api/") }
        #expect(!onFiles.isEmpty)
        #expect(offFiles.isEmpty)
    }

    @Test func stagesComposeToRenderChart() throws {
        var request = RenderRequest(chartPath: Self.umbrella)
        request.values = ValueOptions(values: ["api.enabled=false"])
        request.settings = RenderSettings(seed: 7, fixedNow: 1_700_000_000)
        let oneShot = try renderChart(request)

        let chart = try loadChart(Self.umbrella)
        let prepared = try prepareChart(chart, PrepareOptions(values: try Self.userValues(["api.enabled=false"])))
        let rendered = try renderPreparedChart(prepared, release: request.release, settings: request.settings)
        let staged = try assembleRelease(rendered, request.assembleOptions)
        #expect(staged.outputBytes == oneShot.outputBytes)
        #expect(staged.notes == oneShot.notes)
    }

    @Test func sameSeedSameBytes() throws {
        let chart = try loadChart(GoldenCase.packageRoot.appendingPathComponent("Tests/ChartRenderTests/Fixtures/random-material").path)
        let prepared = try prepareChart(chart, PrepareOptions())
        let settings = RenderSettings(seed: 42, fixedNow: 1_700_000_000)
        let a = try assembleRelease(try renderPreparedChart(prepared, settings: settings)).outputBytes
        let b = try assembleRelease(try renderPreparedChart(prepared, settings: settings)).outputBytes
        let c = try assembleRelease(try renderPreparedChart(prepared, settings: RenderSettings(seed: 43, fixedNow: 1_700_000_000))).outputBytes
        #expect(a == b)
        #expect(a != c)
    }

    /// kube-prometheus-stack, loaded once, rendered 50 times with five sets of values on two
    /// threads at once; each render equals the one-shot render of the same inputs.
    @Test(.enabled(if: SharedData.available, SharedData.absentComment))
    func manyRendersOnTwoThreads() throws {
        let path = SharedData.root.appendingPathComponent("corpus/charts/kube-prometheus-stack").path
        let variants: [[String]] = [
            [],
            ["grafana.enabled=false"],
            ["alertmanager.enabled=false", "fullnameOverride=kps"],
            ["prometheus.ingress.enabled=true", "prometheus.prometheusSpec.retention=30d"],
            ["nodeExporter.enabled=false", "kubeStateMetrics.enabled=false", "defaultRules.create=false"],
        ]
        let settings = RenderSettings(seed: 5, fixedNow: 1_700_000_000)
        var expected: [[UInt8]] = []
        for set in variants {
            var request = RenderRequest(chartPath: path)
            request.values = ValueOptions(values: set)
            request.settings = settings
            expected.append(try renderChart(request).outputBytes)
        }
        let chart = try loadChart(path)
        let prepared = try variants.map { try prepareChart(chart, PrepareOptions(values: try Self.userValues($0))) }

        let renders = 50
        let results = LockedResults(count: renders)
        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            for i in stride(from: thread, to: renders, by: 2) {
                let r = Result { try assembleRelease(try renderPreparedChart(prepared[i % variants.count], settings: settings)).outputBytes }
                results.store(i, r)
            }
        }
        for i in 0..<renders {
            let got = try #require(results.value(i)).get()
            #expect(got == expected[i % variants.count], "render \(i) (values \(variants[i % variants.count])) differs from its one-shot render")
        }
    }
}

/// Results written by several threads.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<[UInt8], Error>?]
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func store(_ i: Int, _ r: Result<[UInt8], Error>) { lock.lock(); items[i] = r; lock.unlock() }
    func value(_ i: Int) -> Result<[UInt8], Error>? { lock.lock(); defer { lock.unlock() }; return items[i] }
}
