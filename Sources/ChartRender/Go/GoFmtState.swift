/// The raw formatter of Go's `fmt` package (`format.go`): flags, width, precision and
/// the padding, integer, string, quoting and float primitives, writing into one byte
/// buffer.
struct GoFmtState {
    var buf: [UInt8] = []

    var widPresent = false
    var precPresent = false
    var minus = false
    var plus = false
    var sharp = false
    var space = false
    var zero = false
    /// `%+v` and `%#v`: set for the verb `v`, with `plus`/`sharp` cleared.
    var plusV = false
    var sharpV = false
    var wid = 0
    var prec = 0

    static let ldigits: [UInt8] = Array("0123456789abcdefx".utf8)
    static let udigits: [UInt8] = Array("0123456789ABCDEFX".utf8)

    mutating func clearFlags() {
        widPresent = false; precPresent = false; minus = false; plus = false
        sharp = false; space = false; zero = false; plusV = false; sharpV = false
        wid = 0; prec = 0
    }

    mutating func write(_ s: String) { GoString.append(s, to: &buf) }

    /// `n` bytes of padding: zeros when the zero flag pads on the left, else spaces.
    mutating func writePadding(_ n: Int) {
        if n <= 0 { return }
        let byte = (zero && !minus) ? UInt8(ascii: "0") : UInt8(ascii: " ")
        buf.append(contentsOf: repeatElement(byte, count: n))
    }

    /// Appends `b` padded to the width (counted in runes), left or right.
    mutating func pad(_ b: [UInt8]) {
        if !widPresent || wid == 0 { buf.append(contentsOf: b); return }
        let width = wid - UTF8Decode.runeCount(b)
        if !minus {
            writePadding(width)
            buf.append(contentsOf: b)
        } else {
            buf.append(contentsOf: b)
            writePadding(width)
        }
    }

    mutating func padString(_ s: String) { pad(GoString.bytes(s)) }

    mutating func fmtBoolean(_ v: Bool) { padString(v ? "true" : "false") }

    /// `U+0078`, or with `#` `U+0078 'x'`; precision gives the minimum hex digits.
    mutating func fmtUnicode(_ u: UInt64) {
        var hex: [UInt8] = []
        var p = 4
        if precPresent && prec > 4 { p = prec }
        var x = u
        repeat {
            hex.append(GoFmtState.udigits[Int(x & 0xF)])
            x >>= 4
            p -= 1
        } while x > 0
        while p > 0 { hex.append(UInt8(ascii: "0")); p -= 1 }
        var out: [UInt8] = Array("U+".utf8)
        out.append(contentsOf: hex.reversed())
        if sharp && u <= 0x10FFFF && GoQuote.isPrint(UInt32(u)) {
            out.append(contentsOf: Array(" '".utf8))
            UTF8Decode.append(&out, UInt32(u))
            out.append(UInt8(ascii: "'"))
        }
        let oldZero = zero
        zero = false
        pad(out)
        zero = oldZero
    }

    /// Go's `fmtInteger`: base 2/8/10/16, precision or zero-flag leading zeros,
    /// `#` prefixes (`0b`, `0`, `0x`), `%O`'s `0o`, and the sign.
    mutating func fmtInteger(_ value: UInt64, base: Int, signed: Bool, verb: Unicode.Scalar, digits: [UInt8]) {
        var u = value
        let negative = signed && Int64(bitPattern: u) < 0
        if negative { u = 0 &- u }
        var p = 0
        if precPresent {
            p = prec
            // Precision 0 and value 0 print nothing but the padding.
            if p == 0 && u == 0 {
                let oldZero = zero
                zero = false
                writePadding(wid)
                zero = oldZero
                return
            }
        } else if zero && !minus && widPresent {
            p = wid
            if negative || plus || space { p -= 1 }
        }
        var rev: [UInt8] = []
        let b = UInt64(base)
        repeat {
            rev.append(digits[Int(u % b)])
            u /= b
        } while u > 0
        while rev.count < p { rev.append(UInt8(ascii: "0")) }
        if sharp {
            switch base {
            case 2: rev.append(UInt8(ascii: "b")); rev.append(UInt8(ascii: "0"))
            case 8: if rev.last != UInt8(ascii: "0") { rev.append(UInt8(ascii: "0")) }
            case 16: rev.append(digits[16]); rev.append(UInt8(ascii: "0"))
            default: break
            }
        }
        if verb == "O" { rev.append(UInt8(ascii: "o")); rev.append(UInt8(ascii: "0")) }
        if negative { rev.append(UInt8(ascii: "-")) } else if plus { rev.append(UInt8(ascii: "+")) } else if space { rev.append(UInt8(ascii: " ")) }
        let oldZero = zero
        zero = false
        pad(rev.reversed())
        zero = oldZero
    }

    /// Truncates to the precision, counted in runes.
    func truncate(_ b: [UInt8]) -> [UInt8] {
        guard precPresent else { return b }
        var n = prec
        var i = 0
        while i < b.count {
            n -= 1
            if n < 0 { return Array(b[0..<i]) }
            i += b[i] < 0x80 ? 1 : UTF8Decode.rune(b, at: i).1
        }
        return b
    }

