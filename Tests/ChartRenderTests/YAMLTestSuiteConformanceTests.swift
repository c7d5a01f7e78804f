import Foundation
import Testing
@testable import ChartRender

/// Runs the 402 inputs of yaml-test-suite (`test-suite.jsonl`): chartr must never crash
/// or take over a second on any of them, and must agree with Helm (`helm.load_values` and
/// `helm.values_from_yaml`: the same value or the same error; `helm.fromYamlArray` for
/// top-level sequences) on at least 98%.
@Suite(.enabled(if: SharedData.available, SharedData.absentComment))
struct YAMLTestSuiteConformanceTests {
    static func agrees(_ expected: Value?, _ run: () throws -> [String: Value]) -> Bool {
        guard case .map(let e, _)? = expected else { return true }
        do {
            let v = try run()
            return e["error"] == nil && YAMLConformance.matches(e.dictionary, "json", .map(v))
        } catch let err as YAMLError {
            return YAMLConformance.sameText(e["error"]?.stringValue, err.message)
        } catch {
            return false
        }
    }

    @Test func yamlTestSuite() throws {
        let cases = try YAMLConformance.load("test-suite.jsonl")
        var passed: [String] = []
        var slow: [String] = []
        for c in cases {
            guard let id = c["id"]?.stringValue, let input = YAMLConformance.input(c),
                  case .map(let helm, _)? = c["helm"] else { continue }
            let start = DispatchTime.now().uptimeNanoseconds
            let a = YAMLTestSuiteConformanceTests.agrees(helm["load_values"]) { try YAML.loadValues(input) }
            let b = YAMLTestSuiteConformanceTests.agrees(helm["values_from_yaml"]) { try YAML.parseMap(input, typeName: "common.Values") }
            var d = true
            if let want = helm["fromYamlArray"] {
                let text = GoString.string(input)
                let got = YAMLFromYAMLConformanceTests.call("fromYamlArray", text)
                d = YAMLConformance.same(want, got)
            }
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            if elapsed > 1_000_000_000 { slow.append(id) }
            if a && b && d {
                passed.append(id)
            } else if ProcessInfo.processInfo.environment["CHARTR_SHOW_FAILURES"] == "1" {
                print("FAIL \(id)")
            }
        }
        YAMLConformance.ratchet("test-suite", passed: passed, total: cases.count)
        #expect(slow.isEmpty, "slower than 1 s: \(slow)")
        #expect(Double(passed.count) >= 0.98 * Double(cases.count))
    }
}

/// The 1.9 MB CRD of seldon-core-operator parses (its speed is measured by chartr-bench,
/// not here: about 25 ms of CPU in a release build).
@Suite(.enabled(if: SharedData.available, SharedData.absentComment))
struct YAMLLargeDocumentTests {
    @Test func largeCRDParses() throws {
        let path = SharedData.url(
            "corpus/charts/seldon-core-operator/templates/customresourcedefinition_v1_seldondeployments.machinelearning.seldon.io.yaml").path
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("cannot read \(path)")
            return
        }
        // Drop the template's action-only lines; what remains is plain YAML.
        let bytes = Array(data.split(separator: 0x0A, omittingEmptySubsequences: false)
            .filter { !$0.starts(with: Array("{{".utf8)) }
            .joined(separator: [0x0A]))
        let value = try YAML.parse(bytes)
        #expect(value["kind"]?.stringValue == "CustomResourceDefinition")
        let yaml = try YAML.marshal(value)
        #expect(try YAML.parse(Array(yaml.utf8))["kind"]?.stringValue == "CustomResourceDefinition")
    }
}

/// Robustness: every prefix of every yaml-test-suite input (cut at any byte, so also
/// inside UTF-8 sequences) goes through the reader, scanner, parser and decoder without
/// crashing, and whatever parses can be written back with toYaml.
@Suite(.enabled(if: SharedData.available, SharedData.absentComment))
struct YAMLRobustnessTests {
    @Test func truncatedInputsNeverCrash() throws {
        let cases = try YAMLConformance.load("test-suite.jsonl")
        var parsed = 0
        for c in cases {
            guard let input = YAMLConformance.input(c), input.count <= 4096 else { continue }
            for cut in 0...input.count {
                let prefix = Array(input[0..<cut])
                if let v = try? YAML.parse(prefix) {
                    parsed += 1
                    _ = try? YAML.marshal(v)
                    _ = try? YAML.marshalPretty(v)
                    _ = try? JSON.encode(v)
                }
                _ = try? YAML.loadValues(prefix)
            }
        }
        #expect(parsed > 0)
    }

    /// Deterministic single-byte mutations with YAML indicator characters.
    @Test func mutatedInputsNeverCrash() throws {
        let cases = try YAMLConformance.load("test-suite.jsonl")
        let indicators = Array(":-[]{}\"'\t\n &*!|>#%?,\\@`.0~<".utf8)
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var runs = 0
        for c in cases {
            guard let input = YAMLConformance.input(c), !input.isEmpty else { continue }
            for _ in 0..<40 {
                var m = input
                m[next() % m.count] = indicators[next() % indicators.count]
                if let v = try? YAML.parse(m) { _ = try? YAML.marshal(v) }
                _ = try? YAML.loadValues(m)
                runs += 1
            }
        }
        #expect(runs > 0)
    }
}
