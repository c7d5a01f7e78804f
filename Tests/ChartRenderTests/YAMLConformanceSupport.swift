import Foundation
import Testing
@testable import ChartRender

/// Shared helpers of the YAML conformance runners: locating `../shared`, reading JSONL
/// vectors with chartr's own JSON decoder, comparing values the way the vectors mean them
/// (numbers as float64), and the passing-id ratchet files.
enum YAMLConformance {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var vectorsDir: URL { SharedData.url("conformance/yaml") }

    /// The cases of `file` (tests that call this carry the `SharedData.available` trait,
    /// so a missing file here is a failure, not a skip).
    static func load(_ file: String) throws -> [[String: Value]] {
        let url = vectorsDir.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        var cases: [[String: Value]] = []
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            if case .map(let m, _)? = try? JSON.decode(Array(line)) { cases.append(m.dictionary) }
        }
        return cases
    }

    /// The input bytes of a case (`yaml` or `yaml_base64`).
    static func input(_ c: [String: Value], _ field: String = "yaml") -> [UInt8]? {
        if case .string(let s)? = c[field] { return Array(s.utf8) }
        if case .string(let s)? = c[field + "_base64"] { return YAMLBase64.decode(Array(s.utf8)) }
        return nil
    }

    /// Expected JSON value of `field`, reading `<field>_text` when the vector stores it as text.
    static func expected(_ c: [String: Value], _ field: String) -> Value? {
        if let v = c[field] { return v }
        if case .string(let t)? = c[field + "_text"] { return try? JSON.decode(Array(t.utf8)) }
        return nil
    }

    /// Texts equal as Go bytes (Swift's `==` would equate canonically equivalent text).
    static func sameText(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?): return x.utf8.elementsEqual(y.utf8)  // escape scalars map 1:1 to bytes
        default: return false
        }
    }

    /// Structural equality with numbers compared as float64 (and -0 distinct from 0), texts
    /// and map keys as bytes.
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return sameText(x, y)
        case (.float64(let x), .float64(let y)): return x == y && x.sign == y.sign
        case (.list(let x, _), .list(let y, _)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.map(let x, _), .map(let y, _)):
            guard x.count == y.count else { return false }
            let byBytes = Dictionary(y.map { (Array($0.key.utf8), $0.value) }, uniquingKeysWith: { first, _ in first })
            return byBytes.count == y.count && x.allSatisfy { k, v in byBytes[Array(k.utf8)].map { same(v, $0) } ?? false }
        default: return false
        }
    }

    /// Whether `actual` matches `field` of the case (or one of `<field>_any_of`).
    static func matches(_ c: [String: Value], _ field: String, _ actual: Value) -> Bool {
        if let e = expected(c, field) { return same(e, actual) }
        if case .list(let options, _)? = c[field + "_any_of"] { return options.contains { same($0, actual) } }
        return false
    }

    static func passingFile(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/ChartRenderTests/Conformance/yaml-\(name)-passing.txt")
    }

    /// Prints the score, records passing ids with `CHARTR_RECORD_PASSING=1`, and otherwise
    /// fails for every recorded id that no longer passes.
    static func ratchet(_ name: String, passed: [String], total: Int) {
        print("yaml conformance \(name): \(passed.count)/\(total) pass")
        let url = passingFile(name)
        if ProcessInfo.processInfo.environment["CHARTR_RECORD_PASSING"] == "1" {
            try? (passed.sorted().joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
        let have = Set(passed)
        for id in text.split(separator: "\n") where !id.isEmpty && !have.contains(String(id)) {
            Issue.record("yaml-\(name): \(id) passed before and fails now")
        }
    }
}
