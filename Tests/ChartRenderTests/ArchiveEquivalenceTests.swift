import Foundation
import Testing
@testable import ChartrCLI

/// `chartr render` on a packaged `.tgz` of a corpus chart prints the same bytes as on its
/// directory (subcharts included). Packages are made with the system `tar` into a temp dir.
@Suite(.enabled(if: SharedData.available, SharedData.absentComment))
struct ArchiveEquivalenceTests {
    static let corpus = SharedData.url("corpus/charts")
    static let charts = ["mychart", "podinfo", "wordpress", "seldon-core-operator"]

    @Test(arguments: charts)
    func archiveRendersLikeDirectory(_ chart: String) throws {
        let dir = Self.corpus.appendingPathComponent(chart)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("chartr-archive-\(chart)-\(getpid())")
        try? FileManager.default.removeItem(at: tmp)
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let archive = tmp.appendingPathComponent("\(chart).tgz")
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-czf", archive.path, "-C", Self.corpus.path, chart]
        try tar.run()
        tar.waitUntilExit()
        #expect(tar.terminationStatus == 0)

        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        let fromDir = runCLI(["render", dir.path, "--seed", "3"], environment: env)
        let fromArchive = runCLI(["render", archive.path, "--seed", "3"], environment: env)
        #expect(fromDir.code == 0)
        #expect(fromArchive.code == fromDir.code)
        expectSameBytes(fromArchive.stderr, fromDir.stderr, "stderr")
        expectSameBytes(fromArchive.stdout, fromDir.stdout, "stdout")
        #expect(fromDir.stdout.count > 1000)
    }
}
