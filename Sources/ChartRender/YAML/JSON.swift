/// Go's `encoding/json` as Helm and Sprig reach it: `json.Marshal` (sorted map keys,
/// HTML escaping of `<>&`, U+2028/2029 escaped, floats in 'f' form unless tiny or huge),
/// `json.MarshalIndent`, and `json.Unmarshal` into `interface{}` (numbers become float64).
public enum JSON {
    /// Marshalling options: `escapeHTML` (Marshal's default; `toRawJson` turns it off) and
    /// an indent (`MarshalIndent(v, "", indent)`; empty for compact output).
    public struct Options: Sendable {
        public var escapeHTML: Bool
        public var indent: String
        public init(escapeHTML: Bool = true, indent: String = "") {
            self.escapeHTML = escapeHTML
            self.indent = indent
        }
    }

    /// `json.Marshal(v)` (or `MarshalIndent`). Throws `json: unsupported value: NaN` for
    /// non-finite floats.
    public static func encode(_ v: Value, _ options: Options = Options()) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        if needsLargeStack(v) {
            try LargeStack.run { try write(v, &out, options, level: 0) }
        } else {
            try write(v, &out, options, level: 0)
        }
        return GoString.string(out)
    }

    /// Whether a value is nested deeply enough to need `LargeStack` for recursive walks.
    static func needsLargeStack(_ v: Value) -> Bool {
        func depth(_ v: Value, _ d: Int) -> Bool {
            if d > 150 { return true }
            switch v {
            case .list(let l, _): return l.contains { depth($0, d + 1) }
            case .map(let m, _): return m.values.contains { depth($0, d + 1) }
            default: return false
            }
        }
        return depth(v, 0)
    }

    private static func newline(_ out: inout [UInt8], _ options: Options, _ level: Int) {
        out.append(0x0A)
        for _ in 0..<level { out.append(contentsOf: options.indent.utf8) }
    }

    static func write(_ v: Value, _ out: inout [UInt8], _ options: Options, level: Int) throws {
        switch v {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .int64(let i): out.append(contentsOf: String(i).utf8)
        case .uint64(let i): out.append(contentsOf: String(i).utf8)
        case .intN(let i, let t):
            if t == .float32 {
                out.append(contentsOf: GoFloat.formatJSON(Double(i)).utf8)
            } else {
                out.append(contentsOf: String(i).utf8)
            }
        case .float64(let d):
            if !d.isFinite { throw YAMLError(message: "json: unsupported value: " + GoFloat.formatG(d)) }
            out.append(contentsOf: GoFloat.formatJSON(d).utf8)
        case .string(let s): writeString(s, &out, escapeHTML: options.escapeHTML)
        case .bytes(let b): writeString(base64(b), &out, escapeHTML: false)
        case .list(let items, _):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (i, x) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if !options.indent.isEmpty { newline(&out, options, level + 1) }
                try write(x, &out, options, level: level + 1)
            }
            if !options.indent.isEmpty { newline(&out, options, level) }
            out.append(UInt8(ascii: "]"))
        case .map(let m, _):
            if m.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (i, k) in m.goSortedKeys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if !options.indent.isEmpty { newline(&out, options, level + 1) }
                writeString(k, &out, escapeHTML: options.escapeHTML)
                out.append(UInt8(ascii: ":"))
                if !options.indent.isEmpty { out.append(0x20) }
                try write(m[k] ?? .null, &out, options, level: level + 1)
            }
            if !options.indent.isEmpty { newline(&out, options, level) }
            out.append(UInt8(ascii: "}"))
        case .object(let o):
            if let j = o.jsonValue {
                try write(j, &out, options, level: level)
            } else {
                out.append(contentsOf: "{}".utf8)
            }
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// encoding/json's string encoding (Go 1.22+: `\b` and `\f` short escapes).
    static func writeString(_ s: String, _ out: inout [UInt8], escapeHTML: Bool) {
        out.append(UInt8(ascii: "\""))
        var utf8 = GoString.bytes(s)
        utf8.append(0)
        var i = 0
        let n = utf8.count - 1
        while i < n {
            let c = utf8[i]
            if c < 0x80 {
                switch c {
                case UInt8(ascii: "\""): out.append(0x5C); out.append(c)
                case UInt8(ascii: "\\"): out.append(0x5C); out.append(c)
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                    if escapeHTML {
                        out.append(contentsOf: "\\u00".utf8)
                        out.append(hexDigits[Int(c >> 4)]); out.append(hexDigits[Int(c & 0xF)])
                    } else {
                        out.append(c)
                    }
                default:
                    if c < 0x20 {
                        out.append(contentsOf: "\\u00".utf8)
                        out.append(hexDigits[Int(c >> 4)]); out.append(hexDigits[Int(c & 0xF)])
                    } else {
                        out.append(c)
                    }
                }
                i += 1
                continue
            }
            let (r, width) = UTF8Decode.rune(utf8, at: i)
            if r == 0xFFFD && width == 1 {
                // A byte that is not UTF-8: encoding/json writes `\ufffd`.
                out.append(contentsOf: "\\ufffd".utf8)
            } else if r == 0x2028 || r == 0x2029 {
                // Escaped even without HTML escaping.
                out.append(contentsOf: (r == 0x2028 ? "\\u2028" : "\\u2029").utf8)
            } else {
                out.append(contentsOf: utf8[i..<(i + width)])
            }
            i += width
        }
        out.append(UInt8(ascii: "\""))
    }

    static func base64(_ b: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i + 3 <= b.count {
            let n = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])
            out.append(table[Int(n >> 18 & 63)]); out.append(table[Int(n >> 12 & 63)])
            out.append(table[Int(n >> 6 & 63)]); out.append(table[Int(n & 63)])
            i += 3
        }
        let rem = b.count - i
        if rem == 1 {
            let n = UInt32(b[i]) << 16
            out.append(table[Int(n >> 18 & 63)]); out.append(table[Int(n >> 12 & 63)])
            out.append(contentsOf: "==".utf8)
        } else if rem == 2 {
            let n = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8
            out.append(table[Int(n >> 18 & 63)]); out.append(table[Int(n >> 12 & 63)])
            out.append(table[Int(n >> 6 & 63)]); out.append(UInt8(ascii: "="))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `json.Unmarshal(data, &v)` with `v interface{}`: objects → `map[string]interface {}`,
    /// arrays → `[]interface {}`, numbers → float64. Errors carry encoding/json's text
    /// (`invalid character 'x' looking for beginning of value`, `unexpected end of JSON
    /// input`, `json: cannot unmarshal number 1e999 into Go value of type float64`).
    public static func decode(_ bytes: [UInt8]) throws -> Value {
        var p = JSONDecoder(bytes)
        if JSONDecoder.depthEstimate(bytes) > 150 {
            return try LargeStack.run { try p.decodeTop() }
        }
        return try p.decodeTop()
    }

    /// `json.Decoder.Decode` into `interface{}`: the first value of `bytes` (white space
    /// before it skipped) and how many bytes it took; whatever follows is the caller's.
    public static func decodePrefix(_ bytes: [UInt8]) throws -> (Value, Int) {
        var p = JSONDecoder(bytes)
        if JSONDecoder.depthEstimate(bytes) > 150 {
            return try LargeStack.run { try p.decodePrefix() }
        }
        return try p.decodePrefix()
    }
}
