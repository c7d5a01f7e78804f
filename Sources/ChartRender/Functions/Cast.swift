/// The value conversions Sprig leans on, reproduced for our `Value`:
/// spf13/cast's `ToInt64`, `ToInt`, `ToFloat64` (as pinned by Helm 4.2.3 through Sprig
/// v3.3.0) and Sprig's own `strval`, `strslice` and `empty`.
///
/// Every integer, float and string conversion of the math, list and conversion families
/// goes through here, so `add "0x10" 1`, `int "12.00"` and `float64 true` agree everywhere.
enum GoCast {
    // MARK: cast.ToInt64 / cast.ToInt

    /// `cast.ToInt64(v)`: integers as they are (unsigned wrap), floats truncated the way
    /// Go's conversion does on amd64 (out of range and NaN give `math.MinInt64`), strings
    /// through `strconv.ParseInt(trimZeroDecimal(s), 0, 0)`, booleans as 1/0, nil as 0;
    /// anything else (and every parse error) is 0, because Sprig drops cast's error.
    static func toInt64(_ v: Value) -> Int64 {
        switch v {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        case .intN(let i, let t): return t.isUserDefined ? 0 : i
        case .uint64(let u): return Int64(truncatingIfNeeded: u)
        case .float64(let d): return goFloatToInt64(d)
        case .string(let s): return (try? GoStrconv.parseInt(trimZeroDecimal(s), base: 0, bitSize: 0)) ?? 0
        case .bool(let b): return b ? 1 : 0
        case .object: return castNamedInt(v).map(Int64.init) ?? 0
        default: return 0
        }
    }

    /// cast's `toInt` helper accepts exactly two named integer types besides `int`:
    /// `time.Month` and `time.Weekday`.
    static func castNamedInt(_ v: Value) -> Int? {
        guard case .object(let o) = v else { return nil }
        switch o.goType.name {
        case "time.Month", "time.Weekday": return namedInteger(o).map { Int($0) }
        default: return nil
        }
    }

    /// The integer behind an object of a named integer type (`time.Month`), which such
    /// objects expose as their JSON value.
    static func namedInteger(_ o: GoObject) -> Int64? {
        guard o.goType.underlying.isInteger else { return nil }
        switch o.jsonValue {
        case .int(let i)?: return Int64(i)
        case .int64(let i)?: return i
        case .intN(let i, _)?: return i
        default: return nil
        }
    }

    /// `cast.ToInt(v)`: same rules as `toInt64`, Go's `int` being 64 bits wide.
    static func toInt(_ v: Value) -> Int {
        Int(toInt64(v))
    }

    /// `cast.ToFloat64(v)`: numbers converted, strings through `strconv.ParseFloat`
    /// (errors give 0), booleans 1/0, everything else 0.
    static func toFloat64(_ v: Value) -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .int64(let i): return Double(i)
        case .intN(let i, let t):
            if t.isUserDefined { return 0 }
            return Double(i)
        case .uint64(let u): return Double(u)
        case .float64(let d): return d
        case .string(let s): return (try? GoStrconv.parseFloat(s, bitSize: 64)) ?? 0
        case .bool(let b): return b ? 1 : 0
        case .object: return castNamedInt(v).map(Double.init) ?? 0
        default: return 0
        }
    }

    /// Go's `int64(f)` for a float64 on amd64: truncation toward zero, and the
    /// "integer indefinite" value `math.MinInt64` for NaN and out-of-range inputs.
    static func goFloatToInt64(_ d: Double) -> Int64 {
        if d.isNaN || d >= 9_223_372_036_854_775_808.0 || d < -9_223_372_036_854_775_808.0 {
            return Int64.min
        }
        return Int64(d.rounded(.towardZero))
    }

    /// cast's `trimZeroDecimal`: `"12.00"` -> `"12"`, `"5.0"` -> `"5"`; anything else
    /// (`"5."`, `"5.5"`) unchanged.
    static func trimZeroDecimal(_ s: String) -> String {
        let b = Array(s.utf8)
        var foundZero = false
        var i = b.count
        while i > 0 {
            switch b[i - 1] {
            case UInt8(ascii: "."):
                if foundZero { return String(decoding: b[0..<(i - 1)], as: UTF8.self) }
            case UInt8(ascii: "0"):
                foundZero = true
            default:
                return s
            }
            i -= 1
        }
        return s
    }

    // MARK: Sprig strval / strslice

    /// Sprig's `strval`: strings as they are, `[]byte` as text, Stringers and
    /// everything else as `fmt.Sprintf("%v", v)`.
    static func strval(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .bytes(let b): return GoString.string(b)
        default: return GoFmt.sprint([v])
        }
    }

    /// Sprig's `strslice`: a list becomes its elements through `strval`, nil elements
    /// dropped (a `[]string` is returned as is); nil becomes `[]`; any other value a
    /// one-element list.
    static func strslice(_ v: Value) -> [String] {
        switch v {
        case .list(let items, let t):
            if t.elementType == .string { return items.map { $0.stringValue ?? "" } }
            var out: [String] = []
            out.reserveCapacity(items.count)
            for item in items where !item.isNull { out.append(strval(item)) }
            return out
        case .bytes(let b):
            return b.map { String($0) }
        case .null:
            return []
        default:
            return [strval(v)]
        }
    }

    // MARK: Sprig empty

    /// Sprig's `empty`: nil, false, zero numbers, and empty strings, slices and maps
    /// are empty; structs and non-nil pointers never are.
    static func isEmpty(_ v: Value) -> Bool {
        switch v {
        case .null: return true
        case .bool(let b): return !b
        case .int(let i): return i == 0
        case .int64(let i): return i == 0
        case .uint64(let u): return u == 0
        case .intN(let i, _): return i == 0
        case .float64(let d): return d == 0
        case .string(let s): return s.isEmpty
        case .bytes(let b): return b.isEmpty
        case .list(let l, _): return l.isEmpty
        case .map(let m, _): return m.isEmpty
        case .object(let o): return namedInteger(o) == 0
        }
    }

    // MARK: reflect.DeepEqual

    /// `reflect.DeepEqual(a, b)`: identical dynamic types and deeply equal contents
    /// (`1` and `1.0` differ, `int` and `int64` differ, NaN is unequal to itself).
    static func deepEqual(_ a: Value, _ b: Value) -> Bool { a == b }

    /// `reflect.Kind` of a value as Sprig's list errors print it (`Cannot push on type
    /// string`).
    static func kindName(_ v: Value) -> String { v.goKind }

    /// Whether a value has reflect kind slice or array (what Sprig's list functions accept).
    static func listElements(_ v: Value) -> [Value]? {
        switch v {
        case .list(let items, _): return items
        case .bytes(let b): return b.map { .intN(Int64($0), .uint8) }
        default: return nil
        }
    }

    /// The text of Go's runtime panic for a method call on a nil interface, which is what
    /// `reflect.TypeOf(nil).Kind()` raises inside Sprig's list functions.
    static let nilDereference = "runtime error: invalid memory address or nil pointer dereference"
}
