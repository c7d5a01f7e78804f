/// `text/template`'s comparison functions (`eq`, `ne`, `lt`, `le`, `gt`, `ge` of
/// `funcs.go`): basic kinds compare by value (signed and unsigned integers together),
/// other kinds only by `eq`, and only against nil or when Go's `==` allows it.
/// Errors carry Go's exact text and are thrown as `FunctionError`.
enum GoCompare {
    /// The `basicKind` classes of `funcs.go`.
    enum Kind: Equatable {
        case invalid, bool, complex, int, float, string, uint
    }

    /// Go's `basicKind`: nil, maps, slices and structs are `invalid`.
    static func kind(_ v: Value) -> Kind {
        switch v {
        case .bool: return .bool
        case .int, .int64: return .int
        case .intN(_, let t): return t.isUnsigned ? .uint : .int
        case .uint64: return .uint
        case .float64: return .float
        case .string: return .string
        case .object(let o) where o is ComplexValue: return .complex
        default: return .invalid
        }
    }

    /// The parts of a complex128 constant.
    static func complexValue(_ v: Value) -> (Double, Double) {
        if case .object(let o) = v, let c = o as? ComplexValue { return (c.real, c.imag) }
        return (0, 0)
    }

    static func intValue(_ v: Value) -> Int64 {
        switch v {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        case .intN(let i, _): return i
        case .uint64(let u): return Int64(bitPattern: u)
        default: return 0
        }
    }

    static func uintValue(_ v: Value) -> UInt64 {
        switch v {
        case .uint64(let u): return u
        case .intN(let i, _): return UInt64(bitPattern: i)
        case .int(let i): return UInt64(bitPattern: Int64(i))
        case .int64(let i): return UInt64(bitPattern: i)
        default: return 0
        }
    }

    static func floatValue(_ v: Value) -> Double {
        if case .float64(let d) = v { return d }
        return 0
    }

    /// The string of a `.string` (compared by bytes: Swift's `==` is canonical equivalence).
    static func stringBytes(_ v: Value) -> String {
        if case .string(let s) = v { return s }
        return ""
    }

    /// `%s` of a value, as the non-comparable messages print operands.
    static func show(_ v: Value) -> String { GoFmt.sprintf("%s", [v]) }

    /// The reflect kind used by `canCompare` (nil is `invalid`).
    static func reflectKind(_ v: Value) -> String {
        if case .null = v { return "invalid" }
        return v.goType.kind
    }

    /// `eq arg1 arg2...`: true when `arg1` equals any of the others.
    static func eq(_ arg1: Value, _ rest: [Value]) throws -> Bool {
        if rest.isEmpty { throw FunctionError("missing argument for comparison") }
        let k1 = kind(arg1)
        for arg in rest {
            let k2 = kind(arg)
            var truth = false
            if k1 != k2 {
                switch (k1, k2) {
                case (.int, .uint):
                    truth = intValue(arg1) >= 0 && UInt64(intValue(arg1)) == uintValue(arg)
                case (.uint, .int):
                    truth = intValue(arg) >= 0 && uintValue(arg1) == UInt64(intValue(arg))
                default:
                    if !arg1.isNull && !arg.isNull {
                        throw FunctionError("incompatible types for comparison: \(arg1.goType.name) and \(arg.goType.name)")
                    }
                }
            } else {
                switch k1 {
                case .bool:
                    if case .bool(let a) = arg1, case .bool(let b) = arg { truth = a == b }
                case .complex:
                    let (a, b) = (complexValue(arg1), complexValue(arg))
                    truth = a.0 == b.0 && a.1 == b.1
                case .float: truth = floatValue(arg1) == floatValue(arg)
                case .int: truth = intValue(arg1) == intValue(arg)
                case .uint: truth = uintValue(arg1) == uintValue(arg)
                case .string: truth = stringBytes(arg1).utf8.elementsEqual(stringBytes(arg).utf8)
                case .invalid:
                    let r1 = reflectKind(arg1), r2 = reflectKind(arg)
                    if r1 != r2 && r1 != "invalid" && r2 != "invalid" {
                        throw FunctionError("non-comparable types \(show(arg1)): \(arg1.goType.name), \(arg.goType.name): \(show(arg))")
                    }
                    if arg1.isNull || arg.isNull {
                        truth = arg1.isNull == arg.isNull
                    } else {
                        if !isComparable(arg.goType) {
                            throw FunctionError("non-comparable type \(show(arg)): \(arg.goType.name)")
                        }
                        truth = identical(arg1, arg)
                    }
                }
            }
            if truth { return true }
        }
        return false
    }

    /// Go's `Type.Comparable` for the types a template sees.
    static func isComparable(_ t: GoType) -> Bool {
        switch t.underlying {
        case .slice, .map, .function: return false
        default: return true
        }
    }

    /// Go's `==` on two comparable non-basic values (structs and pointers).
    static func identical(_ a: Value, _ b: Value) -> Bool {
        guard case .object(let x) = a, case .object(let y) = b else { return false }
        if x.goType != y.goType { return false }
        if x === y { return true }
        // Pointers compare by identity; struct values by their printed fields.
        if x.goType.kind == "ptr" { return false }
        return x.goDescription == y.goDescription
    }

    /// `ne a b`: the inverse of `eq`.
    static func ne(_ a: Value, _ b: Value) throws -> Bool {
        !(try eq(a, [b]))
    }

    /// `lt a b`: ordered basic kinds only (`invalid type for comparison` otherwise).
    static func lt(_ arg1: Value, _ arg2: Value) throws -> Bool {
        let k1 = kind(arg1)
        if k1 == .invalid { throw FunctionError("invalid type for comparison") }
        let k2 = kind(arg2)
        if k2 == .invalid { throw FunctionError("invalid type for comparison") }
        if k1 != k2 {
            switch (k1, k2) {
            case (.int, .uint):
                return intValue(arg1) < 0 || UInt64(intValue(arg1)) < uintValue(arg2)
            case (.uint, .int):
                return intValue(arg2) >= 0 && uintValue(arg1) < UInt64(intValue(arg2))
            default:
                throw FunctionError("incompatible types for comparison: \(arg1.goType.name) and \(arg2.goType.name)")
            }
        }
        switch k1 {
        case .bool, .complex, .invalid: throw FunctionError("invalid type for comparison")
        case .float: return floatValue(arg1) < floatValue(arg2)
        case .int: return intValue(arg1) < intValue(arg2)
        case .uint: return uintValue(arg1) < uintValue(arg2)
        case .string: return goStringLess(stringBytes(arg1), stringBytes(arg2))
        }
    }

    /// `le a b`: `lt` or `eq`.
    static func le(_ a: Value, _ b: Value) throws -> Bool {
        if try lt(a, b) { return true }
        return try eq(a, [b])
    }

    /// `gt a b`: not `le`.
    static func gt(_ a: Value, _ b: Value) throws -> Bool { !(try le(a, b)) }

    /// `ge a b`: not `lt`.
    static func ge(_ a: Value, _ b: Value) throws -> Bool { !(try lt(a, b)) }
}
