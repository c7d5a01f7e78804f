import Foundation

/// Helm's YAML: go-yaml v2 (YAML 1.1) read through JSON, so every number is a float64.
///
/// STUB: this first version reads JSON only (values written as JSON text). The YAML work
/// (issue 3) replaces the body of these functions and keeps their signatures.
public enum YAML {
    /// Parses the first document of `bytes` the way `sigs.k8s.io/yaml.Unmarshal` into
    /// `interface{}` does: maps, lists, float64 numbers, bools, strings, nulls.
    public static func parse(_ bytes: [UInt8]) throws -> Value {
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { return .null }
        let any: Any
        do {
            any = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw YAMLError(message: "error converting YAML to JSON: yaml: unsupported input (stub parser)")
        }
        return fromFoundation(any)
    }

    /// Helm's `LoadValues`: splits documents, parses each as a map and deep-merges them.
    /// Errors carry Helm's wording without the file prefix.
    public static func loadValues(_ bytes: [UInt8]) throws -> [String: Value] {
        switch try parse(bytes) {
        case .null: return [:]
        case .map(let m, _): return m
        default:
            throw YAMLError(message: "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}")
        }
    }

    static func fromFoundation(_ any: Any) -> Value {
        switch any {
        case let n as NSNumber:
            if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
            return .float64(n.doubleValue)
        case let s as String: return .string(s)
        case let a as [Any]: return .list(a.map(fromFoundation))
        case let d as [String: Any]: return .map(d.mapValues(fromFoundation))
        default: return .null
        }
    }
}

/// A YAML or JSON read failure, with Helm's message text.
public struct YAMLError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
