import Foundation
import Testing

/// Golden tests: run `chartr` and compare stdout, stderr and the exit code, byte for byte,
/// with what the real Helm v4.2.3 printed for the same command
/// (`Golden/<suite>/<id>.out|.err|.rc`, recorded by `scripts/record-golden.sh` from
/// `../shared/oracle`, never edited by hand). Every case runs in-process through `CLI.run`;
/// a few also run through the built binary (`GoldenBinaryTests`).
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

    /// What Helm printed for this case.
    func expected() throws -> (stdout: [UInt8], stderr: [UInt8], code: Int32) {
        let dir = GoldenCase.goldenRoot.appendingPathComponent(suite)
        func bytes(_ ext: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: dir.appendingPathComponent("\(id).\(ext)")))
        }
        let code = Int32(String(decoding: try bytes("rc"), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        return (try bytes("out"), try bytes("err"), code)
    }

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

/// Every golden case, in-process.
@Test(arguments: GoldenCase.all)
func goldenCLI(_ c: GoldenCase) throws {
    let expected = try c.expected()
    let result = runCLI([c.command] + c.arguments, environment: ["SOURCE_DATE_EPOCH": GoldenCase.sourceDateEpoch])
    expectSameBytes(result.stdout, expected.stdout, "stdout")
    expectSameBytes(result.stderr, expected.stderr, "stderr")
    #expect(result.code == expected.code)
}

@Test func goldenSuiteIsNotEmpty() {
    #expect(GoldenCase.all.count >= 10)
}

/// End-to-end: a few goldens through the built `chartr` binary, so that what `main` adds
/// (writing bytes that are not UTF-8, stderr, the exit code, the program name) is checked
/// by the process a user runs.
@Suite(.enabled(if: chartrExecutable() != nil, "the chartr executable is not built"))
struct GoldenBinaryTests {
    /// Output with bytes that are not UTF-8, an install report, an error with its exit
    /// code, `--debug` output on stdout beside an error.
    static let cases = GoldenCase.all.filter {
        ["example/default", "example/missing-chart", "byte-strings/default", "byte-strings/install-dry-run",
         "invalid-yaml/debug"].contains("\($0.suite)/\($0.id)")
    }

    @Test func casesExist() {
        #expect(Self.cases.count == 5)
    }

    @Test(arguments: cases)
    func goldenThroughBinary(_ c: GoldenCase) throws {
        let expected = try c.expected()
        let result = try runChartr([c.command] + c.arguments, environment: ["SOURCE_DATE_EPOCH": GoldenCase.sourceDateEpoch])
        expectSameBytes([UInt8](result.stdout), expected.stdout, "stdout")
        expectSameBytes([UInt8](result.stderr), expected.stderr, "stderr")
        #expect(result.status == expected.code)
    }

    /// The binary names itself after argv[0]: run as `helm`, a usage error is Helm's text.
    @Test func programNameComesFromArgv0() throws {
        guard let exe = chartrExecutable() else { return }
        let dir = try hostileTempDir("argv0")
        defer { try? FileManager.default.removeItem(at: dir) }
        let helm = dir.appendingPathComponent("helm")
        try FileManager.default.createSymbolicLink(at: helm, withDestinationURL: exe)
        let p = Process()
        p.executableURL = helm
        p.arguments = ["template"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(String(decoding: data, as: UTF8.self)
            == "Error: \"helm template\" requires at least 1 argument\n\nUsage:  helm template [NAME] [CHART] [flags]\n")
        let plain = try runChartr(["render"])
        #expect(String(decoding: plain.stderr, as: UTF8.self)
            == "Error: \"chartr render\" requires at least 1 argument\n\nUsage:  chartr render [NAME] [CHART] [flags]\n")
    }
}
