/// Go strings are byte strings; Swift's `String` holds only valid Unicode. This is the
/// lossless bridge between the two, so `Value.string` can keep every byte Go keeps.
///
/// A Go string that is valid UTF-8 is stored as the same Swift string. A byte that is
/// not part of a valid UTF-8 sequence (from `"\xff"` literals, `randBytes | b64dec`,
/// byte-level `substr`/`trunc`, `.Files.Get` of a binary file, template text itself) is
/// stored as one *escape scalar*: byte `b` (always `0x80...0xFF`) becomes U+10FF00 + b, the
/// top 128 code points of Supplementary Private Use Area-B. This is Python's
/// "surrogateescape" (PEP 383) with private-use scalars in place of lone surrogates, which
/// Swift strings cannot hold.
///
/// The mapping is injective: a *valid* UTF-8 sequence in the input that itself encodes
/// an escape scalar (`F4 8F BE 80` ... `F4 8F BF BF`) is decoded as four escape scalars, one
/// per byte, so `bytes(string(b)) == b` for every byte sequence `b`. Output, `len`,
/// encoders, JSON/YAML writers and `strings.Map`-style functions work on the bytes and see
/// such a (vanishingly rare) character whole; a few rune-level functions (regexp classes,
/// printf widths, the xstrings case functions) still see it as four runes.
///
/// Where Go itself decodes runes, an invalid byte reads as U+FFFD (`range`, `strings.Map`,
/// `encoding/json`); `replacingInvalid` gives that view.
public enum GoString {
    /// First escape scalar (for byte 0x80); the last is U+10FFFF (byte 0xFF).
    static let escapeBase: UInt32 = 0x10FF00

    /// The Go bytes of a string value.
    public static func bytes(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        append(s, to: &out)
        return out
    }

    /// Appends the Go bytes of `s` to `out` (the executor's output buffer).
    public static func append(_ s: String, to out: inout [UInt8]) {
        // Every escape scalar starts with 0xF4; most strings have none.
        if !mayHoldEscapes(s) {
            out.append(contentsOf: s.utf8)
            return
        }
        for scalar in s.unicodeScalars {
            if let b = escapedByte(scalar) {
                out.append(b)
            } else {
                if let encoded = UTF8.encode(scalar) { out.append(contentsOf: encoded) }
            }
        }
    }

    /// The number of bytes `len` reports.
    public static func byteCount(_ s: String) -> Int {
        if !mayHoldEscapes(s) { return s.utf8.count }
        var n = 0
        for scalar in s.unicodeScalars { n += escapedByte(scalar) != nil ? 1 : UTF8.width(scalar) }
        return n
    }

    /// Whether the Go bytes of `s` are not valid UTF-8 (`!utf8.ValidString`). Escape
    /// scalars can also spell a valid character (U+10FF80 and up), which is valid.
    public static func hasInvalidBytes(_ s: String) -> Bool {
        guard mayHoldEscapes(s), s.unicodeScalars.contains(where: { escapedByte($0) != nil }) else { return false }
        let b = bytes(s)
        var i = 0
        while i < b.count {
            if b[i] < 0x80 { i += 1; continue }
            let (value, width) = decodeRune(b, at: i)
            if value == nil { return true }
            i += width
        }
        return false
    }

    /// Whether `s` has a 0xF4 byte, the first byte of every escape scalar (and of valid
    /// scalars from U+100000 up): a scan of the contiguous UTF-8, which native strings have.
    @inline(__always)
    static func mayHoldEscapes(_ s: String) -> Bool {
        if let found = s.utf8.withContiguousStorageIfAvailable({ $0.contains(0xF4) }) { return found }
        return s.utf8.contains(0xF4)
    }

    /// The string for Go bytes `b`, valid UTF-8 kept as is, other bytes escaped.
    public static func string<C: Collection>(_ b: C) -> String where C.Element == UInt8 {
        // ASCII (most template text and tokens) needs no check and no copy.
        if b.withContiguousStorageIfAvailable({ buf in !buf.contains { $0 >= 0x80 } }) == true {
            return String(decoding: b, as: UTF8.self)
        }
        let a = Array(b)
        // Find the first byte that needs escaping; most inputs have none.
        var i = 0
        while i < a.count {
            if a[i] < 0x80 { i += 1; continue }
            let (value, width) = decodeRune(a, at: i)
            guard let value, value < escapeBase + 0x80 else { break }
            i += width
        }
        if i == a.count { return String(decoding: a, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: String(decoding: a[0..<i], as: UTF8.self).unicodeScalars)
        while i < a.count {
            let (value, width) = decodeRune(a, at: i)
            if let value, value < escapeBase + 0x80, let scalar = Unicode.Scalar(value) {
                scalars.append(scalar)
            } else {
                // Invalid, or a valid encoding of an escape scalar: escape byte by byte.
                for k in i..<(i + width) { scalars.append(escapeScalar(a[k])) }
            }
            i += width
        }
        return String(scalars)
    }

    /// `s` with every byte that is not UTF-8 replaced by U+FFFD, one per byte, as Go's
    /// rune decoding (`range`, `strings.Map`, encoding/json) sees it.
    public static func replacingInvalid(_ s: String) -> String {
        guard hasInvalidBytes(s) else { return s }
        let b = bytes(s)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 8)
        var i = 0
        while i < b.count {
            if b[i] < 0x80 { out.append(b[i]); i += 1; continue }
            let (value, width) = decodeRune(b, at: i)
            if value == nil {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                out.append(contentsOf: b[i..<(i + width)])
            }
            i += width
        }
        return string(out)
    }

    /// The byte an escape scalar stands for, or nil for an ordinary scalar.
    @inline(__always)
    public static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        return v >= escapeBase + 0x80 ? UInt8(truncatingIfNeeded: v - escapeBase) : nil
    }

    @inline(__always)
    static func escapeScalar(_ byte: UInt8) -> Unicode.Scalar {
        // 0x10FF80...0x10FFFF are valid scalars, so the fallback never applies.
        Unicode.Scalar(escapeBase + UInt32(byte)) ?? "\u{FFFD}"
    }

    /// Go's `utf8.DecodeRune` at `i`: the scalar value and width, or nil and width 1 for
    /// an invalid byte.
    @inline(__always)
    static func decodeRune(_ a: [UInt8], at i: Int) -> (UInt32?, Int) {
        let (r, w) = UTF8Decode.rune(a, at: i)
        return r == 0xFFFD && w == 1 ? (nil, 1) : (r, w)
    }
}
