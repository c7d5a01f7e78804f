/// A Go type, as far as templates can observe it: in `%T`/`typeOf`, `kindOf`, and in the
/// argument checks `text/template` makes before calling a function
/// (`wrong type for value; expected int; got float64`).
public indirect enum GoType: Hashable, Sendable {
    /// `interface {}`: accepts anything.
    case interface
    /// The type of untyped nil: prints `<nil>`.
    case nilType
    case bool
    case int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64
    case float32, float64
    case string
    /// `[]T`
    case slice(GoType)
    /// `map[K]V`
    case map(GoType, GoType)
    /// A defined type with its underlying type, e.g. `common.Values` over
    /// `map[string]interface {}`. Assignable to and from its underlying unnamed type.
    case named(String, GoType)
    /// An opaque struct or pointer type, by its printed name
    /// (`time.Time`, `*semver.Version`, `sprig.certificate`, `*chart.Metadata`).
    /// `kind` is Go's reflect kind (`struct`, `ptr`).
    case opaque(String, kind: String)
    /// A function type (`call`), printed as given.
    case function(String)

    /// `map[string]interface {}`
    public static let stringMap: GoType = .map(.string, .interface)
    /// `common.Values`, the type of `.Values` itself.
    public static let values: GoType = .named("common.Values", .map(.string, .interface))

    /// The name Go prints for the type (`%T`).
    public var name: String {
        switch self {
        case .interface: return "interface {}"
        case .nilType: return "<nil>"
        case .bool: return "bool"
        case .int: return "int"
        case .int8: return "int8"
        case .int16: return "int16"
        case .int32: return "int32"
        case .int64: return "int64"
        case .uint: return "uint"
        case .uint8: return "uint8"
        case .uint16: return "uint16"
        case .uint32: return "uint32"
        case .uint64: return "uint64"
        case .float32: return "float32"
        case .float64: return "float64"
        case .string: return "string"
        case .slice(let e): return "[]" + e.name
        case .map(let k, let v): return "map[" + k.name + "]" + v.name
        case .named(let n, _): return n
        case .opaque(let n, _): return n
        case .function(let n): return n
        }
    }

    /// Go's `reflect.Kind` name (`kindOf`): `map`, `slice`, `int64`, `ptr`, `struct`, `invalid`.
    public var kind: String {
        switch self {
        case .interface: return "interface"
        case .nilType: return "invalid"
        case .slice: return "slice"
        case .map: return "map"
        case .named(_, let u): return u.kind
        case .opaque(_, let k): return k
        case .function: return "func"
        default: return name
        }
    }

    /// The underlying type (strips `.named`).
    public var underlying: GoType {
        if case .named(_, let u) = self { return u.underlying }
        return self
    }

    /// The element type of a slice type (named or not); `interface {}` for anything else.
    public var elementType: GoType {
        if case .slice(let e) = underlying { return e }
        return .interface
    }

    /// Whether a nil value can stand for this type (interface, map, slice, pointer, func).
    public var isNillable: Bool {
        switch underlying {
        case .interface, .slice, .map, .function: return true
        case .opaque(_, let k): return k == "ptr"
        default: return false
        }
    }

    public var isInteger: Bool {
        switch underlying {
        case .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64: return true
        default: return false
        }
    }

    public var isUnsigned: Bool {
        switch underlying {
        case .uint, .uint8, .uint16, .uint32, .uint64: return true
        default: return false
        }
    }

    public var isFloat: Bool {
        switch underlying {
        case .float32, .float64: return true
        default: return false
        }
    }

    /// Go's assignability of a value of type `self` to a variable of type `target`
    /// (identical types, anything to `interface {}`, or a named and an unnamed type with
    /// identical underlying types).
    public func isAssignable(to target: GoType) -> Bool {
        if self == target { return true }
        if target == .interface { return true }
        switch (self, target) {
        case (.named(_, let u), _) where !(target.isNamed): return u == target
        case (_, .named(_, let u)) where !(self.isNamed): return self == u
        default: return false
        }
    }

    /// Whether the type has a name in Go's sense: defined types (`common.Values`,
    /// `time.Duration`) and the predeclared basic types (`int64`, `string`, ...), which are
    /// defined types too. So `time.Duration` is not assignable to `int64`, while
    /// `common.Values` is assignable to `map[string]interface {}`.
    public var isNamed: Bool {
        switch self {
        case .named, .opaque: return true
        case .bool, .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64,
             .float32, .float64, .string:
            return true
        case .interface, .nilType, .slice, .map, .function: return false
        }
    }

    /// A defined type other than the predeclared ones (`time.Duration`, `common.Values`).
    public var isUserDefined: Bool { if case .named = self { return true } else { return false } }
}

extension GoType: CustomStringConvertible {
    public var description: String { name }
}
