/// RSA keys as Go's `crypto/rsa` makes them: two primes of bits/2 with the top two bits
/// set, e = 65537, d = e^-1 mod λ(N) (FIPS 186-5, as Go 1.24+), CRT values; PKCS#1
/// v1.5 signatures with SHA-256.
struct RSAPrivateKey {
    var n: BigUInt
    var e: BigUInt
    var d: BigUInt
    var p: BigUInt
    var q: BigUInt
    var dp: BigUInt
    var dq: BigUInt
    var qinv: BigUInt

    /// A new key of `bits` bits (Go's `rsa.GenerateKey`); the attempt count is bounded.
    static func generate(bits: Int, rng: inout RandomSource) throws -> RSAPrivateKey {
        let e = BigUInt(65537)
        for _ in 0..<64 {
            guard let p0 = Prime.random(bits: bits - bits / 2, rng: &rng),
                  let q0 = Prime.random(bits: bits / 2, rng: &rng) else { break }
            var p = p0, q = q0
            if p == q { continue }
            if p < q { swap(&p, &q) }
            let n = p * q
            if n.bitWidth != bits { continue }
            let p1 = p - BigUInt(1), q1 = q - BigUInt(1)
            let lambda = (p1 * q1) / gcd(p1, q1)
            guard let d = BigUInt.modInverse(e, lambda), let qinv = BigUInt.modInverse(q, p) else { continue }
            return RSAPrivateKey(n: n, e: e, d: d, p: p, q: q, dp: d % p1, dq: d % q1, qinv: qinv)
        }
        throw FunctionError("crypto/rsa: failed to generate key")
    }

    static func gcd(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        var x = a, y = b
        while !y.isZero { (x, y) = (y, x % y) }
        return x
    }

    var sizeBytes: Int { (n.bitWidth + 7) / 8 }

    /// `x509.MarshalPKCS1PrivateKey`.
    var pkcs1: [UInt8] {
        DER.seq([DER.integer(0), DER.integer(n), DER.integer(e), DER.integer(d), DER.integer(p),
                 DER.integer(q), DER.integer(dp), DER.integer(dq), DER.integer(qinv)])
    }

    /// `x509.MarshalPKCS1PublicKey`.
    var pkcs1Public: [UInt8] { DER.seq([DER.integer(n), DER.integer(e)]) }

    /// SubjectPublicKeyInfo (`x509.MarshalPKIXPublicKey`).
    var spki: [UInt8] {
        DER.seq([DER.seq([OID.rsaEncryption, DER.null]), DER.bitString(pkcs1Public)])
    }

    /// `x509.ParsePKCS1PrivateKey` (structure and consistency checks; messages follow Go's
    /// where they can be reproduced).
    static func parsePKCS1(_ der: [UInt8]) throws -> RSAPrivateKey {
        guard let top = DERReader.single(der), top.tag == DER.sequence, let items = top.children(),
              items.count >= 9, items.allSatisfy({ $0.tag == 0x02 }) else {
            if KeyShape.isSEC1(der) {
                throw FunctionError("x509: failed to parse private key (use ParseECPrivateKey instead for this key format)")
            }
            if KeyShape.isPKCS8(der) {
                throw FunctionError("x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)")
            }
            throw FunctionError(ASN1Error.outer(der, structName: "pkcs1PrivateKey", fallback: "asn1: structure error: tags don't match"))
        }
        guard let version = items[0].unsigned, version.bitWidth <= 1 else {
            throw FunctionError("x509: unsupported private key version")
        }
        let values = items[1..<9].map { $0.unsigned }
        guard values.allSatisfy({ $0 != nil && !($0?.isZero ?? true) }) else {
            throw FunctionError("x509: private key contains zero or negative value")
        }
        let v = values.compactMap { $0 }
        guard v.count == 8 else { throw FunctionError("x509: private key contains zero or negative value") }
        let key = RSAPrivateKey(n: v[0], e: v[1], d: v[2], p: v[3], q: v[4], dp: v[5], dq: v[6], qinv: v[7])
        guard key.p * key.q == key.n, key.n.isOdd else { throw FunctionError("crypto/rsa: invalid modulus") }
        return key
    }

    private static let sha256DigestInfo: [UInt8] = [
        0x30, 0x31, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20,
    ]

    /// RSASSA-PKCS1-v1_5 with SHA-256 over `message`, via CRT.
    func signSHA256(_ message: [UInt8]) throws -> [UInt8] {
        let k = sizeBytes
        let t = RSAPrivateKey.sha256DigestInfo + SHA256.hash(message)
        guard k >= t.count + 11 else { throw FunctionError("crypto/rsa: key size too small for PKCS#1 v1.5 signature") }
        let em = [0x00, 0x01] + [UInt8](repeating: 0xFF, count: k - t.count - 3) + [0x00] + t
        let m = BigUInt(bytes: em)
        guard let mp = Montgomery(p), let mq = Montgomery(q) else { throw FunctionError("crypto/rsa: invalid primes") }
        let s1 = mp.modPow(m % p, dp)
        let s2 = mq.modPow(m % q, dq)
        let s2p = s2 % p
        let diff = s1 >= s2p ? s1 - s2p : (s1 + p) - s2p
        let h = (qinv * diff) % p
        let s = s2 + h * q
        // Verify before releasing the signature (as Go does), so a fault never leaks.
        guard let mn = Montgomery(n), mn.modPow(s, e) == m else { throw FunctionError("crypto/rsa: internal error") }
        return s.bytes(count: k)
    }
}
