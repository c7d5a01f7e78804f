/// Montgomery arithmetic modulo an odd `n` with fixed-size limb vectors (CIOS
/// multiplication): the engine behind RSA, Miller-Rabin, and the P-256 / Ed25519 fields.
///
/// Elements are `[UInt64]` of exactly `k` limbs, in Montgomery form (x·R mod n, R = 2^(64k))
/// unless stated otherwise.
struct Montgomery {
    let n: [UInt64]
    let modulus: BigUInt
    let k: Int
    /// -n^-1 mod 2^64
    let n0inv: UInt64
    /// R^2 mod n (plain limbs)
    let r2: [UInt64]
    /// R mod n, i.e. 1 in Montgomery form
    let one: [UInt64]

    /// nil for an even or zero modulus.
    init?(_ modulus: BigUInt) {
        guard modulus.isOdd else { return nil }
        self.init(constantOdd: modulus)
    }

    /// For moduli known to be odd (curve constants); an even modulus gives garbage, not a trap.
    init(constantOdd modulus: BigUInt) {
        let modulus = modulus.isZero ? BigUInt(1) : modulus
        self.modulus = modulus
        k = modulus.limbs.count
        n = modulus.limbs
        var inv: UInt64 = 1
        for _ in 0..<6 { inv = inv &* (2 &- n[0] &* inv) }
        n0inv = 0 &- inv
        r2 = Montgomery.pad((BigUInt(1) << (128 * k)) % modulus, k)
        one = Montgomery.pad((BigUInt(1) << (64 * k)) % modulus, k)
    }

    static func pad(_ x: BigUInt, _ k: Int) -> [UInt64] {
        var l = x.limbs
        if l.count > k { l.removeLast(l.count - k) }
        while l.count < k { l.append(0) }
        return l
    }

    /// a·b·R^-1 mod n.
    func mul(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: k)
        var t = [UInt64](repeating: 0, count: k + 2)
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                n.withUnsafeBufferPointer { np in
                    t.withUnsafeMutableBufferPointer { tp in
                        out.withUnsafeMutableBufferPointer { op in
                            Montgomery.cios(ap, bp, np, tp, op, k, n0inv)
                        }
                    }
                }
            }
        }
        return out
    }

    private static func cios(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>,
                             _ n: UnsafeBufferPointer<UInt64>, _ t: UnsafeMutableBufferPointer<UInt64>,
                             _ out: UnsafeMutableBufferPointer<UInt64>, _ k: Int, _ n0inv: UInt64) {
        guard a.count >= k, b.count >= k, n.count >= k, t.count >= k + 2, out.count >= k,
              let a = a.baseAddress, let b = b.baseAddress, let n = n.baseAddress,
              let t = t.baseAddress, let out = out.baseAddress else { return }
        for i in 0..<k {
            var c: UInt64 = 0
            let bi = b[i]
            for j in 0..<k {
                let (h, l) = a[j].multipliedFullWidth(by: bi)
                let (s1, o1) = l.addingReportingOverflow(t[j])
                let (s2, o2) = s1.addingReportingOverflow(c)
                t[j] = s2
                c = h &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            let (s, o) = t[k].addingReportingOverflow(c)
            t[k] = s
            t[k + 1] = o ? 1 : 0
            let m = t[0] &* n0inv
            let (h0, l0) = m.multipliedFullWidth(by: n[0])
            let (_, oo) = l0.addingReportingOverflow(t[0])
            c = h0 &+ (oo ? 1 : 0)
            for j in 1..<max(k, 1) where j < k {
                let (h, l) = m.multipliedFullWidth(by: n[j])
                let (s1, o1) = l.addingReportingOverflow(t[j])
                let (s2, o2) = s1.addingReportingOverflow(c)
                t[j - 1] = s2
                c = h &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            let (s3, o3) = t[k].addingReportingOverflow(c)
            t[k - 1] = s3
            t[k] = t[k + 1] &+ (o3 ? 1 : 0)
        }
        // Conditional final subtraction.
        var geq = t[k] != 0
        if !geq {
            geq = true
            var j = k - 1
            while j >= 0 {
                if t[j] != n[j] { geq = t[j] > n[j]; break }
                j -= 1
            }
        }
        if geq {
            var borrow: UInt64 = 0
            for j in 0..<k {
                let (d1, o1) = t[j].subtractingReportingOverflow(n[j])
                let (d2, o2) = d1.subtractingReportingOverflow(borrow)
                out[j] = d2
                borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            }
        } else {
            for j in 0..<k { out[j] = t[j] }
        }
    }

    /// Plain value (any size) into Montgomery form.
    func toMont(_ x: BigUInt) -> [UInt64] {
        let reduced = x < modulus ? x : x % modulus
        return mul(Montgomery.pad(reduced, k), r2)
    }

    /// Montgomery form back to a plain value.
    func fromMont(_ x: [UInt64]) -> BigUInt {
        var unit = [UInt64](repeating: 0, count: k)
        unit[0] = 1
        return BigUInt(limbs: mul(x, unit))
    }

    func add(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: k)
        var carry: UInt64 = 0
        for i in 0..<k {
            let (s1, o1) = a[i].addingReportingOverflow(b[i])
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        if carry != 0 || !lessThanN(out) { subN(&out) }
        return out
    }

    func sub(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: k)
        var borrow: UInt64 = 0
        for i in 0..<k {
            let (d1, o1) = a[i].subtractingReportingOverflow(b[i])
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        if borrow != 0 {
            var carry: UInt64 = 0
            for i in 0..<k {
                let (s1, o1) = out[i].addingReportingOverflow(n[i])
                let (s2, o2) = s1.addingReportingOverflow(carry)
                out[i] = s2
                carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            }
        }
        return out
    }

    private func lessThanN(_ a: [UInt64]) -> Bool {
        var i = k - 1
        while i >= 0 {
            if a[i] != n[i] { return a[i] < n[i] }
            i -= 1
        }
        return false
    }

    private func subN(_ a: inout [UInt64]) {
        var borrow: UInt64 = 0
        for i in 0..<k {
            let (d1, o1) = a[i].subtractingReportingOverflow(n[i])
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            a[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
    }

    func isZero(_ a: [UInt64]) -> Bool { a.allSatisfy { $0 == 0 } }

    /// base^exp for a Montgomery-form base (4-bit fixed window), result in Montgomery form.
    func pow(_ base: [UInt64], _ exp: BigUInt) -> [UInt64] {
        var table = [one, base]
        for i in 2..<16 { table.append(mul(table[i - 1], base)) }
        var acc = one
        let windows = (exp.bitWidth + 3) / 4
        var w = windows - 1
        while w >= 0 {
            if w != windows - 1 {
                acc = mul(acc, acc); acc = mul(acc, acc); acc = mul(acc, acc); acc = mul(acc, acc)
            }
            var idx = 0
            for b in 0..<4 where exp.bit(w * 4 + b) { idx |= 1 << b }
            if idx != 0 { acc = mul(acc, table[idx]) }
            w -= 1
        }
        return acc
    }

    /// Plain base^exp mod n.
    func modPow(_ base: BigUInt, _ exp: BigUInt) -> BigUInt {
        fromMont(pow(toMont(base), exp))
    }

    /// Inverse by Fermat (n prime), Montgomery form in and out.
    func inversePrime(_ a: [UInt64]) -> [UInt64] {
        pow(a, modulus - BigUInt(2))
    }
}
