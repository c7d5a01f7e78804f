/// Go's `strconv` parsers — `ParseInt`, `ParseUint`, `Atoi`, `ParseFloat`, `ParseBool` —
/// with their `*NumError` texts. This is the one port; every caller that means strconv
/// (cast's conversions, Sprig's `atoi`/`duration`/`toDecimal`, `--set` typing, template
/// number literals, go-yaml's resolver, encoding/json numbers, pflag's flags) uses it.
///
/// Go returns a value beside every error (0 for a syntax error, the nearest limit for a
/// range error). The throwing functions drop it; the `…IgnoringError` ones are Go's
/// `v, _ := strconv.…` and keep it.
public enum GoStrconv {
    /// `*strconv.NumError`: the function, its input and what was wrong with it. Its
    /// description is Go's `Error()`: `strconv.ParseInt: parsing "x": invalid syntax`.
    public struct NumError: Error, Equatable, Sendable, CustomStringConvertible {
        public enum Kind: Equatable, Sendable {
            /// `strconv.ErrSyntax`.
            case syntax
            /// `strconv.ErrRange`.
            case range
            /// A base outside 0 and 2...36.
            case base(Int)
            /// A bit size outside 0...64.
            case bitSize(Int)

            var text: String {
                switch self {
                case .syntax: return "invalid syntax"
                case .range: return "value out of range"
                case .base(let b): return "invalid base " + String(b)
                case .bitSize(let n): return "invalid bit size " + String(n)
                }
            }
        }

        /// Go's `Func`: `ParseInt`, `ParseUint`, `ParseFloat`, `ParseBool` or `Atoi`.
        public var function: String
        /// Go's `Num`: the whole input.
        public var input: String
        public var kind: Kind

        public init(function: String, input: String, kind: Kind) {
            self.function = function
            self.input = input
            self.kind = kind
        }

        public var description: String {
            "strconv." + function + ": parsing " + GoQuote.quote(input) + ": " + kind.text
        }
    }

    /// A stretch of a string's UTF-8 bytes.
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    // MARK: Integers

    /// `strconv.ParseInt(s, base, bitSize)`:
    ///
    ///     int    = [sign] uint
    ///
    /// Base 0 reads the prefix (`0b`, `0o`, `0x`, a leading `0` for octal) and allows `_`
    /// between digits; `bitSize` 0 means 64.
    public static func parseInt(_ s: String, base: Int, bitSize: Int) throws(NumError) -> Int64 {
        let (v, kind) = signed(s, base: base, bitSize: bitSize)
        if let kind { throw NumError(function: "ParseInt", input: s, kind: kind) }
        return v
    }

    /// `v, _ := strconv.ParseInt(s, base, bitSize)`: 0 on a syntax error, the limit that
    /// was exceeded on a range error.
    public static func parseIntIgnoringError(_ s: String, base: Int, bitSize: Int) -> Int64 {
        signed(s, base: base, bitSize: bitSize).0
    }

    /// `strconv.ParseUint(s, base, bitSize)`:
    ///
    ///     uint   = ("0b" | "0B") bin | ("0o" | "0O") oct | ("0x" | "0X") hex | "0" oct | dec    (base 0)
    ///            | digits                                                                (base 2...36)
    public static func parseUint(_ s: String, base: Int, bitSize: Int) throws(NumError) -> UInt64 {
        let (v, kind) = withBytes(s) { unsigned($0[...], base: base, bitSize: bitSize) }
        if let kind { throw NumError(function: "ParseUint", input: s, kind: kind) }
        return v
    }

    /// `strconv.Atoi(s)`: `ParseInt(s, 10, 0)` under its own name.
    public static func atoi(_ s: String) throws(NumError) -> Int {
        let (v, kind) = signed(s, base: 10, bitSize: 0)
        if let kind { throw NumError(function: "Atoi", input: s, kind: kind) }
        return Int(v)
    }

    /// ParseInt's body: the sign, then ParseUint's digits, then the signed range.
    static func signed(_ s: String, base: Int, bitSize: Int) -> (Int64, NumError.Kind?) {
        withBytes(s) { b in
            if b.isEmpty { return (0, .syntax) }
            var digits = b[...]
            var neg = false
            if b[0] == UInt8(ascii: "+") {
                digits = b[1...]
            } else if b[0] == UInt8(ascii: "-") {
                neg = true
                digits = b[1...]
            }
            let (un, kind) = unsigned(digits, base: base, bitSize: bitSize)
            if let kind, kind != .range { return (0, kind) }
            let bits = bitSize == 0 ? 64 : bitSize
            let cutoff = UInt64(1) << UInt64(bits - 1)
            if !neg && un >= cutoff { return (Int64(cutoff - 1), .range) }
            if neg && un > cutoff { return (Int64(bitPattern: 0 &- cutoff), .range) }
            return (neg ? Int64(bitPattern: 0 &- un) : Int64(un), nil)
        }
    }

