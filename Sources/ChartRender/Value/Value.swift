/// A template value that keeps Go's dynamic type.
///
/// Helm's behaviour depends on the Go type behind each value: values files give
/// `float64`, `--set` gives `int64`, template literals give `int`, Sprig math gives
/// `int64`/`float64`; printing (`1e+06`), `eq` (`incompatible types for comparison`),
/// `typeOf` and function argument checks all follow from it. So the type is part of
/// the value, never inferred from how a number looks.
public enum Value {
    /// Go's untyped `nil` (an empty `interface{}`): prints `<no value>` at top level,
    /// `<nil>` inside collections.
    case null
    case bool(Bool)
    /// Go `int` (template integer literals, `len`, `atoi`, `int`).
    case int(Int)
    /// Go `int64` (`--set` integers, Sprig math results).
    case int64(Int64)
    /// Go `uint64` (semver components).
    case uint64(UInt64)
    /// Other sized integer types (`int32`, `uint32`, `uint8`, ...), value and Go type.
    case intN(Int64, GoType)
    /// Go `float64` (every number of a values file or JSON).
    case float64(Double)
    case string(String)
    /// Go `[]byte` (`.Files.GetBytes`).
    case bytes([UInt8])
    /// A Go slice; the second field is the *whole* slice type, e.g. `.slice(.interface)`
    /// (`[]interface {}`) or a named slice type such as `common.VersionSet`.
    case list([Value], GoType)
    /// A Go map with string keys; the second field is the *whole* map type, e.g.
    /// `GoType.stringMap` (`map[string]interface {}`) or `GoType.values` (`common.Values`).
    /// The map is shared as Go shares it (see `GoMap`).
    case map(GoMap, GoType)
    /// A Go struct or pointer with fields and methods (`.Chart`, `.Capabilities`,
    /// `.Files`, `time.Time`, `*semver.Version`, ...).
    case object(GoObject)
}

extension Value {
    /// `[]interface {}`
    public static func list(_ items: [Value]) -> Value { .list(items, .slice(.interface)) }
    /// `map[string]interface {}`
    public static func map(_ entries: [String: Value]) -> Value { .map(GoMap(entries), .stringMap) }
    /// A new map of type `type` holding `entries`.
    public static func map(_ entries: [String: Value], _ type: GoType) -> Value { .map(GoMap(entries), type) }
    /// `[]string`
    public static func strings(_ items: [String]) -> Value { .list(items.map { .string($0) }, .slice(.string)) }

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }

    public var listItems: [Value]? { if case .list(let l, _) = self { return l } else { return nil } }

    public var mapEntries: [String: Value]? { if case .map(let m, _) = self { return m.dictionary } else { return nil } }

    /// The Go map of a `.map` value (shared, see `GoMap`).
    public var goMap: GoMap? { if case .map(let m, _) = self { return m } else { return nil } }

    /// The Go dynamic type of the value, as `%T` and `typeOf` print it.
    public var goType: GoType {
        switch self {
        case .null: return .nilType
        case .bool: return .bool
        case .int: return .int
        case .int64: return .int64
        case .uint64: return .uint64
        case .intN(_, let t): return t
        case .float64: return .float64
        case .string: return .string
        case .bytes: return .slice(.uint8)
        case .list(_, let t): return t
        case .map(_, let t): return t
        case .object(let o): return o.goType
        }
    }

    /// Go's `reflect.Kind` name, as Sprig's `kindOf` prints it.
    public var goKind: String { goType.kind }

    /// Map lookup by key for `.map` values.
    public subscript(key: String) -> Value? {
        if case .map(let m, _) = self { return m[key] }
        return nil
    }
}

/// Values cross threads: a prepared chart's values are read by renders on several threads.
/// That is safe because nothing changes a value in place except a render, on the maps of its
/// own deep copy (`GoMap`), and objects (`GoObject`) are not changed once made.
extension Value: @unchecked Sendable {}

extension Value: Equatable {
    /// Go's `reflect.DeepEqual`: identical dynamic types and deeply equal contents (`1` and
    /// `1.0` differ, `int` and `int64` differ, NaN is unequal to itself); objects are equal
    /// when they are the same object or print the same with the same type. (Go's `eq` is
    /// another relation; the template builtins implement it.)
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.int64(let x), .int64(let y)): return x == y
        case (.uint64(let x), .uint64(let y)): return x == y
        case (.intN(let x, let tx), .intN(let y, let ty)): return tx == ty && x == y
        case (.float64(let x), .float64(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.bytes(let x), .bytes(let y)): return x == y
        case (.list(let x, let tx), .list(let y, let ty)): return tx == ty && x == y
        case (.map(let x, let tx), .map(let y, let ty)): return tx == ty && x == y
        case (.object(let x), .object(let y)):
            return x === y || (x.goType == y.goType && x.goDescription == y.goDescription)
        default:
            return false
        }
    }
}

/// Go map keys print and iterate in byte order (`fmt` and `text/template` sort them);
/// Swift's `String <` is not byte order for every input, so every sort goes through here.
@inlinable
public func goStringLess(_ a: String, _ b: String) -> Bool {
    var ia = a.utf8.makeIterator()
    var ib = b.utf8.makeIterator()
    while true {
        switch (ia.next(), ib.next()) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let x?, let y?):
            if x == y { continue }
            if x >= 0x80 && y >= 0x80 && (GoString.hasInvalidBytes(a) || GoString.hasInvalidBytes(b)) {
                // A byte that is not UTF-8 is held as an escape scalar: compare Go's bytes.
                return GoString.bytes(a).lexicographicallyPrecedes(GoString.bytes(b))
            }
            return x < y
        }
    }
}

extension Dictionary where Key == String {
    /// Keys in Go's sorted order (byte order).
    public var goSortedKeys: [String] { keys.sorted(by: goStringLess) }
}
