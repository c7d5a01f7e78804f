/// A recursive-descent reader of JSON text with encoding/json's error messages. Go first
/// validates the whole text (syntax errors win), then decodes; numbers that overflow
/// float64 are type errors reported after decoding.
///
///     value  ::= object | array | string | number | true | false | null
///     object ::= '{' (string ':' value (',' string ':' value)*)? '}'
///     array  ::= '[' (value (',' value)*)? ']'
struct JSONDecoder {
    let b: [UInt8]
    var i = 0
    var depth = 0
    var rangeError: String? = nil

    init(_ bytes: [UInt8]) {
        b = bytes
    }

    static func depthEstimate(_ bytes: [UInt8]) -> Int {
        var d = 0, m = 0
        for c in bytes {
            if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { d += 1; if d > m { m = d } } else if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") { d -= 1 }
        }
        return m
    }

    /// encoding/json's `quoteChar`.
    static func quoteChar(_ c: UInt8) -> String {
        if c == UInt8(ascii: "'") { return "'\\''" }
        if c == UInt8(ascii: "\"") { return "'\"'" }
        // Go quotes string(rune(c)): a byte >= 0x80 reads as the Latin-1 code point.
        let q = GoQuote.quote(String(Character(Unicode.Scalar(c))))
        return "'" + q.dropFirst().dropLast() + "'"
    }

    func syntax(_ c: UInt8, _ context: String) -> YAMLError {
        YAMLError(message: "invalid character " + JSONDecoder.quoteChar(c) + " " + context)
    }

    static let eof = YAMLError(message: "unexpected end of JSON input")

    @inline(__always) func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    mutating func skipSpace() {
        while i < b.count && isSpace(b[i]) { i += 1 }
    }

    mutating func decodeTop() throws -> Value {
        skipSpace()
        let v = try value()
        skipSpace()
        if i < b.count { throw syntax(b[i], "after top-level value") }
        if let r = rangeError { throw YAMLError(message: r) }
        return v
    }

    mutating func decodePrefix() throws -> (Value, Int) {
        skipSpace()
        let v = try value()
        if let r = rangeError { throw YAMLError(message: r) }
        return (v, i)
    }

    mutating func value() throws -> Value {
        guard i < b.count else { throw JSONDecoder.eof }
        let c = b[i]
        switch c {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw syntax(c, "looking for beginning of value")
        }
    }

    mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        for (k, ch) in w.enumerated() {
            guard i < b.count else { throw JSONDecoder.eof }
            if b[i] != ch {
                throw syntax(b[i], "in literal \(word) (expecting \(JSONDecoder.quoteChar(ch)))")
            }
            _ = k
            i += 1
        }
    }

    mutating func enter(_ c: UInt8) throws {
        depth += 1
        if depth > YAMLDecoder.maxJSONDepth { throw syntax(c, "exceeded max depth") }
    }

    mutating func object() throws -> Value {
        try enter(b[i])
        i += 1
        var m: [String: Value] = [:]
        skipSpace()
        guard i < b.count else { throw JSONDecoder.eof }
        if b[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return .map(m) }
        while true {
            skipSpace()
            guard i < b.count else { throw JSONDecoder.eof }
            if b[i] != UInt8(ascii: "\"") { throw syntax(b[i], "looking for beginning of object key string") }
            let k = try string()
            skipSpace()
            guard i < b.count else { throw JSONDecoder.eof }
            if b[i] != UInt8(ascii: ":") { throw syntax(b[i], "after object key") }
            i += 1
            skipSpace()
            m[k] = try value()
            skipSpace()
            guard i < b.count else { throw JSONDecoder.eof }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; break }
            throw syntax(b[i], "after object key:value pair")
        }
        depth -= 1
        return .map(m)
    }

    mutating func array() throws -> Value {
        try enter(b[i])
        i += 1
        var items: [Value] = []
        skipSpace()
        guard i < b.count else { throw JSONDecoder.eof }
        if b[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return .list(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard i < b.count else { throw JSONDecoder.eof }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "]") { i += 1; break }
            throw syntax(b[i], "after array element")
        }
        depth -= 1
        return .list(items)
    }

    mutating func hex4() throws -> UInt32? {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard i < b.count else { throw JSONDecoder.eof }
            let c = b[i]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - 55)
            default: throw syntax(c, "in \\u hexadecimal character escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    mutating func string() throws -> String {
        i += 1
        var out: [UInt8] = []
        var start = i
        while true {
            guard i < b.count else { throw JSONDecoder.eof }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                out.append(contentsOf: b[start..<i])
                i += 1
                break
            }
            if c < 0x20 { throw syntax(c, "in string literal") }
            if c == UInt8(ascii: "\\") {
                out.append(contentsOf: b[start..<i])
                i += 1
                guard i < b.count else { throw JSONDecoder.eof }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var v = try hex4() ?? 0xFFFD
                    if v >= 0xD800 && v < 0xDC00 {
                        // A high surrogate needs a following \uDC00-\uDFFF escape.
                        if i + 1 < b.count && b[i] == UInt8(ascii: "\\") && b[i + 1] == UInt8(ascii: "u") {
                            let save = i
                            i += 2
                            let lo = try hex4() ?? 0
                            if lo >= 0xDC00 && lo < 0xE000 {
                                v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                v = 0xFFFD
                                i = save
                            }
                        } else {
                            v = 0xFFFD
                        }
                    } else if v >= 0xDC00 && v < 0xE000 {
                        v = 0xFFFD
                    }
                    YAMLReader.appendUTF8(&out, v)
                default:
                    throw syntax(e, "in string escape code")
                }
                start = i
                continue
            }
            i += 1
        }
        return YAMLGoSyntax.stringFromBytes(out)
    }

    mutating func number() throws -> Value {
        let start = i
        func digit() -> Bool { i < b.count && b[i] >= 48 && b[i] <= 57 }
        if b[i] == UInt8(ascii: "-") {
            i += 1
            guard i < b.count else { throw JSONDecoder.eof }
            if !digit() { throw syntax(b[i], "in numeric literal") }
        }
        if b[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while digit() { i += 1 }
        }
        if i < b.count && b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count else { throw JSONDecoder.eof }
            if !digit() { throw syntax(b[i], "after decimal point in numeric literal") }
            while digit() { i += 1 }
        }
        if i < b.count && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < b.count else { throw JSONDecoder.eof }
            if !digit() { throw syntax(b[i], "in exponent of numeric literal") }
            while digit() { i += 1 }
        }
        // encoding/json's scanner checks the grammar above; `convertNumber` then calls
        // `strconv.ParseFloat(s, 64)` and reports its error as an UnmarshalTypeError.
        let text = String(decoding: b[start..<i], as: UTF8.self)
        guard let d = try? GoStrconv.parseFloat(text, bitSize: 64) else {
            if rangeError == nil { rangeError = "json: cannot unmarshal number \(text) into Go value of type float64" }
            return .float64(0)
        }
        return .float64(d)
    }
}
