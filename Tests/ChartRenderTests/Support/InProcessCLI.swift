import Foundation
@testable import ChartrCLI

/// `chartr` run in-process: `CLI.run` with only the environment a test gives (the binary
/// tests remove `HELM_NAMESPACE` from theirs; here nothing of the test process leaks in),
/// from the package root, which the relative chart paths of the goldens are relative to.
func runCLI(_ args: [String], environment: [String: String] = [:], program: String = "chartr") -> CLI.Outcome {
    PackageRoot.enter()
    return CLI.run(args, environment: environment, program: program)
}

enum PackageRoot {
    /// The working directory every test that uses relative paths expects: `swift test` runs
    /// there already; this makes it so when the tests are started from elsewhere.
    private static let entered: Bool = FileManager.default.changeCurrentDirectoryPath(GoldenCase.packageRoot.path)

    static func enter() { _ = entered }
}

extension CLI.Outcome {
    /// stdout decoded for `contains` checks; compare bytes (`stdout`) for equality.
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}
