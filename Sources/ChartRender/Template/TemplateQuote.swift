/// Go's `strconv.Quote` (`%q` of a string), used in parse and exec error messages
/// (`unexpected "x" in operand`, `error during tpl function execution for "..."`).
enum TemplateQuote {
    static func quote(_ s: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x07: out += [0x5C, UInt8(ascii: "a")]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x0B: out += [0x5C, UInt8(ascii: "v")]
            case 0..<0x20, 0x7F:
                out += Array("\\x".utf8) + hex(v, width: 2)
            case 0x80..<0xA0:
                out += Array("\\u".utf8) + hex(v, width: 4)
            default:
                out += Array(String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ v: UInt32, width: Int) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var x = v
        var i = width - 1
        while i >= 0 {
            out[i] = digits[Int(x & 0xF)]
            x >>= 4
            i -= 1
        }
        return out
    }
}