    /// `%s` of a string or byte slice.
    mutating func fmtS(_ b: [UInt8]) { pad(truncate(b)) }

    /// `%x`/`%X` of a string or byte slice: two hex digits per byte, `# ` flags.
    mutating func fmtSbx(_ b: [UInt8], digits: [UInt8]) {
        var length = b.count
        if precPresent && prec < length { length = prec }
        var width = 2 * length
        if width > 0 {
            if space {
                if sharp { width *= 2 }
                width += length - 1
            } else if sharp {
                width += 2
            }
        } else {
            if widPresent { writePadding(wid) }
            return
        }
        if widPresent && wid > width && !minus { writePadding(wid - width) }
        if sharp { buf.append(UInt8(ascii: "0")); buf.append(digits[16]) }
        for i in 0..<length {
            if space && i > 0 {
                buf.append(UInt8(ascii: " "))
                if sharp { buf.append(UInt8(ascii: "0")); buf.append(digits[16]) }
            }
            let c = b[i]
            buf.append(digits[Int(c >> 4)]); buf.append(digits[Int(c & 0xF)])
        }
        if widPresent && wid > width && minus { writePadding(wid - width) }
    }

    /// `%q` of a string: `"..."`, ASCII-only with `+`, backquoted with `#` when possible.
    mutating func fmtQ(_ b: [UInt8]) {
        let s = truncate(b)
        if sharp && GoQuote.canBackquote(s) {
            var q: [UInt8] = [UInt8(ascii: "`")]
            q.append(contentsOf: s)
            q.append(UInt8(ascii: "`"))
            pad(q)
            return
        }
        pad(GoQuote.quote(bytes: s, asciiOnly: plus))
    }

    /// `%c`: the integer as a character (invalid code points print U+FFFD).
    mutating func fmtC(_ c: UInt64) {
        let r: UInt32 = c > 0x10FFFF ? 0xFFFD : UInt32(c)
        var out: [UInt8] = []
        UTF8Decode.append(&out, r)
        pad(out)
    }

    /// `%q` of an integer: a quoted Go rune literal.
    mutating func fmtQc(_ c: UInt64) {
        let r: UInt32 = c > 0x10FFFF ? 0xFFFD : UInt32(c)
        pad(GoQuote.quoteRune(r, asciiOnly: plus))
    }

    /// Go's `fmt.fmtFloat`: strconv formatting, sign handling (`+`, space), `#`
    /// restoring the point and trailing zeros, zero padding after the sign, and
    /// Inf/NaN never zero padded.
    mutating func fmtFloat(_ v: Double, verb: UInt8, prec defaultPrec: Int) {
        let p = precPresent ? prec : defaultPrec
        var num: [UInt8] = [UInt8(ascii: "+")]
        let formatted = GoStrconvFloat.format(v, fmt: verb, prec: p)
        if let first = formatted.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            num = formatted
        } else {
            num.append(contentsOf: formatted)
        }
        if space && num[0] == UInt8(ascii: "+") && !plus { num[0] = UInt8(ascii: " ") }
        if num.count > 1 && (num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N")) {
            let oldZero = zero
            zero = false
            if num[1] == UInt8(ascii: "N") && !space && !plus { num.removeFirst() }
            pad(num)
            zero = oldZero
            return
        }
        if sharp && verb != UInt8(ascii: "b") {
            var digits = 0
            if verb == UInt8(ascii: "v") || verb == UInt8(ascii: "g") || verb == UInt8(ascii: "G") || verb == UInt8(ascii: "x") {
                digits = p == -1 ? 6 : p
            }
            var tail: [UInt8] = []
            var hasPoint = false
            var sawNonzero = false
            var i = 1
            while i < num.count {
                let c = num[i]
                if c == UInt8(ascii: ".") {
                    hasPoint = true
                } else if c == UInt8(ascii: "p") || c == UInt8(ascii: "P")
                            || ((c == UInt8(ascii: "e") || c == UInt8(ascii: "E")) && verb != UInt8(ascii: "x") && verb != UInt8(ascii: "X")) {
                    // The exponent is kept aside; in hex formats e/E are digits.
                    tail = Array(num[i...])
                    num.removeSubrange(i...)
                    break
                } else {
                    if c != UInt8(ascii: "0") { sawNonzero = true }
                    if sawNonzero { digits -= 1 }
                }
                i += 1
            }
            if !hasPoint {
                if num.count == 2 && num[1] == UInt8(ascii: "0") { digits -= 1 }
                num.append(UInt8(ascii: "."))
            }
            while digits > 0 { num.append(UInt8(ascii: "0")); digits -= 1 }
            num.append(contentsOf: tail)
        }
        if plus || num[0] != UInt8(ascii: "+") {
            if zero && !minus && widPresent && wid > num.count {
                buf.append(num[0])
                writePadding(wid - num.count)
                buf.append(contentsOf: num[1...])
                return
            }
            pad(num)
            return
        }
        pad(Array(num[1...]))
    }
}
