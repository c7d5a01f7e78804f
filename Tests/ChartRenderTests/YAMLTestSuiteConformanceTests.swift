import Foundation
import Testing
@testable import ChartRender

/// Runs the 402 inputs of yaml-test-suite (`test-suite.jsonl`): chartr must never crash
/// or take over a second on any of them, and must agree with Helm (`helm.load_values` and
/// `helm.values_from_yaml`: the same value or the same error) on at least 98%.
struct YAMLTestSuiteConformanceTests {
    static func agrees(_ expected: Value?, _ run: () throws -> [String: Value]) -> Bool {
        guard case .map(let e, _)? = expected else { return true }
        do {
            let v = try run()
            return e["error"] == nil && YAMLConformance.matches(e, "json", .map(v))
        } catch let err as YAMLError {
            return e["error"]?.stringValue == err.message
        } catch {
            return false
        }
    }

    @Test func yamlTestSuite() throws {
        guard let cases = YAMLConformance.load("test-suite.jsonl") else { return }
        var passed: [String] = []
        var slow: [String] = []
        for c in cases {
            guard let id = c["id"]?.stringValue, let input = YAMLConformance.input(c),
                  case .map(let helm, _)? = c["helm"] else { continue }
            let start = DispatchTime.now().uptimeNanoseconds
            let a = YAMLTestSuiteConformanceTests.agrees(helm["load_values"]) { try YAML.loadValues(input) }
            let b = YAMLTestSuiteConformanceTests.agrees(helm["values_from_yaml"]) { try YAML.parseMap(input, typeName: "common.Values") }
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            if elapsed > 1_000_000_000 { slow.append(id) }
            if a && b {
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
