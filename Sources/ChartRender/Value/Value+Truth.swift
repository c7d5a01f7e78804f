extension Value {
    /// `text/template`'s truth (`if`, `with`, `and`, `or`, `not`): false, 0, nil,
    /// and empty strings, slices and maps are false.
    /// STUB: the builtins work owns this file.
    public var isTrue: Bool {
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
        case .object: return true
        }
    }
}
