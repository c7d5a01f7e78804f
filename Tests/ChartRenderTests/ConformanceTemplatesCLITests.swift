import Foundation
import Testing
@testable import ChartRender
@testable import ChartrCLI

/// The template conformance cases (`../shared/conformance/templates/*.jsonl`) through the
/// CLI contract, in-process: each case is written as a chart directory exactly as
/// `../shared/tools/measure.py` (`template_case`) writes it, rendered by `CLI.run` with
/// `render [NAME] DIR [--namespace NS] [--is-upgrade] --format json`, and checked as
/// `check_template` checks it: the JSON entry of `templates/case.yaml` equal, byte for
/// byte, to `expected` (or fully matching `expected_regex`), or stderr equal to
/// `Error: <error>` (the `--debug` hint of `helm template` removed).
///
/// `ConformanceTemplatesTests` runs the same cases through the engine alone; this runner
/// also covers chart loading, values, flags and `--format json`, which tools read.
/// Ratchet: `Conformance/templates-cli-passing.txt` (`CHARTR_RECORD_PASSING=1` adds to it).
@Suite(.enabled(if: SharedData.available, SharedData.absentComment))
struct ConformanceTemplatesCLITests {
    static let casesDir = SharedData.url("conformance/templates")
    static let ratchet = "templates-cli-passing.txt"
    static let key = "conformance/templates/case.yaml"
    static let debugHint = "\n\nUse --debug flag to render out invalid YAML"

    /// One JSONL line: its fields decoded, and the raw text of `values` and `chart`.
    struct Case: @unchecked Sendable {
        let file: String
        let fields: [String: Any]
        let raw: [String: RawJSON.Member]
        var id: String { fields["id"] as? String ?? "?" }
        var release: [String: Any] { fields["release"] as? [String: Any] ?? [:] }
    }

    enum Status { case pass, fail, notApplicable }

    struct Outcome {
        let id: String
        let file: String
        let status: Status
        let detail: String
    }

