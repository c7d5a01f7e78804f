/// Go's number-constant evaluation in the template parser (`newNumber` in node.go over
/// `strconv.ParseUint/ParseInt/ParseFloat` with base 0): fills every representation
/// a literal has (`0x10` is int, uint and float; `1e3` is float and int).
enum NumberLiteral {
    struct Failure: Error { let message: String }

    static func fill(_ n: NumberNode, kind: TokenKind) throws {
        let text = n.text
        if kind == .charConstant {
            let r: UInt32
            do {
                r = try GoUnquote.unquoteCharConstant(text)
            } catch is GoUnquote.MalformedChar {
                throw Failure(message: "malformed character constant: " + text)
            } catch {
                throw Failure(message: "invalid syntax")
            }
            n.int64 = Int64(r); n.isInt = true
            n.uint64 = UInt64(r); n.isUint = true
            n.float64 = Double(r); n.isFloat = true
            return
        }
        if kind == .complex {
            guard let c = parseComplex(text) else { throw Failure(message: "expected integer") }
            n.isComplex = true
            n.complex = c
            simplifyComplex(n)
            return
        }
        if text.hasSuffix("i"), let f = parseFloat(String(text.dropLast())) {
            n.isComplex = true
            n.complex = (0, f)
            simplifyComplex(n)
            return
        }
        let u = parseUint(text)
        if let u { n.isUint = true; n.uint64 = u }
        if let i = parseInt(text) {
            n.isInt = true
            n.int64 = i
            if i == 0 { n.isUint = true; n.uint64 = u ?? 0 }
        }
        if n.isInt {
            n.isFloat = true
            n.float64 = Double(n.int64)
        } else if n.isUint {
            n.isFloat = true
            n.float64 = Double(n.uint64)
        } else if let f = parseFloat(text) {
            if !text.contains(where: { ".eEpP".contains($0) }) {
                throw Failure(message: "integer overflow: " + GoQuote.quote(text))
            }
            n.isFloat = true
            n.float64 = f
            if !n.isInt, f >= -9.223372036854775808e18, f < 9.223372036854775808e18, Double(Int64(f)) == f {
                n.isInt = true
                n.int64 = Int64(f)
            }
            if !n.isUint, f >= 0, f < 1.8446744073709551616e19, Double(UInt64(f)) == f {
                n.isUint = true
                n.uint64 = UInt64(f)
            }
        }
        if !n.isInt && !n.isUint && !n.isFloat {
            throw Failure(message: "illegal number syntax: " + GoQuote.quote(text))
        }
    }

    private static func simplifyComplex(_ n: NumberNode) {
        if n.complex.1 == 0 {
            n.isFloat = true
            n.float64 = n.complex.0
            let f = n.float64
            if f >= -9.223372036854775808e18, f < 9.223372036854775808e18, Double(Int64(f)) == f {
                n.isInt = true
                n.int64 = Int64(f)
            }
            if f >= 0, f < 1.8446744073709551616e19, Double(UInt64(f)) == f {
                n.isUint = true
                n.uint64 = UInt64(f)
            }
        }
    }

