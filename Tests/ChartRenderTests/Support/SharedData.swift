import Foundation
import Testing

/// `../shared` beside the package: Helm's expected outputs (conformance cases, the corpus,
/// helm-unittest suites). It exists in CI and on developers' machines, not on a user's.
/// A test that needs it is *skipped* (reported as such by Swift Testing) when it is absent,
/// never passed; `.ci/run` fails when any test was skipped.
///
/// `CHARTR_SHARED_DIR` points the tests at another copy; pointing it at an empty
/// directory shows which tests need the data (they are all reported as skipped).
enum SharedData {
    static let root: URL = {
        if let dir = ProcessInfo.processInfo.environment["CHARTR_SHARED_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir).standardized
        }
        return GoldenCase.packageRoot.appendingPathComponent("../shared").standardized
    }()

    static let available: Bool = ["corpus/cases.tsv", "conformance/templates", "conformance/yaml"].allSatisfy {
        FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
    }

    static let absentComment: Comment = "../shared is absent (or CHARTR_SHARED_DIR names a directory without it): Helm's expected outputs are not here"

    /// A path inside the shared data.
    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
}
