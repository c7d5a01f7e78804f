/// Go formatting helpers the YAML layer needs for its messages and strings.
enum YAMLGoSyntax {
    /// Go's `%#v` of a value decoded by go-yaml into `interface{}` (as it appears in
    /// `invalid map key: ...` and `unsupported map key ... value: ...`). Numbers are
    /// float64 here; integral ones print as Go ints would.
    static func yamlValue(_ v: Value, top: Bool) -> String {
        switch v {
        case .null: return top ? "<nil>" : "interface {}(nil)"
        case .bool(let b): return b ? "true" : "false"
        case .float64(let d):
            if d.isFinite && d == d.rounded() && Swift.abs(d) < 1e18 { return String(Int64(d)) }
            return GoFloat.formatG(d)
        case .string(let s): return GoQuote.quote(s)
        case .list(let l, _):
            return "[]interface {}{" + l.map { yamlValue($0, top: false) }.joined(separator: ", ") + "}"
        case .map(let m, _):
            let keys = m.goSortedKeys
            return "map[interface {}]interface {}{" + keys.map { GoQuote.quote($0) + ":" + yamlValue(m[$0] ?? .null, top: false) }.joined(separator: ", ") + "}"
        default:
            return GoFmt.formatValue(v)
        }
    }


    /// Go's conversion of bytes to a string as encoding/json sees it: each byte of an
    /// invalid UTF-8 sequence becomes one U+FFFD (`utf8.DecodeRune` width 1).
    static func stringFromBytes(_ b: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { out.append(c); i += 1; continue }
            var w = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            if c >= 0xC2 && c <= 0xDF { w = 2 }
            else if c >= 0xE0 && c <= 0xEF {
                w = 3
                if c == 0xE0 { lo = 0xA0 } else if c == 0xED { hi = 0x9F }
            } else if c >= 0xF0 && c <= 0xF4 {
                w = 4
                if c == 0xF0 { lo = 0x90 } else if c == 0xF4 { hi = 0x8F }
            }
            var ok = w > 0 && i + w <= n
            if ok {
                if b[i + 1] < lo || b[i + 1] > hi { ok = false }
                var k = 2
                while ok && k < w { if b[i + k] & 0xC0 != 0x80 { ok = false }; k += 1 }
            }
            if ok {
                out.append(contentsOf: b[i..<(i + w)])
                i += w
            } else {
                out.append(0xEF); out.append(0xBF); out.append(0xBD)
                i += 1
            }
        }
        return GoString.string(out)
    }
}

/// Go's `base64.StdEncoding.DecodeString`: padded standard alphabet; `\r` and `\n` are
/// ignored; anything else invalid fails.
enum YAMLBase64 {
    static func decode(_ input: [UInt8]) -> [UInt8]? {
        var vals: [UInt8] = []
        vals.reserveCapacity(input.count)
        var pad = 0
        for c in input {
            if c == 0x0A || c == 0x0D { continue }
            if c == UInt8(ascii: "=") { pad += 1; continue }
            if pad > 0 { return nil }
            let v: UInt8
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = c - 65
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = c - 97 + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = c - 48 + 52
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            default: return nil
            }
            vals.append(v)
        }
        let rem = vals.count % 4
        if pad > 2 || rem == 1 { return nil }
        if pad > 0 && (rem + pad) % 4 != 0 { return nil }
        if pad == 0 && rem != 0 { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(vals.count * 3 / 4)
        var i = 0
        while i + 4 <= vals.count {
            let n = UInt32(vals[i]) << 18 | UInt32(vals[i + 1]) << 12 | UInt32(vals[i + 2]) << 6 | UInt32(vals[i + 3])
            out.append(UInt8(n >> 16 & 0xFF)); out.append(UInt8(n >> 8 & 0xFF)); out.append(UInt8(n & 0xFF))
            i += 4
        }
        if rem == 2 {
            let n = UInt32(vals[i]) << 18 | UInt32(vals[i + 1]) << 12
            out.append(UInt8(n >> 16 & 0xFF))
        } else if rem == 3 {
            let n = UInt32(vals[i]) << 18 | UInt32(vals[i + 1]) << 12 | UInt32(vals[i + 2]) << 6
            out.append(UInt8(n >> 16 & 0xFF)); out.append(UInt8(n >> 8 & 0xFF))
        }
        return out
    }
}