    private static func parseComplex(_ text: String) -> (Double, Double)? {
        let b = Array(text.utf8)
        guard b.last == UInt8(ascii: "i") else { return nil }
        var k = b.count - 2
        while k > 0 {
            let c = b[k]
            if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")) {
                let prev = b[k - 1]
                if prev != UInt8(ascii: "e") && prev != UInt8(ascii: "E") && prev != UInt8(ascii: "p") && prev != UInt8(ascii: "P") { break }
            }
            k -= 1
        }
        guard k > 0 else { return nil }
        guard let re = parseFloat(String(decoding: b[0..<k], as: UTF8.self)),
              let im = parseFloat(String(decoding: b[k..<(b.count - 1)], as: UTF8.self)) else { return nil }
        return (re, im)
    }

    /// `strconv.ParseUint(s, 0, 64)`.
    static func parseUint(_ text: String) -> UInt64? {
        var b = Array(text.utf8)
        guard !b.isEmpty else { return nil }
        var base: UInt64 = 10
        var start = 0
        if b[0] == UInt8(ascii: "0") {
            if b.count >= 3 {
                switch b[1] | 0x20 {
                case UInt8(ascii: "x"): base = 16; start = 2
                case UInt8(ascii: "o"): base = 8; start = 2
                case UInt8(ascii: "b"): base = 2; start = 2
                default: base = 8; start = 1
                }
            } else if b.count == 2 {
                if (b[1] | 0x20) == UInt8(ascii: "x") || (b[1] | 0x20) == UInt8(ascii: "o") || (b[1] | 0x20) == UInt8(ascii: "b") { return nil }
                base = 8; start = 1
            }
        }
        if b.contains(UInt8(ascii: "_")) {
            if !GoStrconv.underscoreOK(b) { return nil }
            b = b.filter { $0 != UInt8(ascii: "_") }
            // Recompute start after removing underscores following a prefix.
        }
        guard start < b.count || (start == 1 && b.count == 1) else { return nil }
        if b.count == 1 && b[0] == UInt8(ascii: "0") { return 0 }
        var v: UInt64 = 0
        var i = start
        guard i < b.count else { return nil }
        while i < b.count {
            let c = b[i]
            var d: UInt64
            switch c {
            case 48...57: d = UInt64(c - 48)
            case 97...122: d = UInt64(c - 87)
            case 65...90: d = UInt64(c - 55)
            default: return nil
            }
            if d >= base { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: base)
            if o1 { return nil }
            let (s, o2) = m.addingReportingOverflow(d)
            if o2 { return nil }
            v = s
            i += 1
        }
        return v
    }

    /// `strconv.ParseInt(s, 0, 64)`.
    static func parseInt(_ text: String) -> Int64? {
        var s = Substring(text)
        var neg = false
        if s.hasPrefix("+") { s = s.dropFirst() } else if s.hasPrefix("-") { neg = true; s = s.dropFirst() }
        guard let u = parseUint(String(s)) else { return nil }
        if neg {
            if u > UInt64(Int64.max) + 1 { return nil }
            return u == UInt64(Int64.max) + 1 ? Int64.min : -Int64(u)
        }
        if u > UInt64(Int64.max) { return nil }
        return Int64(u)
    }

    /// `strconv.ParseFloat(s, 64)`: decimal or hex (with `p` exponent) floats, finite.
    static func parseFloat(_ text: String) -> Double? {
        var b = Array(text.utf8)
        guard !b.isEmpty else { return nil }
        if b.contains(UInt8(ascii: "_")) {
            if !GoStrconv.underscoreOK(b) { return nil }
            b = b.filter { $0 != UInt8(ascii: "_") }
        }
        var body = b[...]
        if let f = body.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { body = body.dropFirst() }
        guard let first = body.first else { return nil }
        let isHex = body.count >= 2 && first == UInt8(ascii: "0") && (body[body.startIndex + 1] | 0x20) == UInt8(ascii: "x")
        for c in body {
            let l = c | 0x20
            let ok = (c >= 48 && c <= 57) || c == UInt8(ascii: ".") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
                || (isHex ? ((l >= UInt8(ascii: "a") && l <= UInt8(ascii: "f")) || l == UInt8(ascii: "x") || l == UInt8(ascii: "p")) : l == UInt8(ascii: "e"))
            if !ok { return nil }
        }
        if isHex && !body.contains(where: { ($0 | 0x20) == UInt8(ascii: "p") }) { return nil }
        if !isHex && (first == UInt8(ascii: "0")) && body.count > 1 {
            let second = body[body.startIndex + 1] | 0x20
            if second == UInt8(ascii: "o") || second == UInt8(ascii: "b") { return nil }
        }
        guard let d = Double(String(decoding: b, as: UTF8.self)), d.isFinite else { return nil }
        return d
    }
}
