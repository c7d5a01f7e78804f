import Foundation
import Testing
@testable import ChartRender

/// Runs `values.jsonl`: every input through `YAML.loadValues` (Helm's LoadValues) against
/// `json`/`error`, the template view (nulls removed from maps) against `template_values`,
/// and `YAML.parseMap` (first document only, `common.Values` in type errors) against
/// `values_from_yaml`.
@Suite(.enabled(if: SharedData.available, SharedData.absentComment))
struct YAMLValuesConformanceTests {
    /// Helm's coalescing view: map entries whose value is null are dropped; lists (and maps
    /// inside them) are left alone.
    static func dropNulls(_ v: Value) -> Value {
        switch v {
        case .map(let m, let t):
            var out: [String: Value] = [:]
            for (k, x) in m where !x.isNull { out[k] = dropNulls(x) }
            return .map(out, t)
        default: return v
        }
    }

    static func check(_ c: [String: Value]) -> Bool {
        guard let input = YAMLConformance.input(c) else { return false }
        var ok = true
        do {
            let m = try YAML.loadValues(input)
            let v = Value.map(m)
            if c["error"] != nil { return false }
            ok = ok && YAMLConformance.matches(c, "json", v)
            if c["template_values"] != nil || c["template_values_text"] != nil {
                ok = ok && YAMLConformance.matches(c, "template_values", dropNulls(v))
            }
        } catch let e as YAMLError {
            ok = ok && YAMLConformance.sameText(c["error"]?.stringValue, e.message)
        } catch {
            return false
        }
        if case .map(let vfy, _)? = c["values_from_yaml"] {
            do {
                let m = try YAML.parseMap(input, typeName: "common.Values")
                ok = ok && vfy["error"] == nil && YAMLConformance.matches(vfy.dictionary, "json", .map(m))
            } catch let e as YAMLError {
                ok = ok && YAMLConformance.sameText(vfy["error"]?.stringValue, e.message)
            } catch {
                return false
            }
        }
        return ok
    }

    @Test func valuesConformance() throws {
        let cases = try YAMLConformance.load("values.jsonl")
        var passed: [String] = []
        for c in cases {
            guard let id = c["id"]?.stringValue else { continue }
            if YAMLValuesConformanceTests.check(c) {
                passed.append(id)
            } else if ProcessInfo.processInfo.environment["CHARTR_SHOW_FAILURES"] == "1" {
                print("FAIL \(id)")
            }
        }
        YAMLConformance.ratchet("values", passed: passed, total: cases.count)
        #expect(passed.count > 0)
    }
}
