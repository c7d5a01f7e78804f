/// An arbitrary-precision unsigned integer: little-endian 64-bit limbs, always normalised
/// (no zero limb at the top; zero is the empty array).
///
/// Only what RSA, ECDSA, Ed25519 and the pi digits of Blowfish need: comparison, add,
/// subtract, schoolbook multiply, shift-subtract division (cost proportional to the
/// quotient's bit length, which keeps the extended Euclid of `modInverse` linear per step),
/// big-endian byte conversion. Modular exponentiation lives in `Montgomery`.
struct BigUInt: Equatable {
    var limbs: [UInt64]

    init() { limbs = [] }

    init(_ v: UInt64) { limbs = v == 0 ? [] : [v] }

    init(limbs: [UInt64]) {
        self.limbs = limbs
        normalize()
    }

    /// From big-endian bytes (leading zeros allowed).
    init(bytes: [UInt8]) {
        var out = [UInt64](repeating: 0, count: (bytes.count + 7) / 8)
        var bit = 0
        for b in bytes.reversed() {
            out[bit >> 6] |= UInt64(b) << UInt64(bit & 63)
            bit += 8
        }
        self.init(limbs: out)
    }

    /// From a hex string (test vectors and curve constants); invalid digits count as 0.
    init(hex: String) {
        var bytes: [UInt8] = []
        var digits = Array(hex.utf8).compactMap { c -> UInt8? in
            switch c {
            case 48...57: return c - 48
            case 65...70: return c - 55
            case 97...102: return c - 87
            default: return nil
            }
        }
        if digits.count % 2 == 1 { digits.insert(0, at: 0) }
        var i = 0
        while i + 1 < digits.count {
            bytes.append(digits[i] << 4 | digits[i + 1])
            i += 2
        }
        self.init(bytes: bytes)
    }

    mutating func normalize() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    var isZero: Bool { limbs.isEmpty }
    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    /// Number of significant bits.
    var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    func bit(_ i: Int) -> Bool {
        let l = i >> 6
        guard i >= 0, l < limbs.count else { return false }
        return (limbs[l] >> UInt64(i & 63)) & 1 == 1
    }

    /// Big-endian bytes, left-padded with zeros to `count` (minimal length when nil).
    func bytes(count: Int? = nil) -> [UInt8] {
        let minimal = (bitWidth + 7) / 8
        let n = max(count ?? minimal, minimal)
        var out = [UInt8](repeating: 0, count: n)
        for i in 0..<minimal {
            let limb = limbs[i >> 3]
            out[n - 1 - i] = UInt8(truncatingIfNeeded: limb >> UInt64((i & 7) * 8))
        }
        return out
    }

