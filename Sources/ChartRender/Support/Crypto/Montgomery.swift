/// Montgomery arithmetic modulo an odd `n` with fixed-size limb vectors (CIOS
/// multiplication): the engine behind RSA, Miller-Rabin, and the NIST-curve / Ed25519 fields.
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
    private(set) var r2: [UInt64]
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
        // R mod n: for a full-width modulus (top bit set, as every RSA candidate) R - n,
        // otherwise by division. R^2 mod n: double R mod n k times (2^k·R), then square
        // six times in Montgomery form ((2^k·R)^(2^6)/R^63 = 2^(64k)·R = R^2 mod n).
        let rModN: BigUInt
        if modulus.bitWidth == 64 * k {
            rModN = (BigUInt(1) << (64 * k)) - modulus
        } else {
            rModN = (BigUInt(1) << (64 * k)) % modulus
        }
        one = Montgomery.pad(rModN, k)
        r2 = []
        var y = one
        for _ in 0..<k { y = add(y, y) }
        for _ in 0..<6 { y = mul(y, y) }
        r2 = y
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
        guard a.count >= k, b.count >= k else { return out }
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                n.withUnsafeBufferPointer { np in
                    t.withUnsafeMutableBufferPointer { tp in
                        out.withUnsafeMutableBufferPointer { op in
                            if let a = ap.baseAddress, let b = bp.baseAddress, let n = np.baseAddress,
                               let t = tp.baseAddress, let o = op.baseAddress {
                                Montgomery.cios(a, b, n, t, o, k, n0inv)
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// The CIOS kernel: out = a·b·R^-1 mod n over `k` limbs; `t` is k+2 limbs of scratch;
    /// `out` may alias `a` or `b` (it is written only after both are read). Key generation
    /// spends nearly all its time here: plain `while` loops and wrapping `&+` keep the
    /// optimised code free of iterator and overflow-check overhead.
    @_optimize(speed)
    static func cios(_ a: UnsafePointer<UInt64>, _ b: UnsafePointer<UInt64>, _ n: UnsafePointer<UInt64>,
                     _ t: UnsafeMutablePointer<UInt64>, _ out: UnsafeMutablePointer<UInt64>, _ k: Int, _ n0inv: UInt64) {
        guard k > 0 else { return }
        var z = 0
        while z < k &+ 2 { t[z] = 0; z &+= 1 }
        var i = 0
        while i < k {
            let bi = b[i]
            var c: UInt64 = 0
            var j = 0
            while j < k {
                let (h, l) = a[j].multipliedFullWidth(by: bi)
                let (s1, o1) = l.addingReportingOverflow(t[j])
                let (s2, o2) = s1.addingReportingOverflow(c)
                t[j] = s2
                c = h &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                j &+= 1
            }
            let (s, o) = t[k].addingReportingOverflow(c)
            t[k] = s
            t[k &+ 1] = o ? 1 : 0
            let m = t[0] &* n0inv
            let (h0, l0) = m.multipliedFullWidth(by: n[0])
            let (_, oo) = l0.addingReportingOverflow(t[0])
            c = h0 &+ (oo ? 1 : 0)
            j = 1
            while j < k {
                let (h, l) = m.multipliedFullWidth(by: n[j])
                let (s1, o1) = l.addingReportingOverflow(t[j])
                let (s2, o2) = s1.addingReportingOverflow(c)
                t[j &- 1] = s2
                c = h &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                j &+= 1
            }
            let (s3, o3) = t[k].addingReportingOverflow(c)
            t[k &- 1] = s3
            t[k] = t[k &+ 1] &+ (o3 ? 1 : 0)
            i &+= 1
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

    /// The squaring kernel: out = a·a·R^-1 mod n. Products above the diagonal are computed
    /// once and doubled (about half the multiplications of `cios`), then the 2k-limb square
    /// is Montgomery-reduced. `t` is 2k+2 limbs of scratch; `out` may alias `a`.
    @_optimize(speed)
    static func sqr(_ a: UnsafePointer<UInt64>, _ n: UnsafePointer<UInt64>, _ t: UnsafeMutablePointer<UInt64>,
                    _ out: UnsafeMutablePointer<UInt64>, _ k: Int, _ n0inv: UInt64) {
        guard k > 0 else { return }
        let w = 2 &* k &+ 1
        var z = 0
        while z < w { t[z] = 0; z &+= 1 }
        // Off-diagonal products a[i]·a[j], i < j.
        var i = 0
        while i < k {
            let ai = a[i]
            var c: UInt64 = 0
            var j = i &+ 1
            while j < k {
                let (h, l) = ai.multipliedFullWidth(by: a[j])
                let (s1, o1) = l.addingReportingOverflow(t[i &+ j])
                let (s2, o2) = s1.addingReportingOverflow(c)
                t[i &+ j] = s2
                c = h &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                j &+= 1
            }
            t[i &+ k] = c
            i &+= 1
        }
        // Double, then add the squares on the diagonal.
        var carry: UInt64 = 0
        z = 0
        while z < 2 &* k {
            let v = t[z]
            t[z] = (v << 1) | carry
            carry = v >> 63
            z &+= 1
        }
        t[2 &* k] = carry
        var c: UInt64 = 0
        i = 0
        while i < k {
            let (h, l) = a[i].multipliedFullWidth(by: a[i])
            let (s1, o1) = t[2 &* i].addingReportingOverflow(l)
            let (s2, o2) = s1.addingReportingOverflow(c)
            t[2 &* i] = s2
            let c1: UInt64 = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            let (s3, o3) = t[2 &* i &+ 1].addingReportingOverflow(h)
            let (s4, o4) = s3.addingReportingOverflow(c1)
            t[2 &* i &+ 1] = s4
            c = (o3 ? 1 : 0) &+ (o4 ? 1 : 0)
            i &+= 1
        }
        t[2 &* k] &+= c
        // Montgomery reduction of the 2k-limb value.
        i = 0
        while i < k {
            let m = t[i] &* n0inv
            var cc: UInt64 = 0
            var j = 0
            while j < k {
                let (h, l) = m.multipliedFullWidth(by: n[j])
                let (s1, o1) = l.addingReportingOverflow(t[i &+ j])
                let (s2, o2) = s1.addingReportingOverflow(cc)
                t[i &+ j] = s2
                cc = h &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                j &+= 1
            }
            var idx = i &+ k
            while cc != 0 && idx < w {
                let (s, o) = t[idx].addingReportingOverflow(cc)
                t[idx] = s
                cc = o ? 1 : 0
                idx &+= 1
            }
            i &+= 1
        }
        // Result t[k..<2k] with top limb t[2k]; subtract n once if needed.
        var geq = t[2 &* k] != 0
        if !geq {
            geq = true
            var j = k &- 1
            while j >= 0 {
                if t[k &+ j] != n[j] { geq = t[k &+ j] > n[j]; break }
                j &-= 1
            }
        }
        if geq {
            var borrow: UInt64 = 0
            for j in 0..<k {
                let (d1, o1) = t[k &+ j].subtractingReportingOverflow(n[j])
                let (d2, o2) = d1.subtractingReportingOverflow(borrow)
                out[j] = d2
                borrow = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
        } else {
            for j in 0..<k { out[j] = t[k &+ j] }
        }
    }

    /// a·a·R^-1 mod n via the squaring kernel.
    func square(_ a: [UInt64]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: k)
        var t = [UInt64](repeating: 0, count: 2 * k + 2)
        guard a.count >= k else { return out }
        a.withUnsafeBufferPointer { ap in
            n.withUnsafeBufferPointer { np in
                t.withUnsafeMutableBufferPointer { tp in
                    out.withUnsafeMutableBufferPointer { op in
                        if let a = ap.baseAddress, let n = np.baseAddress, let t = tp.baseAddress, let o = op.baseAddress {
                            Montgomery.sqr(a, n, t, o, k, n0inv)
                        }
                    }
                }
            }
        }
        return out
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
    /// One buffer holds the table, accumulator and scratch, so the loop never allocates.
    @_optimize(speed)
    func pow(_ base: [UInt64], _ exp: BigUInt) -> [UInt64] {
        guard base.count >= k, k > 0 else { return one }
        var buf = [UInt64](repeating: 0, count: 17 * k + 2 * k + 2)
        let windows = (exp.bitWidth + 3) / 4
        let k = self.k, n0inv = self.n0inv
        n.withUnsafeBufferPointer { np in
            buf.withUnsafeMutableBufferPointer { bp in
                guard let n = np.baseAddress, let table = bp.baseAddress else { return }
                let acc = table + 16 * k
                let t = acc + k
                for j in 0..<k {
                    table[j] = one[j]
                    table[k + j] = base[j]
                    acc[j] = one[j]
                }
                for i in 2..<16 { Montgomery.cios(table + (i - 1) * k, table + k, n, t, table + i * k, k, n0inv) }
                var w = windows - 1
                while w >= 0 {
                    if w != windows - 1 {
                        for _ in 0..<4 { Montgomery.sqr(acc, n, t, acc, k, n0inv) }
                    }
                    var idx = 0
                    for b in 0..<4 where exp.bit(w * 4 + b) { idx |= 1 << b }
                    if idx != 0 { Montgomery.cios(acc, table + idx * k, n, t, acc, k, n0inv) }
                    w -= 1
                }
            }
        }
        return Array(buf[(16 * k)..<(17 * k)])
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
