extension Value {
    /// `text/template`'s `isTrue` (exec.go), used by `if`, `with`, `and`, `or`, `not`:
    /// nil, false, zero numbers (including `-0.0`; NaN is true), and empty strings,
    /// byte slices, slices and maps are false. Structs and non-nil pointers
    /// (`.object`) are true.
    var isTrue: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .int64(let i): return i != 0
        case .uint64(let i): return i != 0
        case .intN(let i, _): return i != 0
        case .float64(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .list(let l, _): return !l.isEmpty
        case .map(let m, _): return !m.isEmpty
        case .object(let o):
            // complex128 constants are false when zero; structs and pointers are true.
            if let c = o as? ComplexValue { return !c.isZero }
            return true
        }
    }
}