    static func loadCases() throws -> [Case] {
        var cases: [Case] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: casesDir.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        for name in names {
            let data = try Data(contentsOf: casesDir.appendingPathComponent(name))
            for line in data.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                let fields = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
                let members = try #require(RawJSON.members(ArraySlice(line)), "not a JSON object: \(name)")
                cases.append(Case(file: name, fields: fields,
                                  raw: Dictionary(members.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })))
            }
        }
        return cases
    }

    /// Chart.yaml as measure.py writes it: `json.dumps({apiVersion, name, version} | chart)`.
    static func chartYAML(_ c: Case) -> [UInt8] {
        var members: [(key: String, rawKey: [UInt8], value: [UInt8])] = [
            ("apiVersion", Array("\"apiVersion\"".utf8), Array("\"v2\"".utf8)),
            ("name", Array("\"name\"".utf8), Array("\"conformance\"".utf8)),
            ("version", Array("\"version\"".utf8), Array("\"0.1.0\"".utf8)),
        ]
        if let chart = c.raw["chart"], let given = RawJSON.members(chart.rawValue) {
            for m in given {
                if let i = members.firstIndex(where: { $0.key == m.key }) {
                    members[i].value = Array(m.rawValue)
                } else {
                    members.append((m.key, Array(m.rawKey), Array(m.rawValue)))
                }
            }
        }
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (i, m) in members.enumerated() {
            if i > 0 { out += Array(", ".utf8) }
            out += m.rawKey + Array(": ".utf8) + m.value
        }
        return out + Array("}\n".utf8)
    }

    static func write(_ bytes: [UInt8], _ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// measure.py's `template_case`: the chart, the arguments, the run, the check.
    static func run(_ c: Case) -> Outcome {
        let release = c.release
        let revision = release["revision"] as? Int ?? 1
        let isInstall = release["is_install"] as? Bool ?? true
        let isUpgrade = release["is_upgrade"] as? Bool ?? false
        if revision != 1 {
            return Outcome(id: c.id, file: c.file, status: .notApplicable, detail: "release revision \(revision) cannot be set through the CLI")
        }
        if !((isInstall && !isUpgrade) || (!isInstall && isUpgrade)) {
            return Outcome(id: c.id, file: c.file, status: .notApplicable, detail: "IsInstall/IsUpgrade cannot be set through the CLI")
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chartr-conformance-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = root.appendingPathComponent("conformance")
        do {
            try write(chartYAML(c), dir.appendingPathComponent("Chart.yaml"))
            let values: [UInt8]
            if let text = c.fields["values_yaml"] as? String {
                values = Array(text.utf8)
            } else if let raw = c.raw["values"] {
                values = Array(raw.rawValue)
            } else {
                values = []
            }
            try write(values, dir.appendingPathComponent("values.yaml"))
            try write(Array((c.fields["template"] as? String ?? "").utf8), dir.appendingPathComponent("templates/case.yaml"))
            if let helpers = c.fields["helpers"] as? String {
                try write(Array(helpers.utf8), dir.appendingPathComponent("templates/_helpers.tpl"))
            }
            for (path, text) in c.fields["files"] as? [String: Any] ?? [:] {
                try write(Array((text as? String ?? "").utf8), dir.appendingPathComponent(path))
            }
        } catch {
            return Outcome(id: c.id, file: c.file, status: .fail, detail: "cannot write the chart: \(error)")
        }
        var args = ["render"]
        if let name = release["name"] as? String { args.append(name) }
        args.append(dir.path)
        if let ns = release["namespace"] as? String { args += ["--namespace", ns] }
        if isUpgrade { args.append("--is-upgrade") }
        args += ["--format", "json"]
        let (status, detail) = check(c.fields, runCLI(args))
        return Outcome(id: c.id, file: c.file, status: status, detail: detail)
    }

    /// measure.py's `check_template`.
    static func check(_ rec: [String: Any], _ r: CLI.Outcome) -> (Status, String) {
        if let error = rec["error"] as? String {
            guard r.code != 0 else { return (.fail, "rendered, an error was expected: \(Bytes.visible(r.stdout))") }
            let prefix = Array("Error: ".utf8)
            guard r.stderr.starts(with: prefix) else { return (.fail, "stderr does not start with 'Error: ': \(Bytes.visible(r.stderr))") }
            var msg = Array(r.stderr.dropFirst(prefix.count))
            if msg.last == 0x0A { msg.removeLast() }
            // `helm template` appends this hint to every error raised after the release exists.
            let hint = Array(debugHint.utf8)
            if msg.count >= hint.count, Array(msg.suffix(hint.count)) == hint, !error.hasSuffix(debugHint) {
                msg.removeLast(hint.count)
            }
            if let d = Bytes.firstDifference(msg, Array(error.utf8)) { return (.fail, "different error message: \(d)") }
            return (.pass, "")
        }
        guard r.code == 0 else { return (.fail, "failed: \(Bytes.visible(r.stderr))") }
        guard let object = try? JSONSerialization.jsonObject(with: Data(r.stdout)) as? [String: Any] else {
            return (.fail, "--format json output is not a JSON object: \(Bytes.visible(r.stdout))")
        }
        guard let got = object[key] as? String else { return (.fail, "no string entry \(key) in the JSON output") }
        if let expected = rec["expected"] as? String {
            if let d = Bytes.firstDifference(Array(got.utf8), Array(expected.utf8)) { return (.fail, "different output: \(d)") }
            return (.pass, "")
        }
        guard let pattern = rec["expected_regex"] as? String,
              let re = try? NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z") else {
            return (.fail, "the case has no usable expected, expected_regex or error")
        }
        // Python's re.fullmatch, as measure.py applies it.
        if re.firstMatch(in: got, range: NSRange(got.startIndex..., in: got)) != nil { return (.pass, "") }
        return (.fail, "output does not match expected_regex /\(pattern)/: \(Bytes.visible(Array(got.utf8)))")
    }

    @Test func templatesThroughCLI() throws {
        let cases = try Self.loadCases()
        #expect(cases.count >= 1330)
        let results = OutcomeBox(count: cases.count)
        // Both cores: each case is an independent chart in its own directory.
        DispatchQueue.concurrentPerform(iterations: cases.count) { i in
            results.set(i, Self.run(cases[i]))
        }
        let outcomes = results.all()
        var files: [String] = []
        for o in outcomes where !files.contains(o.file) { files.append(o.file) }
        for f in files {
            let rs = outcomes.filter { $0.file == f && $0.status != .notApplicable }
            print("conformance via CLI \(f): \(rs.filter { $0.status == .pass }.count)/\(rs.count)")
        }
        for o in outcomes where o.status == .notApplicable { print("n/a \(o.id): \(o.detail)") }
        let passing = outcomes.filter { $0.status == .pass }.map(\.id)
        let failed = outcomes.filter { $0.status == .fail }
        print("conformance via CLI: \(passing.count) passed, \(failed.count) failed")
        let listed = TestPaths.ratchet(Self.ratchet)
        let regressions = failed.filter { listed.contains($0.id) }
        for r in regressions { print("REGRESSION \(r.id): \(r.detail)") }
        if ProcessInfo.processInfo.environment["CHARTR_VERBOSE"] == "1" {
            for o in failed where !listed.contains(o.id) { print("FAIL \(o.id): \(o.detail)") }
        }
        TestPaths.record(Self.ratchet, passing)
        #expect(regressions.isEmpty, "\(regressions.count) listed conformance cases fail through the CLI")
    }

    /// The checker itself, on made-up outcomes.
    @Test func checkFollowsMeasurePy() {
        func outcome(_ out: String, _ err: String, _ code: Int32) -> CLI.Outcome {
            CLI.Outcome(stdout: Array(out.utf8), stderr: Array(err.utf8), code: code)
        }
        let ok = outcome(#"{"conformance/templates/case.yaml":"caf\u00e9"}"# + "\n", "", 0)
        #expect(Self.check(["expected": "caf\u{E9}"], ok).0 == .pass)
        #expect(Self.check(["expected": "cafe\u{301}"], ok).0 == .fail)
        #expect(Self.check(["expected_regex": "caf."], ok).0 == .pass)
        #expect(Self.check(["expected_regex": "caf"], ok).0 == .fail)
        #expect(Self.check(["expected_regex": "café"], outcome(#"{"conformance/templates/case.yaml":"café\n"}"#, "", 0)).0 == .fail)
        #expect(Self.check(["error": "x"], ok).0 == .fail)
        let failed = outcome("", "Error: boom" + Self.debugHint + "\n", 1)
        #expect(Self.check(["error": "boom"], failed).0 == .pass)
        #expect(Self.check(["error": "boom" + Self.debugHint], failed).0 == .pass)
        #expect(Self.check(["error": "boo"], failed).0 == .fail)
        #expect(Self.check(["expected": "x"], failed).0 == .fail)
        #expect(Self.check(["expected": "x"], outcome("3\n", "", 0)).0 == .fail)
    }

    @Test func chartYAMLIsWhatMeasurePyWrites() throws {
        let line = Array(#"{"id": "x", "chart": {"version": "1.2.3", "kubeVersion": ">=1.20", "annotations": {"a": 1.0}}, "values": {"f": 1.0, "n": [1, {"k": "v"}]}, "template": ""}"#.utf8)
        let members = try #require(RawJSON.members(line[...]))
        let c = Case(file: "f", fields: [:], raw: Dictionary(members.map { ($0.key, $0) }, uniquingKeysWith: { _, b in b }))
        #expect(String(decoding: Self.chartYAML(c), as: UTF8.self)
            == #"{"apiVersion": "v2", "name": "conformance", "version": "1.2.3", "kubeVersion": ">=1.20", "annotations": {"a": 1.0}}"# + "\n")
        #expect(c.raw["values"].map { String(decoding: $0.rawValue, as: UTF8.self) } == #"{"f": 1.0, "n": [1, {"k": "v"}]}"#)
    }
}

/// Outcomes written by concurrent workers, each to its own slot.
final class OutcomeBox: @unchecked Sendable {
    private var slots: [ConformanceTemplatesCLITests.Outcome?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ o: ConformanceTemplatesCLITests.Outcome) {
        lock.lock()
        slots[i] = o
        lock.unlock()
    }

    func all() -> [ConformanceTemplatesCLITests.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? ConformanceTemplatesCLITests.Outcome(id: "?", file: "?", status: .fail, detail: "not run") }
    }
}
