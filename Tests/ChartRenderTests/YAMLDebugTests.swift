import Foundation
import Testing
@testable import ChartRender

struct YAMLDebugTests {
    @Test func debugParse() throws {
        guard let d = FileManager.default.contents(atPath: "/tmp/yamleng/in.yaml") else { return }
        do { print("PARSE:", try YAML.parse(Array(d))) } catch { print("ERR:", error) }
        #expect(Bool(true))
    }
}
