import Foundation
import Testing

/// End-to-end golden tests: run the built `chartr` binary and compare stdout, stderr and the
/// exit code with what the real Helm v4.2.3 printed for the same command
/// (`Golden/<suite>/<id>.out|.err|.rc`, recorded by `scripts/record-golden.sh` from
/// `../shared/oracle`, never edited by hand).
struct GoldenCase: CustomTestStringConvertible, Sendable {
    let suite: String
    let id: String
    let command: String
    let arguments: [String]
    var testDescription: String { "\(suite)/\(id)" }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenRoot = packageRoot.appendingPathComponent("Tests/ChartRenderTests/Golden")
    /// The pinned `LAST DEPLOYED` time of the install goldens.
    static let sourceDateEpoch = "1700000000"

    static let all: [GoldenCase] = {
        let fm = FileManager.default
        let suites = ((try? fm.contentsOfDirectory(atPath: goldenRoot.path)) ?? []).sorted()
        var cases: [GoldenCase] = []
        for suite in suites {
            let dir = goldenRoot.appendingPathComponent(suite)
            guard let table = try? String(contentsOf: dir.appendingPathComponent("cases.tsv"), encoding: .utf8) else { continue }
            let chart = (try? String(contentsOf: dir.appendingPathComponent("chart"), encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "helm-ml-score-app"
            for line in table.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                guard fields.count == 3 else { continue }
                let args = shellWords(fields[2]).map {
                    $0.replacingOccurrences(of: "CHART", with: chart)
                        .replacingOccurrences(of: "FILES", with: "Tests/ChartRenderTests/Golden/\(suite)")
                }
                cases.append(GoldenCase(suite: suite, id: fields[0], command: fields[1], arguments: args))
            }
        }
        return cases
    }()
}

/// The `chartr` executable built next to the test bundle.
func chartrExecutable() -> URL? {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("chartr")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    let fallback = GoldenCase.packageRoot.appendingPathComponent(".build/debug/chartr")
    return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
}

final class DataBox: @unchecked Sendable {
    var data = Data()
}

struct ProcessResult {
    var stdout: Data
    var stderr: Data
    var status: Int32
}

/// Runs the built `chartr` from the package root (TZ=UTC, no HELM_NAMESPACE), killed if it
/// runs for more than five minutes so that a hang fails the test instead of the suite.
func runChartr(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ProcessResult {
    let r = try runChartrBounded(arguments, environment: extra, limit: 300)
    return ProcessResult(stdout: r.stdoutData, stderr: r.stderrData, status: r.status)
}

@Test(arguments: GoldenCase.all)
func goldenCLI(_ c: GoldenCase) throws {
    let dir = GoldenCase.goldenRoot.appendingPathComponent(c.suite)
    let expectedOut = try String(contentsOf: dir.appendingPathComponent("\(c.id).out"), encoding: .utf8)
    let expectedErr = try String(contentsOf: dir.appendingPathComponent("\(c.id).err"), encoding: .utf8)
    let expectedRC = Int32(try String(contentsOf: dir.appendingPathComponent("\(c.id).rc"), encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    let args = [c.command] + c.arguments
    let result = try runChartr(args, environment: ["SOURCE_DATE_EPOCH": GoldenCase.sourceDateEpoch])
    #expect(String(decoding: result.stdout, as: UTF8.self) == expectedOut)
    #expect(String(decoding: result.stderr, as: UTF8.self) == expectedErr)
    #expect(result.status == expectedRC)
}

@Test func goldenSuiteIsNotEmpty() {
    #expect(GoldenCase.all.count >= 10)
}
