import Foundation
import Testing
@testable import ChartRender

/// Runs `fromyaml.jsonl` on the `fromYaml` / `fromYamlArray` functions directly: the
/// result values (with Helm's in-band `{"Error": ...}` / `["..."]`), what `{{ }}` prints
/// for them, and `kindOf` for every node of the `fromYaml` result.
@Suite(.enabled(if: SharedData.available, SharedData.absentComment))
struct YAMLFromYAMLConformanceTests {
    static func call(_ name: String, _ text: String) -> Value {
        guard let f = Functions.serialization[name] else { return .null }
        var c = FunctionCall(args: [.string(text)], name: name, env: RenderEnvironment(seed: 1))
        return (try? f.body(&c)) ?? .null
    }

    /// `kindOf` for every node, by JSON Pointer.
    static func kinds(_ v: Value, _ path: String, _ out: inout [String: String]) {
        out[path] = v.goKind
        switch v {
        case .map(let m, _):
            for (k, x) in m {
                let esc = k.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
                kinds(x, path + "/" + esc, &out)
            }
        case .list(let l, _):
            for (i, x) in l.enumerated() { kinds(x, path + "/\(i)", &out) }
        default: break
        }
    }

    static func check(_ c: [String: Value]) -> Bool {
        guard let input = YAMLConformance.input(c) else { return false }
        // `.Files.Get` keeps the file's bytes, valid UTF-8 or not.
        let text = GoString.string(input)
        let m = call("fromYaml", text)
        let a = call("fromYamlArray", text)
        var ok = true
        if c["fromYaml"] != nil || c["fromYaml_any_of"] != nil { ok = ok && YAMLConformance.matches(c, "fromYaml", m) }
        if c["fromYamlArray"] != nil { ok = ok && YAMLConformance.matches(c, "fromYamlArray", a) }
        if let p = c["fromYaml_printed"]?.stringValue { ok = ok && YAMLConformance.sameText(GoFmt.formatValue(m), p) }
        if let p = c["fromYamlArray_printed"]?.stringValue { ok = ok && YAMLConformance.sameText(GoFmt.formatValue(a), p) }
        if case .map(let want, _)? = c["fromYaml_kinds"] {
            var got: [String: String] = [:]
            kinds(m, "", &got)
            ok = ok && want.count == got.count && want.allSatisfy { YAMLConformance.sameText(got[$0.key], $0.value.stringValue) }
        }
        return ok
    }

    @Test func fromYAMLConformance() throws {
        let cases = try YAMLConformance.load("fromyaml.jsonl")
        var passed: [String] = []
        for c in cases {
            guard let id = c["id"]?.stringValue else { continue }
            if Self.check(c) {
                passed.append(id)
            } else if ProcessInfo.processInfo.environment["CHARTR_SHOW_FAILURES"] == "1" {
                print("FAIL \(id)")
            }
        }
        YAMLConformance.ratchet("fromyaml", passed: passed, total: cases.count)
        #expect(passed.count > 0)
    }
}
