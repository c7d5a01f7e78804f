/// TOML as Helm's `toToml` / `fromToml` see it (BurntSushi/toml v1): the encoder writes
/// plain keys first (sorted), then sub-tables (`[a]`, indented two spaces per level) and
/// arrays of tables (`[[a]]`); nil values are skipped; floats always carry a decimal
/// point. The decoder reads TOML into maps with int64 integers and float64 floats.
enum TOML {
    /// `toml.NewEncoder(w).Encode(v)`.
    static func encode(_ v: Value) throws -> String {
        var out: [UInt8] = []
        switch v {
        case .map(let m, _):
            var e = TOMLEncoder()
            try e.table([], m.dictionary)
            out = e.out
        case .object(let o):
            if case .map(let m, _)? = o.jsonValue {
                var e = TOMLEncoder()
                try e.table([], m.dictionary)
                out = e.out
            }
        default:
            var e = TOMLEncoder()
            try e.value(v)
            out = e.out
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `toml.Unmarshal(data, &map[string]interface{})`.
    static func decode(_ bytes: [UInt8]) throws -> [String: Value] {
        var p = TOMLParser(bytes)
        return try p.document()
    }
}

struct TOMLEncoder {
    var out: [UInt8] = []
    let indent = "  "

    mutating func w(_ s: String) { out.append(contentsOf: s.utf8) }

    mutating func newline() { if !out.isEmpty { out.append(0x0A) } }

    static func isTable(_ v: Value) -> Bool {
        if case .map = v { return true }
        if case .object(let o) = v, case .map? = o.jsonValue { return true }
        return false
    }

    static func isArrayOfTables(_ v: Value) -> Bool {
        if case .list(let l, _) = v, !l.isEmpty { return l.allSatisfy { isTable($0) } }
        return false
    }

    static func entries(_ v: Value) -> [String: Value] {
        if case .map(let m, _) = v { return m.dictionary }
        if case .object(let o) = v, case .map(let m, _)? = o.jsonValue { return m.dictionary }
        return [:]
    }

    static func quoteKey(_ k: String) -> String {
        let bare = !k.isEmpty && k.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
        }
        return bare ? k : "\"" + escape(k) + "\""
    }

    static func keyPath(_ key: [String]) -> String { key.map(quoteKey).joined(separator: ".") }

    func indentStr(_ key: [String]) -> String { String(repeating: indent, count: max(0, key.count - 1)) }

    mutating func table(_ key: [String], _ m: [String: Value]) throws {
        let keys = m.keys.sorted(by: goStringLess)
        for k in keys {
            guard let v = m[k], !v.isNull, !TOMLEncoder.isTable(v), !TOMLEncoder.isArrayOfTables(v) else { continue }
            let full = key + [k]
            w(indentStr(full) + TOMLEncoder.quoteKey(k) + " = ")
            try value(v)
            out.append(0x0A)
        }
        for k in keys {
            guard let v = m[k] else { continue }
            let full = key + [k]
            if TOMLEncoder.isTable(v) {
                if full.count == 1 { newline() }
                w(indentStr(full) + "[" + TOMLEncoder.keyPath(full) + "]")
                out.append(0x0A)
                try table(full, TOMLEncoder.entries(v))
            } else if TOMLEncoder.isArrayOfTables(v), case .list(let items, _) = v {
                for item in items {
                    newline()
                    w(indentStr(full) + "[[" + TOMLEncoder.keyPath(full) + "]]")
                    out.append(0x0A)
                    try table(full, TOMLEncoder.entries(item))
                }
            }
        }
    }

    mutating func value(_ v: Value) throws {
        switch v {
        case .null: throw YAMLError(message: "toml: cannot encode a nil value")
        case .bool(let b): w(b ? "true" : "false")
        case .int(let i): w(String(i))
        case .int64(let i): w(String(i))
        case .uint64(let u): w(String(u))
        case .intN(let i, _): w(String(i))
        case .float64(let d):
            if d.isNaN { w(d.sign == .minus ? "-nan" : "nan") } else if d.isInfinite { w(d < 0 ? "-inf" : "inf") } else {
                let s = GoFloat.formatF(d)
                w(s.contains(".") ? s : s + ".0")
            }
        case .string(let s): w("\"" + TOMLEncoder.escape(s) + "\"")
        case .bytes(let b): w("\"" + TOMLEncoder.escape(String(decoding: b, as: UTF8.self)) + "\"")
        case .list(let items, _):
            w("[")
            var first = true
            for x in items where !x.isNull {
                if !first { w(", ") }
                first = false
                try value(x)
            }
            w("]")
        case .map(let m, _):
            // An inline table (a map inside an array of mixed values).
            w("{")
            var first = true
            for k in m.keys.sorted(by: goStringLess) {
                guard let x = m[k], !x.isNull else { continue }
                if !first { w(", ") }
                first = false
                w(TOMLEncoder.quoteKey(k) + " = ")
                try value(x)
            }
            w("}")
        case .object(let o):
            if let j = o.jsonValue { try value(j) } else { w("{}") }
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let h = String(u.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}

/// A TOML reader for `fromToml`: tables, arrays of tables, dotted and quoted keys, basic
/// and literal strings (multi-line too), integers (int64, with `_`, hex/octal/binary),
/// floats, booleans, arrays and inline tables. Dates are kept as strings.
struct TOMLParser {
    let b: [UInt8]
    var i = 0
    var line = 1

    init(_ bytes: [UInt8]) { b = bytes }

    func fail(_ msg: String) -> YAMLError { YAMLError(message: "toml: line \(line): " + msg) }

    @inline(__always) func peek(_ k: Int = 0) -> UInt8 { i + k < b.count ? b[i + k] : 0 }

    mutating func skipWS() { while peek() == 0x20 || peek() == 0x09 { i += 1 } }

    mutating func skipComment() {
        if peek() == UInt8(ascii: "#") { while i < b.count && b[i] != 0x0A { i += 1 } }
    }

    mutating func skipBlankLines() {
        while true {
            skipWS()
            skipComment()
            if peek() == 0x0D && peek(1) == 0x0A { i += 2; line += 1; continue }
            if peek() == 0x0A { i += 1; line += 1; continue }
            return
        }
    }

    mutating func document() throws -> [String: Value] {
        var root: [String: Value] = [:]
        var current: [String] = []
        var currentIsArray = false
        while true {
            skipBlankLines()
            if i >= b.count { break }
            if peek() == UInt8(ascii: "[") {
                let array = peek(1) == UInt8(ascii: "[")
                i += array ? 2 : 1
                skipWS()
                let key = try keyPath()
                skipWS()
                if array {
                    guard peek() == UInt8(ascii: "]") && peek(1) == UInt8(ascii: "]") else { throw fail("expected ']]'") }
                    i += 2
                    try TOMLParser.appendTable(&root, key)
                } else {
                    guard peek() == UInt8(ascii: "]") else { throw fail("expected ']'") }
                    i += 1
                    try TOMLParser.ensureTable(&root, key)
                }
                current = key
                currentIsArray = array
            } else {
                let key = try keyPath()
                skipWS()
                guard peek() == UInt8(ascii: "=") else { throw fail("expected '=' after key") }
                i += 1
                skipWS()
                let v = try value()
                try TOMLParser.set(&root, current, currentIsArray, key, v)
            }
            skipWS()
            skipComment()
            if i < b.count && peek() != 0x0A && peek() != 0x0D {
                throw fail("expected a newline after a value")
            }
        }
        return root
    }

    mutating func keyPath() throws -> [String] {
        var parts: [String] = []
        while true {
            skipWS()
            let c = peek()
            if c == UInt8(ascii: "\"") {
                parts.append(try basicString())
            } else if c == UInt8(ascii: "'") {
                parts.append(try literalString())
            } else {
                let start = i
                while i < b.count {
                    let x = b[i]
                    if (x >= 0x30 && x <= 0x39) || (x >= 0x41 && x <= 0x5A) || (x >= 0x61 && x <= 0x7A) || x == 0x5F || x == 0x2D { i += 1 } else { break }
                }
                if start == i {
                    if c == UInt8(ascii: "=") { throw fail("unexpected '=': key name appears blank") }
                    throw fail("unexpected character in key")
                }
                parts.append(String(decoding: b[start..<i], as: UTF8.self))
            }
            skipWS()
            if peek() == UInt8(ascii: ".") { i += 1; continue }
            return parts
        }
    }

    static func ensureTable(_ m: inout [String: Value], _ path: [String]) throws {
        guard let first = path.first else { return }
        var sub: [String: Value] = [:]
        switch m[first] {
        case .map(let x, _)?: sub = x.dictionary
        case .list(var l, let t)?:
            if case .map(let lastMap, _)? = l.last {
                var last = lastMap.dictionary
                try ensureTable(&last, Array(path.dropFirst()))
                l[l.count - 1] = .map(last)
                m[first] = .list(l, t)
                return
            }
            throw YAMLError(message: "toml: key \(first) is not a table")
        case nil: break
        default: throw YAMLError(message: "toml: key \(first) is already defined")
        }
        try ensureTable(&sub, Array(path.dropFirst()))
        m[first] = .map(sub)
    }

    static func appendTable(_ m: inout [String: Value], _ path: [String]) throws {
        guard let first = path.first else { return }
        if path.count == 1 {
            var l = m[first]?.listItems ?? []
            l.append(.map([:]))
            m[first] = .list(l)
            return
        }
        var sub: [String: Value] = [:]
        switch m[first] {
        case .map(let x, _)?: sub = x.dictionary
        case .list(var l, let t)?:
            if case .map(let lastMap, _)? = l.last {
                var last = lastMap.dictionary
                try appendTable(&last, Array(path.dropFirst()))
                l[l.count - 1] = .map(last)
                m[first] = .list(l, t)
                return
            }
        default: break
        }
        try appendTable(&sub, Array(path.dropFirst()))
        m[first] = .map(sub)
    }

    static func set(_ m: inout [String: Value], _ table: [String], _ isArray: Bool, _ key: [String], _ v: Value) throws {
        if let first = table.first {
            switch m[first] {
            case .map(let subMap, _)?:
                var sub = subMap.dictionary
                try set(&sub, Array(table.dropFirst()), isArray, key, v)
                m[first] = .map(sub)
            case .list(var l, let t)?:
                if case .map(let lastMap, _)? = l.last {
                var last = lastMap.dictionary
                    try set(&last, Array(table.dropFirst()), isArray, key, v)
                    l[l.count - 1] = .map(last)
                    m[first] = .list(l, t)
                }
            default:
                var sub: [String: Value] = [:]
                try set(&sub, Array(table.dropFirst()), isArray, key, v)
                m[first] = .map(sub)
            }
            return
        }
        guard let k = key.first else { return }
        if key.count == 1 {
            if m[k] != nil { throw YAMLError(message: "toml: key \(k) is already defined") }
            m[k] = v
            return
        }
        var sub: [String: Value] = [:]
        if case .map(let x, _)? = m[k] { sub = x.dictionary }
        try set(&sub, [], false, Array(key.dropFirst()), v)
        m[k] = .map(sub)
    }

    mutating func value() throws -> Value {
        let c = peek()
        switch c {
        case UInt8(ascii: "\""): return .string(try basicString())
        case UInt8(ascii: "'"): return .string(try literalString())
        case UInt8(ascii: "t"):
            if b[i...].starts(with: "true".utf8) { i += 4; return .bool(true) }
        case UInt8(ascii: "f"):
            if b[i...].starts(with: "false".utf8) { i += 5; return .bool(false) }
        case UInt8(ascii: "["):
            i += 1
            var items: [Value] = []
            while true {
                skipBlankLines()
                if peek() == UInt8(ascii: "]") { i += 1; break }
                items.append(try value())
                skipBlankLines()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                skipBlankLines()
                guard peek() == UInt8(ascii: "]") else { throw fail("expected a comma or ']' in array") }
                i += 1
                break
            }
            return .list(items)
        case UInt8(ascii: "{"):
            i += 1
            var m: [String: Value] = [:]
            skipWS()
            if peek() == UInt8(ascii: "}") { i += 1; return .map(m) }
            while true {
                let key = try keyPath()
                skipWS()
                guard peek() == UInt8(ascii: "=") else { throw fail("expected '=' in inline table") }
                i += 1
                skipWS()
                try TOMLParser.set(&m, [], false, key, try value())
                skipWS()
                if peek() == UInt8(ascii: ",") { i += 1; skipWS(); continue }
                guard peek() == UInt8(ascii: "}") else { throw fail("expected ',' or '}' in inline table") }
                i += 1
                return .map(m)
            }
        default: break
        }
        return try scalarToken()
    }

    mutating func scalarToken() throws -> Value {
        let start = i
        while i < b.count {
            let x = b[i]
            if x == 0x0A || x == 0x0D || x == UInt8(ascii: ",") || x == UInt8(ascii: "]") || x == UInt8(ascii: "}") || x == UInt8(ascii: "#") { break }
            i += 1
        }
        var text = String(decoding: b[start..<i], as: UTF8.self)
        while text.hasSuffix(" ") || text.hasSuffix("\t") { text.removeLast() }
        if text.isEmpty { throw fail("expected a value") }
        switch text {
        case "inf", "+inf": return .float64(.infinity)
        case "-inf": return .float64(-.infinity)
        case "nan", "+nan", "-nan": return .float64(.nan)
        default: break
        }
        let plain = Array(text.utf8).filter { $0 != UInt8(ascii: "_") }
        let plainText = String(decoding: plain, as: UTF8.self)
        if let iv = try? GoStrconv.parseInt(plainText, base: 0, bitSize: 64),
           !(plain.count > 1 && plain[0] == UInt8(ascii: "0") && plain[1] >= 48 && plain[1] <= 57) {
            return .int64(iv)
        }
        // chartr keeps the ±Inf strconv returns beside a range error; BurntSushi/toml
        // reports the error ("… is out of range for float64").
        if YAMLResolver.isYAMLStyleFloat(plain) {
            return .float64(GoStrconv.parseFloatIgnoringError(plainText, bitSize: 64))
        }
        if let f = text.utf8.first, f >= 48 && f <= 57, text.contains("-") || text.contains(":") {
            return .string(text)
        }
        throw fail("invalid value: \(text)")
    }

    mutating func literalString() throws -> String {
        if peek(1) == UInt8(ascii: "'") && peek(2) == UInt8(ascii: "'") {
            i += 3
            if peek() == 0x0A { i += 1; line += 1 }
            let start = i
            while i < b.count && !(b[i] == UInt8(ascii: "'") && peek(1) == UInt8(ascii: "'") && peek(2) == UInt8(ascii: "'")) {
                if b[i] == 0x0A { line += 1 }
                i += 1
            }
            guard i < b.count else { throw fail("unterminated multi-line literal string") }
            let s = String(decoding: b[start..<i], as: UTF8.self)
            i += 3
            return s
        }
        i += 1
        let start = i
        while i < b.count && b[i] != UInt8(ascii: "'") && b[i] != 0x0A { i += 1 }
        guard peek() == UInt8(ascii: "'") else { throw fail("unterminated literal string") }
        let s = String(decoding: b[start..<i], as: UTF8.self)
        i += 1
        return s
    }

    mutating func basicString() throws -> String {
        let multi = peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        i += multi ? 3 : 1
        if multi && peek() == 0x0A { i += 1; line += 1 }
        var out: [UInt8] = []
        while true {
            guard i < b.count else { throw fail("unterminated string") }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                if !multi { i += 1; break }
                if peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"") { i += 3; break }
            }
            if c == 0x0A {
                if !multi { throw fail("strings cannot contain newlines") }
                line += 1
            }
            if c == UInt8(ascii: "\\") {
                i += 1
                let e = peek()
                i += 1
                switch e {
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "e"): out.append(0x1B)
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let n = e == UInt8(ascii: "u") ? 4 : 8
                    guard i + n <= b.count, let v = UInt32(String(decoding: b[i..<(i + n)], as: UTF8.self), radix: 16),
                          v <= 0x10FFFF, !(v >= 0xD800 && v <= 0xDFFF) else {
                        throw fail("invalid unicode escape")
                    }
                    YAMLReader.appendUTF8(&out, v)
                    i += n
                case 0x0A, 0x20, 0x09, 0x0D:
                    if !multi { throw fail("invalid escape in string") }
                    while i < b.count && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D) {
                        if b[i] == 0x0A { line += 1 }
                        i += 1
                    }
                default:
                    throw fail("invalid escape in string '\\\(Character(Unicode.Scalar(e)))'")
                }
                continue
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
