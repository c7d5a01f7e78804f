/// Go's `strconv` quoting (`Quote`, `QuoteToASCII`, `QuoteRune`, `CanBackquote`) and
/// `unicode.IsPrint`, as `%q`, `%#q`, `%+q`, Sprig's `quote` and `js` need them.
///
/// Works on UTF-8 bytes so that invalid sequences (from `[]byte`) are escaped as
/// `\xNN` the way strconv does.
public enum GoQuote {
    static let lowerHex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `strconv.Quote(s)` (or `QuoteToASCII` when `asciiOnly`).
    public static func quote(_ s: String, asciiOnly: Bool = false) -> String {
        GoString.string(quote(bytes: GoString.bytes(s), asciiOnly: asciiOnly))
    }

    /// `strconv.AppendQuote` over raw bytes: `"` + escaped runes + `"`.
    public static func quote(bytes: [UInt8], asciiOnly: Bool) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(bytes.count + 2)
        var i = 0
        while i < bytes.count {
            let (r, size) = UTF8Decode.rune(bytes, at: i)
            if size == 1 && r == 0xFFFD {
                // Invalid byte: strconv writes it as \xNN.
                out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "x"))
                out.append(lowerHex[Int(bytes[i] >> 4)]); out.append(lowerHex[Int(bytes[i] & 0xF)])
                i += 1
                continue
            }
            appendEscapedRune(&out, r, quote: UInt8(ascii: "\""), asciiOnly: asciiOnly)
            i += size
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    /// `strconv.QuoteRune(r)` (or `QuoteRuneToASCII`): `'A'`, `'\n'`, `'☃'`.
    public static func quoteRune(_ r: UInt32, asciiOnly: Bool) -> [UInt8] {
        let rr = UTF8Decode.isValidRune(r) ? r : 0xFFFD
        var out: [UInt8] = [UInt8(ascii: "'")]
        appendEscapedRune(&out, rr, quote: UInt8(ascii: "'"), asciiOnly: asciiOnly)
        out.append(UInt8(ascii: "'"))
        return out
    }

    /// `strconv.CanBackquote`: no control characters other than tab, no backquote,
    /// no DEL, no invalid UTF-8 and no BOM.
    public static func canBackquote(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let (r, size) = UTF8Decode.rune(bytes, at: i)
            if size == 1 && r == 0xFFFD { return false }
            if size > 1 && r == 0xFEFF { return false }
            if (r < 0x20 && r != 0x09) || r == 0x60 || r == 0x7F { return false }
            i += size
        }
        return true
    }

    /// strconv's `appendEscapedRune`: the quote and backslash are backslashed,
    /// printable runes kept (ASCII only when asked), `\a \b \f \n \r \t \v`,
    /// `\xNN` below space and DEL, `\uNNNN`, `\UNNNNNNNN`.
    static func appendEscapedRune(_ out: inout [UInt8], _ r: UInt32, quote: UInt8, asciiOnly: Bool) {
        if r == UInt32(quote) || r == 0x5C {
            out.append(UInt8(ascii: "\\"))
            UTF8Decode.append(&out, r)
            return
        }
        if asciiOnly {
            if r < 0x80 && isPrint(r) { out.append(UInt8(r)); return }
        } else if isPrint(r) {
            UTF8Decode.append(&out, r)
            return
        }
        func esc(_ c: String) { out.append(UInt8(ascii: "\\")); out.append(contentsOf: Array(c.utf8)) }
        switch r {
        case 0x07: esc("a")
        case 0x08: esc("b")
        case 0x0C: esc("f")
        case 0x0A: esc("n")
        case 0x0D: esc("r")
        case 0x09: esc("t")
        case 0x0B: esc("v")
        default:
            if r < 0x20 || r == 0x7F {
                esc("x")
                out.append(lowerHex[Int((r >> 4) & 0xF)]); out.append(lowerHex[Int(r & 0xF)])
                return
            }
            let rr = UTF8Decode.isValidRune(r) ? r : 0xFFFD
            if rr < 0x10000 {
                esc("u")
                for shift in stride(from: 12, through: 0, by: -4) { out.append(lowerHex[Int((rr >> UInt32(shift)) & 0xF)]) }
            } else {
                esc("U")
                for shift in stride(from: 28, through: 0, by: -4) { out.append(lowerHex[Int((rr >> UInt32(shift)) & 0xF)]) }
            }
        }
    }

    /// Go's `unicode.IsPrint` (= `strconv.IsPrint`): letters, marks, numbers,
    /// punctuation, symbols and the ASCII space.
    public static func isPrint(_ r: UInt32) -> Bool {
        if r < 0x80 { return r >= 0x20 && r < 0x7F }
        if r <= 0xFF { return r >= 0xA1 && r != 0xAD }
        guard let scalar = Unicode.Scalar(r) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

/// Go's `unicode/utf8` decoding over bytes: invalid or truncated sequences decode to
/// U+FFFD with size 1, exactly as `utf8.DecodeRune`.
enum UTF8Decode {
    static func isValidRune(_ r: UInt32) -> Bool {
        r < 0xD800 || (r > 0xDFFF && r <= 0x10FFFF)
    }

    /// The rune starting at `i` and its byte length (`i` must be in range).
    static func rune(_ b: [UInt8], at i: Int) -> (UInt32, Int) {
        let c0 = b[i]
        if c0 < 0x80 { return (UInt32(c0), 1) }
        func cont(_ k: Int) -> UInt32? {
            guard i + k < b.count else { return nil }
            let c = b[i + k]
            return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
        }
        if c0 >= 0xC2 && c0 <= 0xDF {
            guard let c1 = cont(1) else { return (0xFFFD, 1) }
            return ((UInt32(c0 & 0x1F) << 6) | c1, 2)
        }
        if c0 >= 0xE0 && c0 <= 0xEF {
            guard let c1 = cont(1), let c2 = cont(2) else { return (0xFFFD, 1) }
            let r = (UInt32(c0 & 0x0F) << 12) | (c1 << 6) | c2
            if r < 0x800 || (r >= 0xD800 && r <= 0xDFFF) { return (0xFFFD, 1) }
            return (r, 3)
        }
        if c0 >= 0xF0 && c0 <= 0xF4 {
            guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return (0xFFFD, 1) }
            let r = (UInt32(c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if r < 0x10000 || r > 0x10FFFF { return (0xFFFD, 1) }
            return (r, 4)
        }
        return (0xFFFD, 1)
    }

    /// `utf8.AppendRune`: invalid runes become U+FFFD.
    static func append(_ out: inout [UInt8], _ r: UInt32) {
        let rr = isValidRune(r) ? r : 0xFFFD
        switch rr {
        case ..<0x80: out.append(UInt8(rr))
        case ..<0x800:
            out.append(UInt8(0xC0 | (rr >> 6))); out.append(UInt8(0x80 | (rr & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (rr >> 12))); out.append(UInt8(0x80 | ((rr >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (rr & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (rr >> 18))); out.append(UInt8(0x80 | ((rr >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((rr >> 6) & 0x3F))); out.append(UInt8(0x80 | (rr & 0x3F)))
        }
    }

    /// `utf8.RuneCount`: runes in `b`, each invalid byte counting as one.
    static func runeCount(_ b: [UInt8]) -> Int {
        var n = 0
        var j = 0
        while j < b.count {
            if b[j] < 0x80 { j += 1 } else { j += rune(b, at: j).1 }
            n += 1
        }
        return n
    }
}
