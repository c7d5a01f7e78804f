/// A strict JSON reader (Go `encoding/json` into `interface{}`): objects become
/// `map[string]interface {}`, arrays `[]interface {}`, numbers float64. Used by
/// `--set-json`. `pos` is the byte offset after the value read.
struct JSONValueDecoder {
    struct Failure: Error { var message: String }

    let bytes: [UInt8]
    var pos = 0
    /// Go's decoder nesting limit.
    static let maxDepth = 10000

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 || bytes[pos] == 0x0A || bytes[pos] == 0x0D { pos += 1 }
    }

    /// Reads a whole document: one value and nothing but white space after it.
    static func document(_ bytes: [UInt8]) throws -> Value {
        var d = JSONValueDecoder(bytes: bytes)
        let v = try d.value(depth: 0)
        d.skipSpace()
        if d.pos != bytes.count { throw Failure(message: "invalid character after top-level value") }
        return v
    }

    /// value: object | array | string | number | true | false | null
    mutating func value(depth: Int) throws -> Value {
        skipSpace()
        guard pos < bytes.count else { throw Failure(message: "EOF") }
        // encoding/json pushes a parse state per open array/object and fails once more
        // than `maxNestingDepth` (10000) are open: the 10001st bracket is refused.
        if depth >= JSONValueDecoder.maxDepth, bytes[pos] == UInt8(ascii: "{") || bytes[pos] == UInt8(ascii: "[") {
            throw Failure(message: "exceeded max depth")
        }
        switch bytes[pos] {
        case UInt8(ascii: "{"):
            pos += 1
            var m: [String: Value] = [:]
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return .map(m) }
            while true {
                skipSpace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw Failure(message: "expected string") }
                let k = try string()
                skipSpace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw Failure(message: "expected colon") }
                pos += 1
                m[k] = try value(depth: depth + 1)
                skipSpace()
                guard pos < bytes.count else { throw Failure(message: "unexpected EOF") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "}") { pos += 1; return .map(m) }
                throw Failure(message: "invalid character in object")
            }
        case UInt8(ascii: "["):
            pos += 1
            var l: [Value] = []
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .list(l) }
            while true {
                l.append(try value(depth: depth + 1))
                skipSpace()
                guard pos < bytes.count else { throw Failure(message: "unexpected EOF") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "]") { pos += 1; return .list(l) }
                throw Failure(message: "invalid character in array")
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default:
            return .float64(try number())
        }
    }

    mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<(pos + w.count)]) == w else {
            throw Failure(message: "invalid literal")
        }
        pos += w.count
    }

    /// number: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    mutating func number() throws -> Double {
        let start = pos
        func digits() -> Int { var n = 0; while pos < bytes.count, bytes[pos] >= 48, bytes[pos] <= 57 { pos += 1; n += 1 }; return n }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        guard pos < bytes.count else { throw Failure(message: "invalid number") }
        if bytes[pos] == UInt8(ascii: "0") { pos += 1 } else if digits() == 0 { throw Failure(message: "invalid character") }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") { pos += 1; if digits() == 0 { throw Failure(message: "invalid number") } }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            if digits() == 0 { throw Failure(message: "invalid number") }
        }
        guard let d = Double(String(decoding: bytes[start..<pos], as: UTF8.self)), d.isFinite else {
            throw Failure(message: "number out of range")
        }
        return d
    }

    /// A JSON string with escapes; invalid UTF-8 becomes U+FFFD like Go.
    mutating func string() throws -> String {
        pos += 1
        var out: [UInt8] = []
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") { pos += 1; return String(decoding: out, as: UTF8.self) }
            if c < 0x20 { throw Failure(message: "invalid character in string literal") }
            if c != UInt8(ascii: "\\") { out.append(c); pos += 1; continue }
            pos += 1
            guard pos < bytes.count else { break }
            let e = bytes[pos]
            pos += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var cp = try hex4()
                if cp >= 0xD800 && cp < 0xDC00 {
                    let save = pos
                    if pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") {
                        pos += 2
                        let lo = try hex4()
                        if lo >= 0xDC00 && lo < 0xE000 { cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00) } else { pos = save; cp = 0xFFFD }
                    } else { cp = 0xFFFD }
                } else if cp >= 0xDC00 && cp < 0xE000 { cp = 0xFFFD }
                out.append(contentsOf: Array(String(Unicode.Scalar(cp).map { Character($0) } ?? "\u{FFFD}").utf8))
            default:
                throw Failure(message: "invalid escape")
            }
        }
        throw Failure(message: "unexpected end of JSON input")
    }

    mutating func hex4() throws -> UInt32 {
        guard pos + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[pos..<(pos + 4)], as: UTF8.self), radix: 16) else {
            throw Failure(message: "invalid escape")
        }
        pos += 4
        return v
    }
}
