import Foundation
import Testing

/// `../shared` beside the package: Helm's expected outputs (conformance cases, the corpus,
/// helm-unittest suites). It exists in CI and on developers' machines, not on a user's.
/// A test that needs it is *skipped* (reported as such by Swift Testing) when it is absent,
/// never passed; `.ci/run` fails when any test was skipped.
enum SharedData {
    static let root: URL = GoldenCase.packageRoot.appendingPathComponent("../shared").standardized

    static let available: Bool = FileManager.default.fileExists(atPath: root.appendingPathComponent("corpus").path)

    static let absentComment: Comment = "../shared is absent: Helm's expected outputs are not here"
}
