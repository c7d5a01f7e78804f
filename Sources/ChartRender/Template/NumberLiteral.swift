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
        if text.hasSuffix("i"), let f = try? GoStrconv.parseFloat(String(text.dropLast()), bitSize: 64) {
            n.isComplex = true
            n.complex = (0, f)
            simplifyComplex(n)
            return
        }
        let u = try? GoStrconv.parseUint(text, base: 0, bitSize: 64)
        if let u { n.isUint = true; n.uint64 = u }
        if let i = try? GoStrconv.parseInt(text, base: 0, bitSize: 64) {
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
        } else if let f = try? GoStrconv.parseFloat(text, bitSize: 64) {
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
        guard let re = try? GoStrconv.parseFloat(String(decoding: b[0..<k], as: UTF8.self), bitSize: 64),
              let im = try? GoStrconv.parseFloat(String(decoding: b[k..<(b.count - 1)], as: UTF8.self), bitSize: 64) else { return nil }
        return (re, im)
    }
}
