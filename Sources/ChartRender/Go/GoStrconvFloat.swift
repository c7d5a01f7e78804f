#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `strconv.AppendFloat(v, fmt, prec, 64)` for the `e`, `E`, `f`, `g`, `G` formats,
/// shortest (`prec < 0`) or with a precision.
///
/// Digits: the shortest ones come from `GoFloat.shortestDigits`; correctly rounded
/// digits for a precision come from C's `printf` (glibc rounds the exact binary value,
/// half to even, as strconv's decimal rounding does). The layout is strconv's
/// (`%e` exponent with at least two digits, `%g` dropping trailing zeros, `+Inf`).
enum GoStrconvFloat {
    /// The formatted number, with a leading `-` when negative.
    static func format(_ v: Double, fmt: UInt8, prec: Int) -> [UInt8] {
        if v.isNaN { return Array("NaN".utf8) }
        if v.isInfinite { return Array((v < 0 ? "-Inf" : "+Inf").utf8) }
        let neg = v.sign == .minus
        if fmt == UInt8(ascii: "b") || fmt == UInt8(ascii: "x") || fmt == UInt8(ascii: "X") {
            return formatBits(v, fmt: fmt, prec: prec)
        }
        var prec = prec
        var digits: [UInt8]
        var dp: Int
        let shortest = prec < 0
        let lower = fmt | 0x20
        if shortest {
            (digits, dp) = GoFloat.shortestDigits(v)
            switch lower {
            case UInt8(ascii: "e"): prec = max(digits.count - 1, 0)
            case UInt8(ascii: "f"): prec = max(digits.count - dp, 0)
            default: prec = digits.count
            }
        } else {
            switch lower {
            case UInt8(ascii: "e"): (digits, dp) = significantDigits(Swift.abs(v), prec + 1)
            case UInt8(ascii: "f"): (digits, dp) = fixedDigits(Swift.abs(v), prec)
            default:
                if prec == 0 { prec = 1 }
                (digits, dp) = significantDigits(Swift.abs(v), prec)
            }
        }
        switch lower {
        case UInt8(ascii: "e"):
            return layoutE(neg: neg, digits: digits, dp: dp, prec: prec, fmt: fmt)
        case UInt8(ascii: "f"):
            return layoutF(neg: neg, digits: digits, dp: dp, prec: prec)
        default:
            // %e is used if the exponent is < -4 or >= the precision (6 when shortest).
            var eprec = prec
            if eprec > digits.count && digits.count >= dp { eprec = digits.count }
            if shortest { eprec = 6 }
            let exp = dp - 1
            if exp < -4 || exp >= eprec {
                if prec > digits.count { prec = digits.count }
                return layoutE(neg: neg, digits: digits, dp: dp, prec: prec - 1, fmt: fmt &+ (UInt8(ascii: "e") &- UInt8(ascii: "g")))
            }
            if prec > dp { prec = digits.count }
            return layoutF(neg: neg, digits: digits, dp: dp, prec: max(prec - dp, 0))
        }
    }

