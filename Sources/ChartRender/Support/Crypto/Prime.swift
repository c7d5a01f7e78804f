/// Random probable primes for RSA: candidates with the top two bits set (as Go's
/// `crypto/rand.Prime`, so p·q has exactly twice the bits), odd, moved past small factors by
/// a window sieve over the odd primes below 2^16, then Miller-Rabin with base 2
/// followed by random bases.
enum Prime {
    /// Odd primes below 2^16 (computed once).
    static let small: [UInt64] = {
        let limit = 1 << 16
        var composite = [Bool](repeating: false, count: limit)
        var out: [UInt64] = []
        var i = 3
        while i < limit {
            if !composite[i] {
                out.append(UInt64(i))
                var j = i * i
                while j < limit { composite[j] = true; j += 2 * i }
            }
            i += 2
        }
        return out
    }()

    /// A random probable prime of exactly `bits` bits (bits >= 16). The search is bounded;
    /// nil only if it somehow exhausts its attempts.
    static func random(bits: Int, rng: inout RandomSource, rounds: Int = 6) -> BigUInt? {
        guard bits >= 16 else { return nil }
        let byteCount = (bits + 7) / 8
        let topBits = bits - (byteCount - 1) * 8
        for _ in 0..<10_000 {
            var b = rng.bytes(byteCount)
            b[0] &= UInt8(truncatingIfNeeded: (1 << topBits) - 1)
            if topBits >= 2 {
                b[0] |= UInt8(3 << (topBits - 2))
            } else {
                b[0] |= 1
                if b.count > 1 { b[1] |= 0x80 }
            }
            b[b.count - 1] |= 1
            let base = BigUInt(bytes: b)
            // Window sieve over base + 2i, i < window: mark every i where a small prime divides.
            let window = 4096
            var composite = [Bool](repeating: false, count: window)
            for p in small {
                let r = base.mod(p)
                // 2i ≡ -r (mod p)  ⇔  i ≡ (p - r)·(p+1)/2 (mod p)
                var i = Int(((p - r) % p) * ((p + 1) / 2) % p)
                while i < window { composite[i] = true; i += Int(p) }
            }
            for i in 0..<window where !composite[i] {
                let candidate = base + BigUInt(UInt64(2 * i))
                if candidate.bitWidth != bits { break }
                if isProbablePrime(candidate, rounds: rounds, rng: &rng) { return candidate }
            }
        }
        return nil
    }

    /// Miller-Rabin: base 2, then `rounds` random bases in [2, n-2].
    static func isProbablePrime(_ n: BigUInt, rounds: Int, rng: inout RandomSource) -> Bool {
        guard n.bitWidth > 12, let mont = Montgomery(n) else {
            if n.bitWidth <= 12, let v = n.limbs.first { return v == 2 || small.contains(v) }
            return false
        }
        let nMinus1 = n - BigUInt(1)
        var s = 0
        while !nMinus1.bit(s) { s += 1 }
        let d = nMinus1 >> s
        let oneM = mont.one
        let minusOneM = mont.toMont(nMinus1)
        func witness(_ a: BigUInt) -> Bool {
            var x = mont.pow(mont.toMont(a), d)
            if x == oneM || x == minusOneM { return false }
            for _ in 1..<max(s, 1) where s > 1 {
                x = mont.mul(x, x)
                if x == minusOneM { return false }
                if x == oneM { return true }
            }
            return true
        }
        if witness(BigUInt(2)) { return false }
        let byteCount = (n.bitWidth + 7) / 8
        var done = 0
        var tries = 0
        while done < rounds && tries < rounds * 100 {
            tries += 1
            let a = BigUInt(bytes: rng.bytes(byteCount)) % n
            if a.bitWidth < 2 || a >= nMinus1 { continue }
            if witness(a) { return false }
            done += 1
        }
        return true
    }
}
