import Foundation
import Testing
@testable import ChartRender

/// Paths of the package and the shared conformance material.
enum TestPaths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let conformance: URL = packageRoot.appendingPathComponent("Tests/ChartRenderTests/Conformance")

    /// The passing ids recorded in a ratchet file (one per line).
    static func ratchet(_ name: String) -> Set<String> {
        guard let text = try? String(contentsOf: conformance.appendingPathComponent(name), encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
    }

    /// Adds newly passing ids to a ratchet when `CHARTR_RECORD_PASSING=1`.
    static func record(_ name: String, _ ids: [String]) {
        guard ProcessInfo.processInfo.environment["CHARTR_RECORD_PASSING"] == "1" else { return }
        let text = ratchet(name).union(ids).sorted().joined(separator: "\n") + "\n"
        try? text.write(to: conformance.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Lines of a JSONL file parsed as values, nil when the file is absent.
    static func jsonl(_ url: URL) -> [[String: Value]]? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var out: [[String: Value]] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            if case .map(let m, _)? = try? JSON.decode(Array(line)) { out.append(m.dictionary) }
        }
        return out
    }
}

/// `../shared/conformance/yaml/manifests.jsonl`: rendered files split, parsed, sorted into
/// the install dry-run manifest (or Helm's YAML parse error), with a passing-ids ratchet.
@Suite struct ManifestConformanceTests {
    /// The manifest text or the error for one case's templates (chart `mychart`).
    static func run(_ c: [String: Value]) -> String {
        var files: [String: String] = [:]
        if case .map(let t, _)? = c["templates"] {
            for (k, v) in t {
                // The chart loader drops a leading byte order mark from every file.
                var text = v.stringValue ?? ""
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                files["mychart/templates/" + k] = text
            }
        }
        if case .map(let t, _)? = c["templates_base64"] {
            for (k, v) in t {
                let bytes = Data(base64Encoded: v.stringValue ?? "").map { [UInt8]($0) } ?? []
                // Template text keeps its bytes, valid UTF-8 or not.
                files["mychart/templates/" + k] = GoString.string(bytes)
            }
        }
        do {
            let sorted = try SortManifests.sort(files)
            return SortManifests.manifestText(sorted.manifests)
        } catch let e as ManifestFailure {
            return "ERROR: " + e.description
        } catch {
            return "ERROR: \(error)"
        }
    }

    @Test(.enabled(if: SharedData.available, SharedData.absentComment))
    func manifestsRatchet() throws {
        let url = SharedData.url("conformance/yaml/manifests.jsonl")
        let cases = try #require(TestPaths.jsonl(url), "cannot read \(url.path)")
        var passing: [String] = []
        for c in cases {
            guard let id = c["id"]?.stringValue else { continue }
            let expected: String
            if let m = c["manifest"]?.stringValue { expected = m } else { expected = "ERROR: " + (c["error"]?.stringValue ?? "") }
            if GoString.bytes(ManifestConformanceTests.run(c)) == GoString.bytes(expected) { passing.append(id) }
        }
        print("manifests.jsonl: \(passing.count)/\(cases.count) passing")
        let ratchet = TestPaths.ratchet("manifests-passing.txt")
        let lost = ratchet.subtracting(passing)
        #expect(lost.isEmpty, "previously passing manifest cases now fail: \(lost.sorted())")
        TestPaths.record("manifests-passing.txt", passing)
    }

    @Test(arguments: [
        ("a\n---\nb", ["a", "b"]),
        ("---\na", ["a"]),
        ("a\n---b", ["a", "b"]),
        ("---\n---\na\n---\n\n---\n", ["---\na", "---\n"]),
        ("  \n\n  ", []),
        ("a: 1\n  \n---  \n  b: 2", ["a: 1", "b: 2"]),
    ])
    func split(_ input: String, _ expected: [String]) {
        #expect(SplitManifests.split(input) == expected)
    }

    @Test func installOrderPutsUnknownKindsLastByName() {
        let sorted = InstallOrder.stableSort(["Zeta", "Deployment", "Alpha", "Namespace", "Service"]) { $0 }
        #expect(sorted == ["Namespace", "Service", "Deployment", "Alpha", "Zeta"])
    }
}