    /// strconv's binary formats of the IEEE bits: `b` (`4503599627370496p-52`, decimal
    /// mantissa and binary exponent) and `x`/`X` (`0x1.8p+00`, hex mantissa rounded to
    /// `prec` hex digits when `0 <= prec < 15`).
    static func formatBits(_ v: Double, fmt: UInt8, prec: Int) -> [UInt8] {
        let bits = v.bitPattern
        let neg = bits >> 63 != 0
        var exp = Int((bits >> 52) & 0x7FF)
        var mant = bits & ((1 << 52) - 1)
        if exp == 0 { exp += 1 } else { mant |= 1 << 52 }
        exp -= 1023
        var out: [UInt8] = []
        if fmt == UInt8(ascii: "b") {
            if neg { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: Array(String(mant).utf8))
            exp -= 52
            out.append(UInt8(ascii: "p"))
            if exp >= 0 { out.append(UInt8(ascii: "+")) }
            out.append(contentsOf: Array(String(exp).utf8))
            return out
        }
        if mant == 0 { exp = 0 }
        // Put the leading 1 (if any) at bit 60.
        mant <<= 8
        while mant != 0 && mant & (1 << 60) == 0 {
            mant <<= 1
            exp -= 1
        }
        if prec >= 0 && prec < 15 {
            let shift = UInt64(prec * 4)
            let extra = (mant << shift) & ((1 << 60) - 1)
            mant >>= 60 - shift
            if extra | (mant & 1) > 1 << 59 { mant += 1 }
            mant <<= 60 - shift
            if mant & (1 << 61) != 0 {
                mant >>= 1
                exp += 1
            }
        }
        let hex: [UInt8] = fmt == UInt8(ascii: "X") ? Array("0123456789ABCDEF".utf8) : Array("0123456789abcdef".utf8)
        if neg { out.append(UInt8(ascii: "-")) }
        out.append(UInt8(ascii: "0")); out.append(fmt)
        out.append(UInt8(ascii: "0") + UInt8((mant >> 60) & 1))
        mant <<= 4
        if prec < 0 && mant != 0 {
            out.append(UInt8(ascii: "."))
            while mant != 0 {
                out.append(hex[Int((mant >> 60) & 15)])
                mant <<= 4
            }
        } else if prec > 0 {
            out.append(UInt8(ascii: "."))
            for _ in 0..<prec {
                out.append(hex[Int((mant >> 60) & 15)])
                mant <<= 4
            }
        }
        out.append(fmt == UInt8(ascii: "X") ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        if exp < 0 { out.append(UInt8(ascii: "-")); exp = -exp } else { out.append(UInt8(ascii: "+")) }
        if exp < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(exp).utf8))
        return out
    }

    /// `d.ddddde±XX` with `prec` digits after the point.
    static func layoutE(neg: Bool, digits: [UInt8], dp: Int, prec: Int, fmt: UInt8) -> [UInt8] {
        var out: [UInt8] = []
        if neg { out.append(UInt8(ascii: "-")) }
        out.append(digits.first ?? UInt8(ascii: "0"))
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            var i = 1
            let m = min(digits.count, prec + 1)
            while i < m { out.append(digits[i]); i += 1 }
            while i <= prec { out.append(UInt8(ascii: "0")); i += 1 }
        }
        out.append(fmt)
        var exp = digits.isEmpty ? 0 : dp - 1
        if exp < 0 { out.append(UInt8(ascii: "-")); exp = -exp } else { out.append(UInt8(ascii: "+")) }
        if exp < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(exp).utf8))
        return out
    }

    /// `ddd.ddd` with `prec` digits after the point.
    static func layoutF(neg: Bool, digits: [UInt8], dp: Int, prec: Int) -> [UInt8] {
        var out: [UInt8] = []
        if neg { out.append(UInt8(ascii: "-")) }
        if dp > 0 {
            var i = 0
            while i < dp { out.append(i < digits.count ? digits[i] : UInt8(ascii: "0")); i += 1 }
        } else {
            out.append(UInt8(ascii: "0"))
        }
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...prec {
                let j = dp + i - 1
                out.append(j >= 0 && j < digits.count ? digits[j] : UInt8(ascii: "0"))
            }
        }
        return out
    }

    /// `n` significant digits of `a >= 0`, correctly rounded, trailing zeros dropped.
    static func significantDigits(_ a: Double, _ n: Int) -> ([UInt8], Int) {
        let text = cFormat("%.*e", max(n - 1, 0), a)
        var digits: [UInt8] = []
        var exp = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == UInt8(ascii: "e") {
                var sign = 1
                var j = i + 1
                if j < text.count, text[j] == UInt8(ascii: "-") { sign = -1; j += 1 } else if j < text.count, text[j] == UInt8(ascii: "+") { j += 1 }
                var e = 0
                while j < text.count, text[j] >= 48, text[j] <= 57 { e = e * 10 + Int(text[j] - 48); j += 1 }
                exp = sign * e
                break
            }
            if c >= 48 && c <= 57 { digits.append(c) }
            i += 1
        }
        return normalize(digits, dp: exp + 1)
    }

    /// Digits of `a >= 0` rounded to `prec` places after the point.
    static func fixedDigits(_ a: Double, _ prec: Int) -> ([UInt8], Int) {
        let text = cFormat("%.*f", prec, a)
        var digits: [UInt8] = []
        var dp = -1
        for c in text {
            if c == UInt8(ascii: ".") { dp = digits.count } else if c >= 48 && c <= 57 { digits.append(c) }
        }
        if dp < 0 { dp = digits.count }
        return normalize(digits, dp: dp)
    }

    /// Strips leading zeros (moving the point) and trailing zeros, as strconv's decimal.
    static func normalize(_ d: [UInt8], dp: Int) -> ([UInt8], Int) {
        var lead = 0
        while lead < d.count, d[lead] == UInt8(ascii: "0") { lead += 1 }
        var end = d.count
        while end > lead, d[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if lead == end { return ([], 0) }
        return (Array(d[lead..<end]), dp - lead)
    }

    /// C `snprintf(format, prec, a)` as bytes.
    static func cFormat(_ format: String, _ prec: Int, _ a: Double) -> [UInt8] {
        let p = Int32(clamping: min(prec, 1_000_000))
        var size = 64 + Int(p) + 340
        while true {
            var buf = [CChar](repeating: 0, count: size)
            let n = buf.withUnsafeMutableBufferPointer { bp -> Int32 in
                withVaList([p, a]) { va in vsnprintf(bp.baseAddress, size, format, va) }
            }
            if n < 0 { return [] }
            if Int(n) < size {
                return buf[0..<Int(n)].map { UInt8(bitPattern: $0) }
            }
            size = Int(n) + 1
        }
    }
}
