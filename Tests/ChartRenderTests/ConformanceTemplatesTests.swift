import Foundation
import Testing
@testable import ChartRender

/// Runs every case of `../shared/conformance/templates/*.jsonl` through `Engine.render`,
/// building each case chart exactly as the conformance README prescribes, and prints
/// `pass/total` per file.
///
/// Ratchet: `Conformance/templates-passing.txt` (read from the source tree) lists ids
/// that must keep passing. With `CHARTR_RECORD_PASSING=1` newly passing ids are added.
struct ConformanceTemplatesTests {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDir.deletingLastPathComponent().deletingLastPathComponent()
    static let casesDir = SharedData.url("conformance/templates")
    static let ratchetFile = testsDir.appendingPathComponent("Conformance/templates-passing.txt")

    /// One case's outcome.
    struct Outcome {
        let id: String
        let passed: Bool
        let detail: String
    }

    @Test(.enabled(if: SharedData.available, SharedData.absentComment))
    func templatesConformance() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.casesDir.path)
        var outcomes: [Outcome] = []
        for name in names.sorted() where name.hasSuffix(".jsonl") {
            let data = try Data(contentsOf: Self.casesDir.appendingPathComponent(name))
            var pass = 0, total = 0
            let started = Date()
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                let outcome = Self.run(obj)
                outcomes.append(outcome)
                total += 1
                if outcome.passed { pass += 1 }
            }
            print("conformance \(name): \(pass)/\(total) (\(Int(Date().timeIntervalSince(started) * 1000)) ms)")
        }
        let passing = Set(outcomes.filter { $0.passed }.map { $0.id })
        let listed = Self.readRatchet()
        let regressions = outcomes.filter { listed.contains($0.id) && !$0.passed }
        for r in regressions { print("REGRESSION \(r.id): \(r.detail)") }
        if ProcessInfo.processInfo.environment["CHARTR_VERBOSE"] == "1" {
            for o in outcomes where !o.passed { print("FAIL \(o.id): \(o.detail)") }
        }
        if ProcessInfo.processInfo.environment["CHARTR_RECORD_PASSING"] == "1" {
            let all = listed.union(passing).sorted()
            try (all.joined(separator: "\n") + "\n").write(to: Self.ratchetFile, atomically: true, encoding: .utf8)
        }
        #expect(regressions.isEmpty, "\(regressions.count) listed conformance cases fail")
    }

    static func readRatchet() -> Set<String> {
        guard let text = try? String(contentsOf: ratchetFile, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    static func jsonText(_ any: Any) -> [UInt8] {
        let data = (try? JSONSerialization.data(withJSONObject: any, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Array(data)
    }

    /// Builds the case chart and renders it; compares with the expectation.
    static func run(_ c: [String: Any]) -> Outcome {
        let id = c["id"] as? String ?? "?"
        do {
            var chartDoc: [String: Any] = ["apiVersion": "v2", "name": "conformance", "version": "0.1.0"]
            for (k, v) in c["chart"] as? [String: Any] ?? [:] { chartDoc[k] = v }
            let raw = try YAML.parse(jsonText(chartDoc)).mapEntries ?? [:]
            let md = ChartMetadata(name: raw["name"]?.stringValue ?? "conformance",
                                   version: raw["version"]?.stringValue ?? "0.1.0",
                                   apiVersion: raw["apiVersion"]?.stringValue ?? "v2", raw: raw)
            var valuesBytes: [UInt8] = []
            if let vy = c["values_yaml"] as? String {
                valuesBytes = Array(vy.utf8)
            } else if let v = c["values"] {
                valuesBytes = jsonText(v)
            }
            let values = try YAML.loadValues(valuesBytes)
            var templates = [ChartFile(path: "templates/case.yaml", data: Array((c["template"] as? String ?? "").utf8))]
            if let h = c["helpers"] as? String {
                templates.append(ChartFile(path: "templates/_helpers.tpl", data: Array(h.utf8)))
            }
            var files: [ChartFile] = []
            for (path, content) in (c["files"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let f = ChartFile(path: path, data: Array((content as? String ?? "").utf8))
                if path.hasPrefix("templates/") { templates.append(f) } else { files.append(f) }
            }
            let chart = Chart(metadata: md, templates: templates, files: files, values: values)
            var release = ReleaseInfo()
            if let r = c["release"] as? [String: Any] {
                if let v = r["name"] as? String { release.name = v }
                if let v = r["namespace"] as? String { release.namespace = v }
                if let v = r["revision"] as? Int { release.revision = v }
                if let v = r["is_install"] as? Bool { release.isInstall = v }
                if let v = r["is_upgrade"] as? Bool { release.isUpgrade = v }
            }
            let result: Result<String, Error>
            do {
                // As `helm template` does: the chart's values coalesced (nulls removed).
                let coalesced = Coalesce.values(chart: chart, user: [:])
                let out = try Engine.render(chart: chart, values: coalesced, release: release, capabilities: Capabilities(),
                                            settings: RenderSettings())
                result = .success(out["conformance/templates/case.yaml"] ?? "")
            } catch {
                result = .failure(error)
            }
            return compare(id: id, c, result)
        } catch {
            return Outcome(id: id, passed: false, detail: "setup failed: \(error)")
        }
    }

    static func compare(id: String, _ c: [String: Any], _ result: Result<String, Error>) -> Outcome {
        switch result {
        case .success(let out):
            if let e = c["expected"] as? String {
                let got = GoString.bytes(out), want = Array(e.utf8)
                return Outcome(id: id, passed: got == want, detail: Bytes.firstDifference(got, want) ?? "")
            }
            if let pattern = c["expected_regex"] as? String {
                // Python's re.fullmatch, as measure.py checks it: the whole text, no final-newline slack.
                guard let re = try? NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z", options: []) else {
                    return Outcome(id: id, passed: false, detail: "bad regex")
                }
                let ns = out as NSString
                let ok = re.firstMatch(in: out, options: [], range: NSRange(location: 0, length: ns.length)) != nil
                return Outcome(id: id, passed: ok, detail: "got \(out.debugDescription) want /\(pattern)/")
            }
            return Outcome(id: id, passed: false, detail: "expected error, got \(out.debugDescription)")
        case .failure(let err):
            let msg = (err as? RenderError)?.message ?? String(describing: err)
            if let e = c["error"] as? String {
                return Outcome(id: id, passed: GoString.bytes(msg) == Array(e.utf8),
                               detail: "error \(msg.prefix(600).debugDescription) want \(e.prefix(600).debugDescription)")
            }
            return Outcome(id: id, passed: false, detail: "unexpected error \(msg.prefix(600).debugDescription)")
        }
    }
}
