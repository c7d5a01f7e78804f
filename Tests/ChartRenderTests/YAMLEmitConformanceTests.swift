import Foundation
import Testing
@testable import ChartRender

/// Runs `emit.jsonl` directly on the serialization functions for the cases whose
/// expression is `.Values` or a field path under it (the others need the template engine
/// and run in the templates conformance runner): the values file is loaded as templates
/// see it (null map entries dropped) and each of `toYaml`, `toJson`, `toPrettyJson`,
/// `toYamlPretty`, `toRawJson` must print exactly the expected text.
@Suite(.enabled(if: SharedData.available, SharedData.absentComment))
struct YAMLEmitConformanceTests {
    static let functions = ["toYaml", "toJson", "toPrettyJson", "toYamlPretty", "toRawJson"]

    /// Evaluates `.Values` / `.Values.a.b`; nil for anything else.
    static func evaluate(_ expr: String, _ values: Value) -> Value?? {
        let parts = expr.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0].isEmpty, parts[1] == "Values" else { return nil }
        var v: Value = values
        for p in parts.dropFirst(2) {
            guard !p.isEmpty, p.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
            guard case .map(let m, _) = v else { return .some(nil) }
            v = m[p] ?? .null
        }
        return .some(v)
    }

    static func run(_ name: String, _ v: Value) -> String {
        let f = Functions.serialization[name]
        guard let f = f else { return "<missing \(name)>" }
        var call = FunctionCall(args: [v], name: name, env: RenderEnvironment(seed: 1))
        guard let out = try? f.body(&call) else { return "<error>" }
        return (out.stringValue ?? GoFmt.formatValue(out)).replacingOccurrences(of: "<no value>", with: "")
    }

    @Test func emitConformance() throws {
        let cases = try YAMLConformance.load("emit.jsonl")
        var passed: [String] = []
        var total = 0
        for c in cases {
            guard let id = c["id"]?.stringValue, let input = YAMLConformance.input(c) else { continue }
            let expr = c["expr"]?.stringValue ?? ".Values"
            guard let values = try? YAML.loadValues(input) else { continue }
            guard let evaluated = Self.evaluate(expr, YAMLValuesConformanceTests.dropNulls(.map(values, .values))) else { continue }
            total += 1
            let v = evaluated ?? .null
            var ok = true
            for name in Self.functions {
                let got = Self.run(name, v)
                if let want = c[name]?.stringValue {
                    if !YAMLConformance.sameText(got, want) {
                        ok = false
                        if ProcessInfo.processInfo.environment["CHARTR_SHOW_FAILURES"] == "1" {
                            print("FAIL \(id) \(name)\n  want: \(want.debugDescription)\n  got:  \(got.debugDescription)")
                        }
                    }
                } else if case .list(let options, _)? = c[name + "_any_of"] {
                    if !options.contains(where: { YAMLConformance.sameText($0.stringValue, got) }) { ok = false }
                }
            }
            if ok { passed.append(id) }
        }
        YAMLConformance.ratchet("emit", passed: passed, total: total)
        #expect(passed.count > 0)
    }
}

/// Runs every case of `emit.jsonl` through the template engine, as Helm does: the case's
/// `yaml` is the chart's values.yaml and each field is the output of `{{ FUNC (EXPR) }}`.
@Suite(.enabled(if: SharedData.available, SharedData.absentComment))
struct YAMLEmitEngineConformanceTests {
    static func render(_ template: String, values: [UInt8]) -> String? {
        do {
            let raw: [String: Value] = ["apiVersion": .string("v2"), "name": .string("conformance"), "version": .string("0.1.0")]
            let md = ChartMetadata(name: "conformance", version: "0.1.0", apiVersion: "v2", raw: raw)
            let chart = Chart(metadata: md, templates: [ChartFile(path: "templates/case.yaml", data: Array(template.utf8))],
                              files: [], values: try YAML.loadValues(values))
            let coalesced = Coalesce.values(chart: chart, user: [:])
            let out = try Engine.render(chart: chart, values: coalesced, release: ReleaseInfo(), capabilities: Capabilities(),
                                        settings: RenderSettings())
            return out["conformance/templates/case.yaml"]
        } catch {
            return nil
        }
    }

    @Test func emitThroughEngine() throws {
        let cases = try YAMLConformance.load("emit.jsonl")
        var passed: [String] = []
        for c in cases {
            guard let id = c["id"]?.stringValue, let input = YAMLConformance.input(c) else { continue }
            let expr = c["expr"]?.stringValue ?? ".Values"
            var ok = true
            for name in YAMLEmitConformanceTests.functions {
                let got = Self.render("{{ \(name) (\(expr)) }}", values: input)
                if let want = c[name]?.stringValue {
                    if !YAMLConformance.sameText(got, want) {
                        ok = false
                        if ProcessInfo.processInfo.environment["CHARTR_SHOW_FAILURES"] == "1" {
                            print("FAIL \(id) \(name)\n  want: \(want.debugDescription)\n  got:  \(String(describing: got))")
                        }
                    }
                } else if case .list(let options, _)? = c[name + "_any_of"] {
                    if !options.contains(where: { YAMLConformance.sameText($0.stringValue, got) }) { ok = false }
                }
            }
            if ok { passed.append(id) }
        }
        YAMLConformance.ratchet("emit-engine", passed: passed, total: cases.count)
        #expect(passed.count > 0)
    }
}
