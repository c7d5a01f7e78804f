import Foundation
import Testing
@testable import ChartrCLI

/// `--seed N` with `SOURCE_DATE_EPOCH` makes every random and clock-dependent function
/// deterministic (chartr's own feature; Helm cannot do this), so two renders of a chart that
/// generates passwords, UUIDs and certificates can be diffed. Without them, runs differ
/// exactly where Helm's would. In-process, through `CLI.run`.
struct SeedDeterminismTests {
    static let chart = "Tests/ChartRenderTests/Fixtures/random-material"

    @Test func seededRunsAreIdentical() throws {
        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        let a = runCLI(["render", Self.chart, "--seed", "7"], environment: env)
        let b = runCLI(["render", Self.chart, "--seed", "7"], environment: env)
        #expect(a.code == 0)
        #expect(a.stderr.isEmpty)
        #expect(a.stdout == b.stdout)
        let text = a.stdoutText
        #expect(text.contains("generated-at: \"2023-11-14T22:13:20Z\""))
        #expect(text.contains("-----BEGIN CERTIFICATE-----"))
    }

    @Test func differentSeedsDiffer() throws {
        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        let a = runCLI(["render", Self.chart, "--seed", "7"], environment: env)
        let b = runCLI(["render", Self.chart, "--seed", "8"], environment: env)
        #expect(a.code == 0 && b.code == 0)
        #expect(a.stdout != b.stdout)
    }

    @Test func unseededRunsDifferLikeHelm() throws {
        let a = runCLI(["render", Self.chart])
        let b = runCLI(["render", Self.chart])
        #expect(a.code == 0 && b.code == 0)
        let linesA = a.stdoutText.split(separator: "\n")
        let linesB = b.stdoutText.split(separator: "\n")
        #expect(linesA.count == linesB.count)
        // The random fields differ; the structure (keys, names) does not.
        for key in ["password:", "id:", "shuffled:", "ca.key:"] {
            let la = linesA.first { $0.contains(key) }
            let lb = linesB.first { $0.contains(key) }
            #expect(la != nil && la != lb, "\(key) should differ between unseeded runs")
        }
        for key in ["name:", "kind:"] {
            #expect(linesA.first { $0.contains(key) } == linesB.first { $0.contains(key) })
        }
    }
}
