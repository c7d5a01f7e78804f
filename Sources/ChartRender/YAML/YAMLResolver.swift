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
        switch h {
        case UInt8(ascii: "."):
            // resolve.go: a value starting with "." that is not in the map goes straight to
            // `strconv.ParseFloat(in, 64)`.
            if let f = try? GoStrconv.parseFloat(value, bitSize: 64) { return .float(f) }
        case UInt8(ascii: "D"), UInt8(ascii: "S"):
            // resolve.go: underscores removed, then `strconv.ParseInt(plain, 0, 64)`,
            // `ParseUint(plain, 0, 64)`, a float only when `yamlStyleFloat` matches, and
            // last the binary forms, whose digits go to ParseInt with base 2 (which takes
            // a sign of its own: `0b-101` is -5).
            var bytes: [UInt8] = []
            bytes.reserveCapacity(value.utf8.count)
            for b in value.utf8 where b != UInt8(ascii: "_") { bytes.append(b) }
            let plain = String(decoding: bytes, as: UTF8.self)
            if let i = try? GoStrconv.parseInt(plain, base: 0, bitSize: 64) { return .int(i) }
            if let u = try? GoStrconv.parseUint(plain, base: 0, bitSize: 64) { return .uint(u) }
            if isYAMLStyleFloat(bytes), let f = try? GoStrconv.parseFloat(plain, bitSize: 64) { return .float(f) }
            if plain.hasPrefix("0b") {
                let digits = String(plain.dropFirst(2))
                if let i = try? GoStrconv.parseInt(digits, base: 2, bitSize: 64) { return .int(i) }
                if let u = try? GoStrconv.parseUint(digits, base: 2, bitSize: 64) { return .uint(u) }
            } else if plain.hasPrefix("-0b") {
                if let i = try? GoStrconv.parseInt("-" + plain.dropFirst(3), base: 2, bitSize: 64) { return .int(i) }
            }
        default:
            break
        }
        return .string(value)
    }

    /// go-yaml v2's `yamlStyleFloat`:
    ///
    ///     ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
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
