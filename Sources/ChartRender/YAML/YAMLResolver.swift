/// A scalar after go-yaml v2's `resolve` (YAML 1.1 implicit typing), with the Go type it
/// would have in an `interface{}`.
enum YAMLScalar {
    case null
    case bool(Bool)
    /// Go `int` (64-bit).
    case int(Int64)
    /// Go `uint64` (values above `math.MaxInt64`).
    case uint(UInt64)
    case float(Double)
    case string(String)

    /// The short tag go-yaml names in `cannot decode !!x ...` messages.
    var shortTag: String {
        switch self {
        case .null: return "!!null"
        case .bool: return "!!bool"
        case .int, .uint: return "!!int"
        case .float: return "!!float"
        case .string: return "!!str"
        }
    }
}

/// go-yaml v2's `resolve.go`: YAML 1.1 booleans (`y`, `yes`, `on`...), nulls, ints
/// (decimal, `0x`, `0o`, leading-zero octal, `0b`, `_` separators), floats (overflow stays
/// a string), `.inf`/`.nan`; everything else is a string. Tags force or check a type.
enum YAMLResolver {
    static let strTag = "tag:yaml.org,2002:str"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let nullTag = "tag:yaml.org,2002:null"
    static let timestampTag = "tag:yaml.org,2002:timestamp"
    static let binaryTag = "tag:yaml.org,2002:binary"
    static let mergeTag = "tag:yaml.org,2002:merge"

    /// `resolveMap`: exact spellings with a fixed meaning.
    static let table: [String: YAMLScalar] = {
        var t: [String: YAMLScalar] = [:]
        for s in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { t[s] = .bool(true) }
        for s in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { t[s] = .bool(false) }
        for s in ["", "~", "null", "Null", "NULL"] { t[s] = .null }
        for s in [".nan", ".NaN", ".NAN"] { t[s] = .float(.nan) }
        for s in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { t[s] = .float(.infinity) }
        for s in ["-.inf", "-.Inf", "-.INF"] { t[s] = .float(-.infinity) }
        return t
    }()

    /// `resolveTable`: the first byte's hint (`S` sign, `D` digit, `M` map, `.` float).
    @inline(__always)
    static func hint(_ c: UInt8) -> UInt8 {
        switch c {
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return UInt8(ascii: "S")
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt8(ascii: "D")
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
             UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
             UInt8(ascii: "~"):
            return UInt8(ascii: "M")
        case UInt8(ascii: "."): return UInt8(ascii: ".")
        default: return 0
        }
    }

    static func resolvable(_ tag: String) -> Bool {
        tag.isEmpty || tag == strTag || tag == boolTag || tag == intTag || tag == floatTag || tag == nullTag || tag == timestampTag
    }

