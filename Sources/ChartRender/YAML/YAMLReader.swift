/// The input stage of go-yaml v2 (`readerc.go`): detects the encoding from a BOM
/// (UTF-8, UTF-16LE, UTF-16BE), decodes to UTF-8, drops a leading UTF-8 BOM, and rejects
/// characters YAML forbids.
///
/// go-yaml checks the input lazily, chunk by chunk; chartr checks the whole input up
/// front, so a reader error is reported even when a syntax error comes earlier in a very
/// large file (the messages are the same). Reader errors carry no line number.
enum YAMLReader {
    /// Number of NUL bytes appended after the text: the scanner looks ahead at most a few
    /// characters and treats NUL as the end of the stream.
    static let padding = 8

    /// Returns validated UTF-8 bytes followed by `padding` NUL bytes.
    static func prepare(_ input: [UInt8]) throws -> [UInt8] {
        var out: [UInt8]
        if input.count >= 2 && input[0] == 0xFF && input[1] == 0xFE {
            out = try decodeUTF16(input, from: 2, bigEndian: false)
        } else if input.count >= 2 && input[0] == 0xFE && input[1] == 0xFF {
            out = try decodeUTF16(input, from: 2, bigEndian: true)
        } else {
            var start = 0
            if input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF { start = 3 }
            try validateUTF8(input, from: start)
            out = start == 0 ? input : Array(input[start...])
        }
        out.reserveCapacity(out.count + padding)
        for _ in 0..<padding { out.append(0) }
        return out
    }

    static func fail(_ problem: String) -> YAMLError {
        YAMLError(message: "yaml: " + problem)
    }

    /// The character ranges `yaml_parser_update_buffer` accepts:
    /// `#x9 | #xA | #xD | [#x20-#x7E] | #x85 | [#xA0-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
    @inline(__always)
    static func allowed(_ v: UInt32) -> Bool {
        if v >= 0x20 && v <= 0x7E { return true }
        if v == 0x09 || v == 0x0A || v == 0x0D || v == 0x85 { return true }
        if v >= 0xA0 && v <= 0xD7FF { return true }
        if v >= 0xE000 && v <= 0xFFFD { return true }
        return v >= 0x10000 && v <= 0x10FFFF
    }

    static func validateUTF8(_ b: [UInt8], from start: Int) throws {
        var i = start
        let n = b.count
        while i < n {
            let c = b[i]
            if c >= 0x20 && c <= 0x7E { i += 1; continue }
            let w: Int
            if c & 0x80 == 0 { w = 1 } else if c & 0xE0 == 0xC0 { w = 2 } else if c & 0xF0 == 0xE0 { w = 3 } else if c & 0xF8 == 0xF0 { w = 4 } else {
                throw fail("invalid leading UTF-8 octet")
            }
            if i + w > n { throw fail("incomplete UTF-8 octet sequence") }
            var v: UInt32
            switch w {
            case 1: v = UInt32(c)
            case 2: v = UInt32(c & 0x1F)
            case 3: v = UInt32(c & 0x0F)
            default: v = UInt32(c & 0x07)
            }
            var k = 1
            while k < w {
                let t = b[i + k]
                if t & 0xC0 != 0x80 { throw fail("invalid trailing UTF-8 octet") }
                v = (v << 6) | UInt32(t & 0x3F)
                k += 1
            }
            if !(w == 1 || (w == 2 && v >= 0x80) || (w == 3 && v >= 0x800) || (w == 4 && v >= 0x10000)) {
                throw fail("invalid length of a UTF-8 sequence")
            }
            if (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF { throw fail("invalid Unicode character") }
            if !allowed(v) { throw fail("control characters are not allowed") }
            i += w
        }
    }

    static func decodeUTF16(_ b: [UInt8], from start: Int, bigEndian: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = start
        let n = b.count
        func unit(_ at: Int) -> UInt32 {
            bigEndian ? (UInt32(b[at]) << 8 | UInt32(b[at + 1])) : (UInt32(b[at + 1]) << 8 | UInt32(b[at]))
        }
        while i < n {
            if i + 2 > n { throw fail("incomplete UTF-16 character") }
            var v = unit(i)
            if v & 0xFC00 == 0xDC00 { throw fail("unexpected low surrogate area") }
            if v & 0xFC00 == 0xD800 {
                if i + 4 > n { throw fail("incomplete UTF-16 surrogate pair") }
                let v2 = unit(i + 2)
                if v2 & 0xFC00 != 0xDC00 { throw fail("expected low surrogate area") }
                v = 0x10000 + ((v & 0x3FF) << 10) + (v2 & 0x3FF)
                i += 4
            } else {
                i += 2
            }
            if !allowed(v) { throw fail("control characters are not allowed") }
            appendUTF8(&out, v)
        }
        return out
    }

    @inline(__always)
    static func appendUTF8(_ out: inout [UInt8], _ v: UInt32) {
        if v <= 0x7F {
            out.append(UInt8(v))
        } else if v <= 0x7FF {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v <= 0xFFFF {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
