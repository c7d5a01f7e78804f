/// DSA keys as Go's `dsa.GenerateParameters(L2048N256)` + `dsa.GenerateKey` make them,
/// in Sprig's `DSA PRIVATE KEY` form (`SEQUENCE { 0, P, Q, G, Y, X }`). Go cannot sign
/// certificates with DSA, so such keys only ever print or fail in the certificate functions.
struct DSAPrivateKey {
    var p, q, g, y, x: BigUInt

    /// FIPS 186-3 A.1.1-style search as Go does it: a 256-bit prime q, then random 2048-bit
    /// p ≡ 1 (mod q) until prime (4·L tries per q), g = 2^((p-1)/q) mod p (next h if 1).
    /// Candidates for p are first screened by small primes, which changes no outcome.
    static func generate(rng: inout RandomSource) throws -> DSAPrivateKey {
        let l = 2048, n = 256
        for _ in 0..<1000 {
            var qb = rng.bytes(n / 8)
            qb[qb.count - 1] |= 1
            qb[0] |= 0x80
            let q = BigUInt(bytes: qb)
            if !Prime.isProbablePrime(q, rounds: 20, rng: &rng) { continue }
            for _ in 0..<(4 * l) {
                var pb = rng.bytes(l / 8)
                pb[pb.count - 1] |= 1
                pb[0] |= 0x80
                let x = BigUInt(bytes: pb)
                let p = (x + BigUInt(1)) - (x % q)
                if p.bitWidth < l { continue }
                if Prime.small.prefix(1000).contains(where: { p.mod($0) == 0 }) { continue }
                if !Prime.isProbablePrime(p, rounds: 20, rng: &rng) { continue }
                guard let mont = Montgomery(p) else { continue }
                let e = (p - BigUInt(1)) / q
                var h: UInt64 = 2
                var g = mont.modPow(BigUInt(h), e)
                while g == BigUInt(1) && h < 1000 {
                    h += 1
                    g = mont.modPow(BigUInt(h), e)
                }
                for _ in 0..<1000 {
                    let xk = BigUInt(bytes: rng.bytes(q.bitWidth / 8))
                    if !xk.isZero && xk < q {
                        return DSAPrivateKey(p: p, q: q, g: g, y: mont.modPow(g, xk), x: xk)
                    }
                }
            }
        }
        throw FunctionError("crypto/dsa: failed to generate parameters")
    }

    /// Sprig's `DSAKeyFormat` marshalled.
    var der: [UInt8] {
        DER.seq([DER.integer(0), DER.integer(p), DER.integer(q), DER.integer(g), DER.integer(y), DER.integer(x)])
    }

    /// Sprig's `asn1.Unmarshal(block.Bytes, &DSAKeyFormat{})`.
    static func parse(_ der: [UInt8]) throws -> DSAPrivateKey {
        guard let top = DERReader.parse(der, at: 0)?.0, top.tag == DER.sequence, let items = top.children(),
              items.count >= 6, items.prefix(6).allSatisfy({ $0.tag == 0x02 }) else {
            throw FunctionError(ASN1Error.outer(der, structName: "sprig.DSAKeyFormat", fallback: "asn1: structure error: tags don't match"))
        }
        let v = items[1..<6].map { $0.unsigned ?? BigUInt() }
        return DSAPrivateKey(p: v[0], q: v[1], g: v[2], y: v[3], x: v[4])
    }
}
