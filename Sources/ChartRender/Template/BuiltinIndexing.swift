/// `text/template`'s `len`, `index` and `slice` (funcs.go) over Go-typed values, with
/// Go's error texts.
enum BuiltinIndexing {
    /// `len`: strings (bytes), slices and maps; `len of nil pointer`, `len of type T`.
    static func length(_ v: Value) throws -> Int {
        switch v {
        case .null: throw FunctionError("len of nil pointer")
        case .string(let s): return GoString.byteCount(s)
        case .bytes(let b): return b.count
        case .list(let l, _): return l.count
        case .map(let m, _): return m.count
        default: throw FunctionError("len of type \(indirectTypeName(v))")
        }
    }

    /// The type name after Go's `indirect`: a pointer names its element type
    /// (`len of type semver.Version` for a `*semver.Version`).
    static func indirectTypeName(_ v: Value) -> String {
        let t = v.goType
        if case .opaque(let name, let kind) = t, kind == "ptr", name.hasPrefix("*") {
            return String(name.dropFirst())
        }
        return t.name
    }

    /// Go's `indexArg`: an integer index within `0...cap`.
    static func indexArg(_ index: Value, cap: Int) throws -> Int {
        let x: Int64
        switch index {
        case .int(let i): x = Int64(i)
        case .int64(let i): x = i
        case .intN(let i, _): x = i
        case .uint64(let u): x = Int64(bitPattern: u)
        case .null: throw FunctionError("cannot index slice/array with nil")
        default: throw FunctionError("cannot index slice/array with type \(index.goType.name)")
        }
        if x < 0 || x > Int64(cap) { throw FunctionError("index out of range: \(x)") }
        return Int(x)
    }

    /// `index item i j k`: `item[i][j][k]` over maps, slices and strings.
    static func index(_ item: Value, _ indexes: [Value]) throws -> Value {
        if item.isNull { throw FunctionError("index of untyped nil") }
        var cur = item
        for index in indexes {
            switch cur {
            case .null:
                throw FunctionError("index of nil pointer")
            case .list(let items, _):
                let x = try indexArg(index, cap: items.count)
                // Go checks only x <= len; reflect's Index panics at len.
                if x == items.count { throw FunctionError("reflect: slice index out of range") }
                cur = items[x]
            case .bytes(let b):
                let x = try indexArg(index, cap: b.count)
                if x == b.count { throw FunctionError("reflect: slice index out of range") }
                cur = .intN(Int64(b[x]), .uint8)
            case .string(let s):
                let b = GoString.bytes(s)
                let x = try indexArg(index, cap: b.count)
                if x == b.count { throw FunctionError("reflect: string index out of range") }
                cur = .intN(Int64(b[x]), .uint8)
            case .map(let m, let t):
                var keyType = GoType.string
                var elemType = GoType.interface
                if case .map(let k, let e) = t.underlying { keyType = k; elemType = e }
                let key: String
                switch index {
                case .string(let s): key = s
                case .null: throw FunctionError("value is nil; should be of type \(keyType.name)")
                default: throw FunctionError("value has type \(index.goType.name); should be \(keyType.name)")
                }
                cur = m[key] ?? GoZero.value(of: elemType)
            default:
                throw FunctionError("can't index item of type \(indirectTypeName(cur))")
            }
        }
        return cur
    }

    /// Go's builtin `slice item [i [j [k]]]`: `item[i:j:k]` of strings and slices.
    static func slice(_ item: Value, _ indexes: [Value]) throws -> Value {
        if item.isNull { throw FunctionError("slice of untyped nil") }
        if indexes.count > 3 { throw FunctionError("too many slice indexes: \(indexes.count)") }
        let count: Int
        switch item {
        case .string(let s):
            if indexes.count == 3 { throw FunctionError("cannot 3-index slice a string") }
            count = GoString.byteCount(s)
        case .list(let l, _): count = l.count
        case .bytes(let b): count = b.count
        default: throw FunctionError("can't slice item of type \(indirectTypeName(item))")
        }
        var idx = [0, count, 0]
        for (i, index) in indexes.enumerated() {
            idx[i] = try indexArg(index, cap: count)
        }
        if idx[0] > idx[1] { throw FunctionError("invalid slice index: \(idx[0]) > \(idx[1])") }
        if indexes.count == 3 && idx[1] > idx[2] {
            throw FunctionError("invalid slice index: \(idx[1]) > \(idx[2])")
        }
        let range = idx[0]..<idx[1]
        switch item {
        case .string(let s): return .string(GoString.string(GoString.bytes(s)[range]))
        case .list(let l, let e): return .list(Array(l[range]), e)
        case .bytes(let b): return .bytes(Array(b[range]))
        default: return item
        }
    }
}