    /// ParseUint's body over the bytes of `s` (a sign is a syntax error here).
    static func unsigned(_ s: Bytes, base: Int, bitSize: Int) -> (UInt64, NumError.Kind?) {
        if s.isEmpty { return (0, .syntax) }
        let base0 = base == 0
        var i = s.startIndex
        var b = base
        switch base {
        case 2...36:
            break
        case 0:
            b = 10
            if s[i] == UInt8(ascii: "0") {
                let prefix: UInt8 = s.count >= 3 ? s[i + 1] | 0x20 : 0
                switch prefix {
                case UInt8(ascii: "b"): b = 2; i += 2
                case UInt8(ascii: "o"): b = 8; i += 2
                case UInt8(ascii: "x"): b = 16; i += 2
                default: b = 8; i += 1
                }
            }
        default:
            return (0, .base(base))
        }
        var bits = bitSize
        if bits == 0 {
            bits = 64
        } else if bits < 0 || bits > 64 {
            return (0, .bitSize(bitSize))
        }
        // The smallest number such that cutoff*base > maxUint64.
        let cutoff = UInt64.max / UInt64(b) + 1
        let maxVal = bits == 64 ? UInt64.max : (UInt64(1) << UInt64(bits)) - 1
        var underscores = false
        var n: UInt64 = 0
        while i < s.endIndex {
            let c = s[i]
            i += 1
            let d: UInt64
            let lower = c | 0x20
            if c == UInt8(ascii: "_") && base0 {
                underscores = true
                continue
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                d = UInt64(c - UInt8(ascii: "0"))
            } else if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                d = UInt64(lower - UInt8(ascii: "a") + 10)
            } else {
                return (0, .syntax)
            }
            if d >= UInt64(b) { return (0, .syntax) }
            // Go stops at the first overflow, before reading what follows.
            if n >= cutoff { return (maxVal, .range) }
            n *= UInt64(b)
            let (n1, overflow) = n.addingReportingOverflow(d)
            if overflow || n1 > maxVal { return (maxVal, .range) }
            n = n1
        }
        if underscores && !underscoreOK(s) { return (0, .syntax) }
        return (n, nil)
    }

    /// strconv's `underscoreOK`: underscores only between digits, or between a base
    /// prefix and a digit.
    static func underscoreOK(_ s: Bytes) -> Bool {
        // saw: '^' start, '0' digit or base prefix, '_' underscore, '!' anything else.
        var saw = UInt8(ascii: "^")
        var i = s.startIndex
        if let f = s.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { i += 1 }
        var hex = false
        if s.endIndex - i >= 2 && s[i] == UInt8(ascii: "0") {
            let p = s[i + 1] | 0x20
            if p == UInt8(ascii: "b") || p == UInt8(ascii: "o") || p == UInt8(ascii: "x") {
                i += 2
                saw = UInt8(ascii: "0")
                hex = p == UInt8(ascii: "x")
            }
        }
        while i < s.endIndex {
            let c = s[i]
            let lower = c | 0x20
            i += 1
            if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) {
                saw = UInt8(ascii: "0")
                continue
            }
            if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
                continue
            }
            if saw == UInt8(ascii: "_") { return false }
            saw = UInt8(ascii: "!")
        }
        return saw != UInt8(ascii: "_")
    }

    // MARK: Booleans

    /// `strconv.ParseBool`: `1 t T true TRUE True` and `0 f F false FALSE False`.
    public static func parseBool(_ s: String) throws(NumError) -> Bool {
        switch s {
        case "1", "t", "T", "true", "TRUE", "True": return true
        case "0", "f", "F", "false", "FALSE", "False": return false
        default: throw NumError(function: "ParseBool", input: s, kind: .syntax)
        }
    }

    // MARK: Floats

    /// `strconv.ParseFloat(s, bitSize)` (32 rounds to float32, anything else is 64):
    ///
    ///     float    = [sign] ("inf" | "infinity") | "nan" | [sign] (decimal | hex)
    ///     decimal  = digits ["." [digits]] [("e" | "E") [sign] digits] | "." digits [exponent]
    ///     hex      = ("0x" | "0X") hexdigits ["." [hexdigits]] ("p" | "P") [sign] digits
    ///
    /// Specials in any case, `_` between digits as in Go literals. A value beyond the
    /// range is a range error (Go returns ±Inf with it); one below rounds to zero.
    public static func parseFloat(_ s: String, bitSize: Int) throws(NumError) -> Double {
        let (v, kind) = float(s, bitSize: bitSize)
        if let kind { throw NumError(function: "ParseFloat", input: s, kind: kind) }
        return v
    }

    /// `v, _ := strconv.ParseFloat(s, bitSize)`: 0 on a syntax error, ±Inf on a range error.
    public static func parseFloatIgnoringError(_ s: String, bitSize: Int) -> Double {
        float(s, bitSize: bitSize).0
    }

    static func float(_ s: String, bitSize: Int) -> (Double, NumError.Kind?) {
        withBytes(s) { b in
            if let special = special(b) { return (special, nil) }
            guard let literal = readFloat(b) else { return (0, .syntax) }
            let text = String(decoding: literal, as: UTF8.self)
            let v: Double
            if bitSize == 32 {
                guard let f = Float(text) else { return (0, .syntax) }
                v = Double(f)
            } else {
                guard let d = Double(text) else { return (0, .syntax) }
                v = d
            }
            return (v, v.isInfinite ? .range : nil)
        }
    }

    /// strconv's `special`, when it takes the whole input: `[+-]inf`, `[+-]infinity` and
    /// `nan`, in any case.
    static func special(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let first = b.first else { return nil }
        var i = 0
        var sign = 1.0
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            if first == UInt8(ascii: "-") { sign = -1 }
            i = 1
        }
        let rest = b[i...].lazy.map { $0 | 0x20 }
        if rest.elementsEqual("inf".utf8) || rest.elementsEqual("infinity".utf8) { return sign * .infinity }
        if i == 0 && rest.elementsEqual("nan".utf8) { return .nan }
        return nil
    }

    /// strconv's `readFloat` over the whole input: the literal rewritten for C's `strtod`
    /// (underscores dropped, the exponent as Go reads it, which stops growing at 10000),
    /// or nil on a syntax error. strtod rounds correctly, as strconv does.
    static func readFloat(_ s: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 8)
        var i = 0
        let n = s.count
        var underscores = false
        if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
            if s[i] == UInt8(ascii: "-") { out.append(UInt8(ascii: "-")) }
            i += 1
        }
        var hex = false
        if i + 2 < n && s[i] == UInt8(ascii: "0") && (s[i + 1] | 0x20) == UInt8(ascii: "x") {
            hex = true
            i += 2
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "x"))
        }
        var sawDot = false
        var sawDigits = false
        while i < n {
            let c = s[i]
            let lower = c | 0x20
            if c == UInt8(ascii: "_") {
                underscores = true
            } else if c == UInt8(ascii: ".") {
                if sawDot { break }
                sawDot = true
                out.append(c)
            } else if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                        || (hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) {
                sawDigits = true
                out.append(c)
            } else {
                break
            }
            i += 1
        }
        if !sawDigits { return nil }
        let expChar = hex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        if i < n && (s[i] | 0x20) == expChar {
            i += 1
            if i >= n { return nil }
            var negative = false
            if s[i] == UInt8(ascii: "+") {
                i += 1
            } else if s[i] == UInt8(ascii: "-") {
                negative = true
                i += 1
            }
            if i >= n || s[i] < UInt8(ascii: "0") || s[i] > UInt8(ascii: "9") { return nil }
            var e = 0
            while i < n && ((s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "9")) || s[i] == UInt8(ascii: "_")) {
                if s[i] == UInt8(ascii: "_") {
                    underscores = true
                } else if e < 10000 {
                    e = e * 10 + Int(s[i] - UInt8(ascii: "0"))
                }
                i += 1
            }
            out.append(expChar)
            if negative { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: String(e).utf8)
        } else if hex {
            return nil
        }
        if i != n { return nil }
        if underscores && !underscoreOK(s[...]) { return nil }
        return out
    }

    /// Runs `body` over the UTF-8 bytes of `s`, without a copy for native strings.
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }
}

/// strconv's `unhex`: the value of a hexadecimal digit, nil for anything else.
@inline(__always)
func hexValue(_ c: UInt32) -> UInt32? {
    switch c {
    case 48...57: return c - 48
    case 65...70: return c - 55
    case 97...102: return c - 87
    default: return nil
    }
}