    static func compare(_ a: BigUInt, _ b: BigUInt) -> Int {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
        var i = a.limbs.count - 1
        while i >= 0 {
            if a.limbs[i] != b.limbs[i] { return a.limbs[i] < b.limbs[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func < (a: BigUInt, b: BigUInt) -> Bool { compare(a, b) < 0 }
    static func >= (a: BigUInt, b: BigUInt) -> Bool { compare(a, b) >= 0 }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        let n = max(a.limbs.count, b.limbs.count)
        var out = [UInt64](repeating: 0, count: n + 1)
        var carry: UInt64 = 0
        for i in 0..<n {
            let x = i < a.limbs.count ? a.limbs[i] : 0
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (s1, o1) = x.addingReportingOverflow(y)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        out[n] = carry
        return BigUInt(limbs: out)
    }

    /// `a - b`; the caller guarantees `a >= b` (otherwise the result wraps and is meaningless).
    static func - (a: BigUInt, b: BigUInt) -> BigUInt {
        var out = a.limbs
        var borrow: UInt64 = 0
        for i in 0..<out.count {
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (d1, o1) = out[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        return BigUInt(limbs: out)
    }

    static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        if a.isZero || b.isZero { return BigUInt() }
        var out = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in 0..<a.limbs.count {
            var carry: UInt64 = 0
            let ai = a.limbs[i]
            for j in 0..<b.limbs.count {
                let (h, l) = ai.multipliedFullWidth(by: b.limbs[j])
                let (s1, o1) = l.addingReportingOverflow(out[i + j])
                let (s2, o2) = s1.addingReportingOverflow(carry)
                out[i + j] = s2
                carry = h &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            out[i + b.limbs.count] = carry
        }
        return BigUInt(limbs: out)
    }

    static func << (a: BigUInt, n: Int) -> BigUInt {
        if a.isZero || n <= 0 { return a }
        let ws = n >> 6, bs = UInt64(n & 63)
        var out = [UInt64](repeating: 0, count: a.limbs.count + ws + 1)
        for i in 0..<a.limbs.count {
            out[i + ws] |= a.limbs[i] << bs
            if bs != 0 { out[i + ws + 1] |= a.limbs[i] >> (64 - bs) }
        }
        return BigUInt(limbs: out)
    }

    static func >> (a: BigUInt, n: Int) -> BigUInt {
        if n <= 0 { return a }
        let ws = n >> 6, bs = UInt64(n & 63)
        if ws >= a.limbs.count { return BigUInt() }
        var out = [UInt64](repeating: 0, count: a.limbs.count - ws)
        for i in 0..<out.count {
            out[i] = a.limbs[i + ws] >> bs
            if bs != 0, i + ws + 1 < a.limbs.count { out[i] |= a.limbs[i + ws + 1] << (64 - bs) }
        }
        return BigUInt(limbs: out)
    }

    /// Quotient and remainder; division by zero gives (0, a).
    static func divMod(_ a: BigUInt, _ b: BigUInt) -> (BigUInt, BigUInt) {
        if b.isZero || a < b { return (BigUInt(), a) }
        let shift = a.bitWidth - b.bitWidth
        var rem = a.limbs
        var d = (b << shift).limbs
        d.append(contentsOf: [UInt64](repeating: 0, count: max(0, rem.count - d.count)))
        var q = [UInt64](repeating: 0, count: shift / 64 + 1)
        var s = shift
        while s >= 0 {
            if geq(rem, d) {
                subInPlace(&rem, d)
                q[s >> 6] |= 1 << UInt64(s & 63)
            }
            shr1(&d)
            s -= 1
        }
        return (BigUInt(limbs: q), BigUInt(limbs: rem))
    }

    static func % (a: BigUInt, b: BigUInt) -> BigUInt { divMod(a, b).1 }
    static func / (a: BigUInt, b: BigUInt) -> BigUInt { divMod(a, b).0 }

    /// Remainder by a small divisor (nonzero).
    func mod(_ m: UInt64) -> UInt64 {
        var r: UInt64 = 0
        var i = limbs.count - 1
        while i >= 0 {
            r = m.dividingFullWidth((r, limbs[i])).remainder
            i -= 1
        }
        return r
    }

    /// In-place division by a small nonzero divisor.
    mutating func divide(by m: UInt64) {
        var r: UInt64 = 0
        var i = limbs.count - 1
        while i >= 0 {
            let (q, rr) = m.dividingFullWidth((r, limbs[i]))
            limbs[i] = q
            r = rr
            i -= 1
        }
        normalize()
    }

    /// Modular inverse of `a` modulo `m` (extended Euclid, coefficients kept reduced mod m);
    /// nil when gcd(a, m) != 1.
    static func modInverse(_ a: BigUInt, _ m: BigUInt) -> BigUInt? {
        if m.isZero { return nil }
        var r0 = m, r1 = a % m
        var t0 = BigUInt(), t1 = BigUInt(1)
        while !r1.isZero {
            let (q, r) = divMod(r0, r1)
            r0 = r1
            r1 = r
            let qt = (q * t1) % m
            let next = t0 >= qt ? t0 - qt : (t0 + m) - qt
            t0 = t1
            t1 = next
        }
        return r0 == BigUInt(1) ? t0 : nil
    }

    private static func geq(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        var i = max(a.count, b.count) - 1
        while i >= 0 {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            if x != y { return x > y }
            i -= 1
        }
        return true
    }

    private static func subInPlace(_ a: inout [UInt64], _ b: [UInt64]) {
        var borrow: UInt64 = 0
        for i in 0..<a.count {
            let y = i < b.count ? b[i] : 0
            let (d1, o1) = a[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            a[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
    }

    private static func shr1(_ a: inout [UInt64]) {
        for i in 0..<a.count {
            a[i] = (a[i] >> 1) | (i + 1 < a.count ? a[i + 1] << 63 : 0)
        }
    }
}