    static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        if tag.hasPrefix(prefix) { return "!!" + tag.dropFirst(prefix.count) }
        return tag
    }

    /// Resolves `value` under `tag` ("" for an untagged plain scalar). Throws go-yaml's
    /// `cannot decode !!x `v` as a !!y` when an explicit tag disagrees.
    static func resolve(tag: String, _ value: String) throws -> YAMLScalar {
        if !resolvable(tag) { return .string(value) }
        let out = plainResolve(tag: tag, value)
        if tag.isEmpty || tag == strTag { return out }
        let want: String
        switch out {
        case .null: want = nullTag
        case .bool: want = boolTag
        case .int, .uint: want = intTag
        case .float: want = floatTag
        case .string: want = strTag
        }
        if want == tag { return out }
        if tag == floatTag, case .int(let i) = out { return .float(Double(i)) }
        if tag == timestampTag, case .string = out, isTimestamp(Array(value.utf8)) { return out }
        throw YAMLError(message: "yaml: cannot decode \(out.shortTag) `\(value)` as a \(shortTag(tag))")
    }

    private static func plainResolve(tag: String, _ value: String) -> YAMLScalar {
        // Fast path: most scalars start with a byte that cannot begin a non-string.
        let h: UInt8 = value.utf8.first.map(hint) ?? UInt8(ascii: "N")
        if h == 0 || tag == strTag { return .string(value) }
        if value.utf8.count <= 6, let known = table[value] { return known }
        if h == UInt8(ascii: "M") { return .string(value) }
        let bytes = Array(value.utf8)
        switch h {
        case UInt8(ascii: "."):
            if let f = parseDotFloat(bytes) { return .float(f) }
        case UInt8(ascii: "D"), UInt8(ascii: "S"):
            var plain: [UInt8] = []
            plain.reserveCapacity(bytes.count)
            for b in bytes where b != UInt8(ascii: "_") { plain.append(b) }
            if let i = parseGoInt(plain) { return .int(i) }
            if let u = parseGoUint(plain) { return .uint(u) }
            if isYAMLStyleFloat(plain), let f = parseDecimalFloat(plain) { return .float(f) }
            if plain.count > 2 && plain[0] == UInt8(ascii: "0") && plain[1] == UInt8(ascii: "b") {
                let digits = Array(plain[2...])
                if let i = parseDigits(digits, base: 2, negative: false) { return .int(i) }
                if let u = parseUnsigned(digits, base: 2) { return .uint(u) }
            } else if plain.count > 3 && plain[0] == UInt8(ascii: "-") && plain[1] == UInt8(ascii: "0") && plain[2] == UInt8(ascii: "b") {
                if let i = parseDigits(Array(plain[3...]), base: 2, negative: true) { return .int(i) }
            }
        default:
            break
        }
        return .string(value)
    }

    // MARK: Go strconv

    /// `strconv.ParseInt(s, 0, 64)` on a string without underscores.
    static func parseGoInt(_ s: [UInt8]) -> Int64? {
        var i = 0
        var negative = false
        if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
            negative = s[i] == UInt8(ascii: "-")
            i += 1
        }
        let (base, start) = basePrefix(s, i)
        return parseDigits(Array(s[start...]), base: base, negative: negative)
    }

    /// `strconv.ParseUint(s, 0, 64)` on a string without underscores (no sign allowed).
    static func parseGoUint(_ s: [UInt8]) -> UInt64? {
        let (base, start) = basePrefix(s, 0)
        return parseUnsigned(Array(s[start...]), base: base)
    }

    private static func basePrefix(_ s: [UInt8], _ i: Int) -> (Int, Int) {
        if i < s.count && s[i] == UInt8(ascii: "0") && i + 1 < s.count {
            switch s[i + 1] | 0x20 {
            case UInt8(ascii: "x"): return (16, i + 2)
            case UInt8(ascii: "o"): return (8, i + 2)
            case UInt8(ascii: "b"): return (2, i + 2)
            default: return (8, i + 1)
            }
        }
        return (10, i)
    }

    static func parseUnsigned(_ d: [UInt8], base: Int) -> UInt64? {
        if d.isEmpty { return nil }
        var v: UInt64 = 0
        for c in d {
            let x: Int
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): x = Int(c) - 48
            case UInt8(ascii: "a")...UInt8(ascii: "z"): x = Int(c) - 97 + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): x = Int(c) - 65 + 10
            default: return nil
            }
            if x >= base { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: UInt64(base))
            let (a, o2) = m.addingReportingOverflow(UInt64(x))
            if o1 || o2 { return nil }
            v = a
        }
        return v
    }

    static func parseDigits(_ d: [UInt8], base: Int, negative: Bool) -> Int64? {
        guard let u = parseUnsigned(d, base: base) else { return nil }
        if negative {
            if u > UInt64(Int64.max) + 1 { return nil }
            return u == UInt64(Int64.max) + 1 ? Int64.min : -Int64(u)
        }
        if u > UInt64(Int64.max) { return nil }
        return Int64(u)
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
    static func isYAMLStyleFloat(_ s: [UInt8]) -> Bool {
        var i = 0
        let n = s.count
        func digit(_ k: Int) -> Bool { k < n && s[k] >= 48 && s[k] <= 57 }
        if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
        if i < n && s[i] == UInt8(ascii: ".") {
            i += 1
            if !digit(i) { return false }
            while digit(i) { i += 1 }
        } else {
            if !digit(i) { return false }
            while digit(i) { i += 1 }
            if i < n && s[i] == UInt8(ascii: ".") {
                i += 1
                while digit(i) { i += 1 }
            }
        }
        if i < n && (s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E")) {
            i += 1
            if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
            if !digit(i) { return false }
            while digit(i) { i += 1 }
        }
        return i == n
    }

    /// `strconv.ParseFloat` for a decimal literal: nil on syntax errors and on overflow
    /// (Go reports `ErrRange`), 0 on underflow.
    static func parseDecimalFloat(_ s: [UInt8]) -> Double? {
        guard let d = Double(String(decoding: s, as: UTF8.self)) else { return nil }
        if d.isInfinite { return nil }
        return d
    }

    /// `strconv.ParseFloat` on a value starting with `.`: `.5`, `.5e3`, `.5_0` (underscores
    /// between digits are Go syntax).
    static func parseDotFloat(_ s: [UInt8]) -> Double? {
        var saw: UInt8 = UInt8(ascii: "^")
        var plain: [UInt8] = []
        for c in s {
            if c >= 48 && c <= 57 { saw = UInt8(ascii: "0"); plain.append(c); continue }
            if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return nil }
                saw = UInt8(ascii: "_")
                continue
            }
            if saw == UInt8(ascii: "_") { return nil }
            saw = UInt8(ascii: "!")
            plain.append(c)
        }
        if saw == UInt8(ascii: "_") { return nil }
        guard plain.count >= 2, plain[0] == UInt8(ascii: "."), plain[1] >= 48, plain[1] <= 57 else { return nil }
        if !isYAMLStyleFloat(plain) { return nil }
        return parseDecimalFloat(plain)
    }

    /// go-yaml's `parseTimestamp` formats: `2006-1-2`, `2006-1-2 15:4:5.999999999`,
    /// `2006-1-2T15:4:5.999999999Z07:00` (also with `t`).
    static func isTimestamp(_ s: [UInt8]) -> Bool {
        var i = 0
        let n = s.count
        func num(_ minDigits: Int, _ maxDigits: Int) -> Int? {
            var v = 0
            var k = 0
            while k < maxDigits && i < n && s[i] >= 48 && s[i] <= 57 { v = v &* 10 &+ Int(s[i] - 48); i += 1; k += 1 }
            return k >= minDigits ? v : nil
        }
        guard let year = num(4, 4), i < n, s[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let month = num(1, 2), month >= 1, month <= 12, i < n, s[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let day = num(1, 2), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if day > days[month - 1] { return false }
        if i == n { return true }
        let sep = s[i]
        guard sep == UInt8(ascii: "T") || sep == UInt8(ascii: "t") || sep == UInt8(ascii: " ") else { return false }
        i += 1
        guard let h = num(1, 2), h < 24, i < n, s[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let m = num(1, 2), m < 60, i < n, s[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let sec = num(1, 2), sec < 60 else { return false }
        if i < n && s[i] == UInt8(ascii: ".") {
            i += 1
            // Go's `.999999999` accepts any number of fractional digits.
            guard num(1, Int.max) != nil else { return false }
        }
        if sep == UInt8(ascii: " ") { return i == n }
        guard i < n else { return false }
        if s[i] == UInt8(ascii: "Z") { return i + 1 == n }
        guard s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard num(2, 2) != nil, i < n, s[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard num(2, 2) != nil else { return false }
        return i == n
    }

    /// `strconv.FormatFloat(f, 'g', -1, 32)`: how sigs.k8s.io/yaml names float keys.
    static func formatFloat32Key(_ d: Double) -> String {
        let f = Float(d)
        // sigs.k8s.io/yaml spells the specials the YAML way.
        if f.isNaN { return ".nan" }
        if f.isInfinite { return f < 0 ? "-.inf" : ".inf" }
        if f == 0 { return f.sign == .minus ? "-0" : "0" }
        return GoFloat.formatG32(f)
    }
}
