/// Go's `strconv.ParseInt(s, 0, 64)` and `strconv.ParseFloat(s, 64)`, the parsers
/// behind cast's string conversions. They return nil where Go returns an error.
enum GoStrconv {
    /// `strconv.ParseInt(s, 0, 64)`:
    ///
    ///     int    = [sign] ("0b" bin | "0o" oct | "0x" hex | "0" oct | dec)
    ///
    /// with `_` allowed between digits (and after a base prefix), as Go literals allow.
    public static func parseInt(_ s: String) -> Int64? {
        let b = Array(s.utf8)
        if b.isEmpty { return nil }
        var i = 0
        var neg = false
        if b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-") {
            neg = b[0] == UInt8(ascii: "-")
            i = 1
        }
        guard let magnitude = parseUintBase0(b, from: i) else { return nil }
        if neg {
            if magnitude > UInt64(1) << 63 { return nil }
            return magnitude == UInt64(1) << 63 ? Int64.min : -Int64(magnitude)
        }
        if magnitude >= UInt64(1) << 63 { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseUint(s[from...], 0, 64)`.
    static func parseUintBase0(_ b: [UInt8], from start: Int) -> UInt64? {
        var i = start
        if i >= b.count { return nil }
        var base: UInt64 = 10
        if b[i] == UInt8(ascii: "0") {
            let remaining = b.count - i
            let next = remaining >= 3 ? (b[i + 1] | 0x20) : 0
            switch next {
            case UInt8(ascii: "b"): base = 2; i += 2
            case UInt8(ascii: "o"): base = 8; i += 2
            case UInt8(ascii: "x"): base = 16; i += 2
            default: base = 8; i += 1
            }
        }
        var n: UInt64 = 0
        var underscores = false
        while i < b.count {
            let c = b[i]
            i += 1
            var d: UInt64
            switch c {
            case UInt8(ascii: "_"):
                underscores = true
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt64(c - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): d = UInt64(c - 97 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): d = UInt64(c - 65 + 10)
            default: return nil
            }
            if d >= base { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: base)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            n = s
        }
        if underscores && !underscoreOK(b) { return nil }
        return n
    }

    /// strconv's `underscoreOK`: underscores only between digits, or between a base
    /// prefix and a digit.
    static func underscoreOK(_ s: [UInt8]) -> Bool {
        var saw: UInt8 = UInt8(ascii: "^")
        var i = 0
        if !s.isEmpty && (s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+")) { i = 1 }
        var hex = false
        if s.count - i >= 2 && s[i] == UInt8(ascii: "0") {
            let p = s[i + 1] | 0x20
            if p == UInt8(ascii: "b") || p == UInt8(ascii: "o") || p == UInt8(ascii: "x") {
                i += 2
                saw = UInt8(ascii: "0")
                hex = p == UInt8(ascii: "x")
            }
        }
        while i < s.count {
            let c = s[i]
            let lower = c | 0x20
            if (c >= 48 && c <= 57) || (hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) {
                saw = UInt8(ascii: "0")
            } else if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
            } else {
                if saw == UInt8(ascii: "_") { return false }
                saw = UInt8(ascii: "!")
            }
            i += 1
        }
        return saw != UInt8(ascii: "_")
    }

    /// `strconv.ParseFloat(s, 64)`:
    ///
    ///     float   = [sign] ("inf" | "infinity" | mantissa [exponent]) | "nan"
    ///     decimal = digits ["." digits] ("e" | "E") [sign] digits
    ///     hex     = "0x" hexdigits ["." hexdigits] ("p" | "P") [sign] digits
    ///
    /// Case-insensitive specials, `_` separators as in Go literals, and nil for values
    /// beyond the float64 range (Go's ErrRange), as cast treats every error as 0.
    public static func parseFloat(_ s: String) -> Double? {
        let b = Array(s.utf8)
        if b.isEmpty { return nil }
        if let special = parseSpecialFloat(b) { return special }
        var i = 0
        var clean: [UInt8] = []
        clean.reserveCapacity(b.count + 2)
        if b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-") {
            if b[0] == UInt8(ascii: "-") { clean.append(UInt8(ascii: "-")) }
            i = 1
        }
        var hex = false
        if b.count - i >= 2 && b[i] == UInt8(ascii: "0") && (b[i + 1] | 0x20) == UInt8(ascii: "x") {
            hex = true
            i += 2
            clean.append(contentsOf: Array("0x".utf8))
        }
        var sawDigits = false
        var sawDot = false
        var underscores = false
        while i < b.count {
            let c = b[i]
            let lower = c | 0x20
            if c == UInt8(ascii: "_") {
                underscores = true
            } else if c == UInt8(ascii: ".") {
                if sawDot { return nil }
                sawDot = true
                clean.append(c)
            } else if (c >= 48 && c <= 57) || (hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) {
                sawDigits = true
                clean.append(c)
            } else {
                break
            }
            i += 1
        }
        if !sawDigits { return nil }
        let expChar: UInt8 = hex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        var sawExp = false
        if i < b.count && (b[i] | 0x20) == expChar {
            sawExp = true
            clean.append(expChar)
            i += 1
            if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) {
                clean.append(b[i])
                i += 1
            }
            var expDigits = false
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "_") {
                    underscores = true
                } else if c >= 48 && c <= 57 {
                    expDigits = true
                    clean.append(c)
                } else {
                    break
                }
                i += 1
            }
            if !expDigits { return nil }
        }
        if hex && !sawExp { return nil }
        if i != b.count { return nil }
        if underscores && !underscoreOK(b) { return nil }
        guard let d = Double(String(decoding: clean, as: UTF8.self)) else { return nil }
        if d.isInfinite { return nil }
        return d
    }

    /// strconv's `special`: `[+-]inf`, `[+-]infinity`, `nan`, any case; the whole input.
    static func parseSpecialFloat(_ b: [UInt8]) -> Double? {
        var i = 0
        var sign = 1.0
        if b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-") {
            if b[0] == UInt8(ascii: "-") { sign = -1 }
            i = 1
        }
        let rest = b[i...].map { $0 | 0x20 }
        if rest.elementsEqual("inf".utf8) || rest.elementsEqual("infinity".utf8) {
            return sign * Double.infinity
        }
        if i == 0 && rest.elementsEqual("nan".utf8) { return Double.nan }
        return nil
    }
}
