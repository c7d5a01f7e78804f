/// A value as the executor holds it: the Go value plus, where it matters, its static
/// type. Go distinguishes an *invalid* value (no value at all: `{{ $x }}` of a nil
/// pipeline) from a nil held in an `interface {}` slot (a missing map key under
/// `missingkey=zero`); they differ in argument checks (`invalid value; expected
/// string` versus `wrong type for value; expected string; got interface {}`) and in
/// field-access errors (`can't evaluate field x in type interface {}`).
struct Operand {
    var value: Value
    /// Static type when it differs from the dynamic type (`interface {}` for map and
    /// slice elements); nil means the value's own type. `.null` with nil is invalid.
    var staticType: GoType?

    static let invalid = Operand(value: .null, staticType: nil)

    init(value: Value, staticType: GoType? = nil) {
        self.value = value
        self.staticType = staticType
    }

    var isInvalid: Bool { staticType == nil && value.isNull }

    /// The type named in field-access errors.
    var staticTypeName: String { (staticType ?? value.goType).name }

    /// Go's `indirectInterface` at pipeline boundaries: the value leaves its slot.
    var indirected: Operand {
        if staticType == .interface { return Operand(value: value, staticType: nil) }
        return self
    }
}

/// Zero values of Go types, as a missing map key yields under `missingkey=zero`.
enum GoZero {
    static func value(of t: GoType) -> Value {
        switch t.underlying {
        case .bool: return .bool(false)
        case .int: return .int(0)
        case .int64: return .int64(0)
        case .uint64: return .uint64(0)
        case .int8, .int16, .int32, .uint, .uint8, .uint16, .uint32: return .intN(0, t)
        case .float32, .float64: return .float64(0)
        case .string: return .string("")
        case .slice(.uint8): return .bytes([])
        default: return .null
        }
    }
}

/// Static types of struct fields, where they differ from the value's own type (a
/// named slice type with methods, like `common.VersionSet`).
protocol GoStructFieldTypes {
    func fieldType(named name: String) -> GoType?
}
