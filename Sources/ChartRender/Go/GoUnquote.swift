/// Go's `strconv.Unquote` and `strconv.UnquoteChar` for template string, raw string
/// and character literals. Failures are Go's `invalid syntax`.
enum GoUnquote {
    struct SyntaxError: Error {}

    /// Unquotes `"..."` (Go escapes) or `` `...` `` (raw, `\r` removed).
    static func unquote(_ quoted: String) throws -> String {
        let b = GoString.bytes(quoted)
        guard b.count >= 2, let q = b.first, b.last == q else { throw SyntaxError() }
        let body = b[1..<(b.count - 1)]
        if q == UInt8(ascii: "`") {
            if body.contains(UInt8(ascii: "`")) { throw SyntaxError() }
            return GoString.string(body.filter { $0 != 13 })
        }
        guard q == UInt8(ascii: "\"") else { throw SyntaxError() }
        if body.contains(10) { throw SyntaxError() }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            let (bytes, next) = try unquoteChar(b, at: i, end: body.endIndex, quote: q)
            out.append(contentsOf: bytes)
            i = next
        }
        return GoString.string(out)
    }

    /// Unquotes a character constant `'x'`: the rune value.
    static func unquoteCharConstant(_ quoted: String) throws -> UInt32 {
        let b = GoString.bytes(quoted)
        guard b.count >= 3, b.first == UInt8(ascii: "'") else { throw SyntaxError() }
        let (bytes, next, value) = try decodeOne(b, at: 1, end: b.count, quote: UInt8(ascii: "'"))
        _ = bytes
        // The tail must be exactly the closing quote.
        guard next == b.count - 1, b[next] == UInt8(ascii: "'") else { throw MalformedChar() }
        return value
    }

    struct MalformedChar: Error {}

    private static func unquoteChar(_ b: [UInt8], at i: Int, end: Int, quote: UInt8) throws -> ([UInt8], Int) {
        let (bytes, next, _) = try decodeOne(b, at: i, end: end, quote: quote)
        return (bytes, next)
    }

    /// One (possibly escaped) character at `i`: its UTF-8 bytes, the next index, the rune.
    private static func decodeOne(_ b: [UInt8], at i: Int, end: Int, quote: UInt8) throws -> ([UInt8], Int, UInt32) {
        guard i < end else { throw SyntaxError() }
        let c = b[i]
        if c == quote && (quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"")) { throw SyntaxError() }
        if c >= 0x80 {
            // Copy one UTF-8 sequence; an invalid byte reads as U+FFFD (`utf8.DecodeRune`).
            let (value, width) = GoString.decodeRune(b, at: i)
            guard let value else { return ([0xEF, 0xBF, 0xBD], i + 1, 0xFFFD) }
            return (Array(b[i..<(i + width)]), i + width, value)
        }
        if c != UInt8(ascii: "\\") { return ([c], i + 1, UInt32(c)) }
        guard i + 1 < end else { throw SyntaxError() }
        let e = b[i + 1]
        var j = i + 2
        switch e {
        case UInt8(ascii: "a"): return ([7], j, 7)
        case UInt8(ascii: "b"): return ([8], j, 8)
        case UInt8(ascii: "f"): return ([12], j, 12)
        case UInt8(ascii: "n"): return ([10], j, 10)
        case UInt8(ascii: "r"): return ([13], j, 13)
        case UInt8(ascii: "t"): return ([9], j, 9)
        case UInt8(ascii: "v"): return ([11], j, 11)
        case UInt8(ascii: "\\"): return ([92], j, 92)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            if e != quote { throw SyntaxError() }
            return ([e], j, UInt32(e))
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
            guard j + n <= end else { throw SyntaxError() }
            var v: UInt32 = 0
            for k in 0..<n {
                guard let d = hexValue(UInt32(b[j + k])) else { throw SyntaxError() }
                v = v * 16 + d
            }
            j += n
            if e == UInt8(ascii: "x") {
                if quote == UInt8(ascii: "'") { return (utf8(v), j, v) }
                return ([UInt8(v)], j, v)
            }
            guard let s = Unicode.Scalar(v) else { throw SyntaxError() }
            return (Array(String(s).utf8), j, v)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard i + 4 <= end else { throw SyntaxError() }
            var v: UInt32 = 0
            for k in 1...3 {
                let d = b[i + k]
                guard d >= 48 && d <= 55 else { throw SyntaxError() }
                v = v * 8 + UInt32(d - 48)
            }
            guard v <= 255 else { throw SyntaxError() }
            j = i + 4
            if quote == UInt8(ascii: "'") { return (utf8(v), j, v) }
            return ([UInt8(v)], j, v)
        default:
            throw SyntaxError()
        }
    }

    private static func utf8(_ v: UInt32) -> [UInt8] {
        guard let s = Unicode.Scalar(v) else { return [0xEF, 0xBF, 0xBD] }
        return Array(String(s).utf8)
    }
}
