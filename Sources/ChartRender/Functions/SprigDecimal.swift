/// The part of shopspring/decimal that Sprig's float math (`addf`, `subf`, `mulf`,
/// `divf`, `add1f`) goes through: each operand becomes the exact decimal of its
/// shortest float64 text (`decimal.NewFromFloat`), the operation is exact (division:
/// 16 fractional digits, rounded half away from zero), and the result goes back to the
/// nearest float64. That is why `addf 0.1 0.2` is `0.3`.
///
/// A value is `sign * digits * 10^exp` with `digits` a big-endian array of decimal
/// digits (no leading zeros; empty for zero).
struct SprigDecimal {
    var negative: Bool
    var digits: [UInt8]
    var exp: Int

    static let zero = SprigDecimal(negative: false, digits: [], exp: 0)

    /// `decimal.NewFromFloat`: the shortest decimal that reads back as `d`.
    /// NaN and infinities are refused, as decimal panics on them.
    init(float d: Double) throws {
        if d.isNaN || d.isInfinite {
            throw FunctionError("Cannot create a Decimal from " + GoFloat.formatG(d))
        }
        let (ds, dp) = GoFloat.shortestDigits(d)
        negative = d.sign == .minus && !ds.isEmpty
        digits = ds.map { $0 - 48 }
        exp = dp - ds.count
        normalize()
    }

    init(negative: Bool, digits: [UInt8], exp: Int) {
        self.negative = negative
        self.digits = digits
        self.exp = exp
        normalize()
    }

    var isZero: Bool { digits.isEmpty }

    private mutating func normalize() {
        var lead = 0
        while lead < digits.count && digits[lead] == 0 { lead += 1 }
        if lead > 0 { digits.removeFirst(lead) }
        if digits.isEmpty { negative = false; exp = 0 }
    }

    /// The nearest float64 (decimal's `Float64()`, an exact rational rounding).
    var double: Double {
        if digits.isEmpty { return 0 }
        var text = negative ? "-" : ""
        text.reserveCapacity(digits.count + 8)
        text += String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
        text += "e" + String(exp)
        return Double(text) ?? 0
    }

    // MARK: magnitude arithmetic on digit arrays

    /// Digits of `a` scaled by 10^shift.
    private static func shifted(_ a: [UInt8], _ shift: Int) -> [UInt8] {
        shift <= 0 ? a : a + [UInt8](repeating: 0, count: shift)
    }

    private static func compareMag(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in 0..<a.count where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return 0
    }

    private static func addMag(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: max(a.count, b.count) + 1)
        var i = a.count - 1, j = b.count - 1, k = out.count - 1
        var carry: UInt8 = 0
        while k >= 0 {
            var s = carry
            if i >= 0 { s += a[i]; i -= 1 }
            if j >= 0 { s += b[j]; j -= 1 }
            out[k] = s % 10
            carry = s / 10
            k -= 1
        }
        return out
    }

    /// a - b for |a| >= |b|.
    private static func subMag(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        var out = a
        var borrow: Int = 0
        var j = b.count - 1
        var i = a.count - 1
        while i >= 0 {
            var d = Int(out[i]) - borrow - (j >= 0 ? Int(b[j]) : 0)
            if d < 0 { d += 10; borrow = 1 } else { borrow = 0 }
            out[i] = UInt8(d)
            i -= 1
            j -= 1
        }
        return out
    }

    private static func mulMag(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        if a.isEmpty || b.isEmpty { return [] }
        var acc = [Int](repeating: 0, count: a.count + b.count)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                acc[i + j + 1] += Int(a[i]) * Int(b[j])
            }
        }
        var carry = 0
        for k in stride(from: acc.count - 1, through: 0, by: -1) {
            let s = acc[k] + carry
            acc[k] = s % 10
            carry = s / 10
        }
        return acc.map { UInt8($0) }
    }

    /// Long division of magnitudes: (quotient, remainder).
    private static func divMag(_ a: [UInt8], _ b: [UInt8]) -> ([UInt8], [UInt8]) {
        var q: [UInt8] = []
        var r: [UInt8] = []
        for d in a {
            r.append(d)
            var lead = 0
            while lead < r.count && r[lead] == 0 { lead += 1 }
            if lead > 0 { r.removeFirst(lead) }
            var count: UInt8 = 0
            while compareMag(r, b) >= 0 {
                r = subMag(r, b)
                var z = 0
                while z < r.count && r[z] == 0 { z += 1 }
                if z > 0 { r.removeFirst(z) }
                count += 1
            }
            q.append(count)
        }
        return (q, r)
    }

    // MARK: operations

    static func + (x: SprigDecimal, y: SprigDecimal) -> SprigDecimal {
        if x.isZero { return y }
        if y.isZero { return x }
        let e = min(x.exp, y.exp)
        let a = shifted(x.digits, x.exp - e)
        let b = shifted(y.digits, y.exp - e)
        if x.negative == y.negative {
            return SprigDecimal(negative: x.negative, digits: addMag(a, b), exp: e)
        }
        let c = compareMag(a, b)
        if c == 0 { return .zero }
        if c > 0 { return SprigDecimal(negative: x.negative, digits: subMag(a, b), exp: e) }
        return SprigDecimal(negative: y.negative, digits: subMag(b, a), exp: e)
    }

    static prefix func - (x: SprigDecimal) -> SprigDecimal {
        SprigDecimal(negative: !x.negative, digits: x.digits, exp: x.exp)
    }

    static func - (x: SprigDecimal, y: SprigDecimal) -> SprigDecimal { x + (-y) }

    static func * (x: SprigDecimal, y: SprigDecimal) -> SprigDecimal {
        SprigDecimal(negative: x.negative != y.negative, digits: mulMag(x.digits, y.digits), exp: x.exp + y.exp)
    }

    /// decimal's `Div`: `DivRound(d2, 16)`, half away from zero; "decimal division by 0".
    func divided(by y: SprigDecimal) throws -> SprigDecimal {
        if y.isZero { throw FunctionError("decimal division by 0") }
        if isZero { return .zero }
        let precision = 16
        // q = trunc(|x| / |y|) at 10^-precision: |x| * 10^(x.exp - y.exp + precision) / |y|
        let shift = exp - y.exp + precision
        var num = digits
        var den = y.digits
        if shift >= 0 { num = SprigDecimal.shifted(num, shift) } else { den = SprigDecimal.shifted(den, -shift) }
        let (q, r) = SprigDecimal.divMag(num, den)
        var quotient = SprigDecimal(negative: negative != y.negative, digits: q, exp: -precision)
        // Round half away from zero: compare 2r with the divisor.
        let twiceR = SprigDecimal.addMag(r, r)
        var t = 0
        var trimmed = twiceR
        while t < trimmed.count && trimmed[t] == 0 { t += 1 }
        trimmed.removeFirst(t)
        if SprigDecimal.compareMag(trimmed, den) >= 0 {
            let ulp = SprigDecimal(negative: negative != y.negative, digits: [1], exp: -precision)
            quotient = quotient + ulp
        }
        return quotient
    }
}
