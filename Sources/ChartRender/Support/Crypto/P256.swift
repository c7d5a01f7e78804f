/// NIST P-256 (secp256r1): y² = x³ - 3x + b over GF(p), Jacobian coordinates over the
/// Montgomery field, double-and-add scalar multiplication. Enough for Go's
/// `ecdsa.GenerateKey(elliptic.P256())` and ECDSA-with-SHA256 certificate signatures.
enum P256 {
    static let p = BigUInt(hex: "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF")
    static let n = BigUInt(hex: "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551")
    static let b = BigUInt(hex: "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B")
    static let gx = BigUInt(hex: "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296")
    static let gy = BigUInt(hex: "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5")

    /// The field (p is odd, so the context always exists; the fallback is never taken).
    static let field: Montgomery = Montgomery(constantOdd: p)

    /// A point in Jacobian coordinates (Montgomery form); Z = 0 is the point at infinity.
    struct Point {
        var x: [UInt64], y: [UInt64], z: [UInt64]
    }

    static var infinity: Point { Point(x: field.one, y: field.one, z: [0, 0, 0, 0]) }

    static func double(_ q: Point) -> Point {
        let f = field
        if f.isZero(q.z) { return q }
        let delta = f.mul(q.z, q.z)
        let gamma = f.mul(q.y, q.y)
        let beta = f.mul(q.x, gamma)
        let t = f.mul(f.sub(q.x, delta), f.add(q.x, delta))
        let alpha = f.add(f.add(t, t), t)
        let beta2 = f.add(beta, beta), beta4 = f.add(beta2, beta2), beta8 = f.add(beta4, beta4)
        let x3 = f.sub(f.mul(alpha, alpha), beta8)
        let yz = f.add(q.y, q.z)
        let z3 = f.sub(f.sub(f.mul(yz, yz), gamma), delta)
        let g2 = f.mul(gamma, gamma)
        let g4 = f.add(g2, g2), g8 = f.add(g4, g4)
        let y3 = f.sub(f.mul(alpha, f.sub(beta4, x3)), f.add(g8, g8))
        return Point(x: x3, y: y3, z: z3)
    }

    static func add(_ a: Point, _ b: Point) -> Point {
        let f = field
        if f.isZero(a.z) { return b }
        if f.isZero(b.z) { return a }
        let z1z1 = f.mul(a.z, a.z), z2z2 = f.mul(b.z, b.z)
        let u1 = f.mul(a.x, z2z2), u2 = f.mul(b.x, z1z1)
        let s1 = f.mul(f.mul(a.y, b.z), z2z2), s2 = f.mul(f.mul(b.y, a.z), z1z1)
        let h = f.sub(u2, u1)
        let rr = f.sub(s2, s1)
        if f.isZero(h) { return f.isZero(rr) ? double(a) : infinity }
        let h2 = f.add(h, h)
        let i = f.mul(h2, h2)
        let j = f.mul(h, i)
        let r = f.add(rr, rr)
        let v = f.mul(u1, i)
        let x3 = f.sub(f.sub(f.mul(r, r), j), f.add(v, v))
        let s1j = f.mul(s1, j)
        let y3 = f.sub(f.mul(r, f.sub(v, x3)), f.add(s1j, s1j))
        let zz = f.add(a.z, b.z)
        let z3 = f.mul(f.sub(f.sub(f.mul(zz, zz), z1z1), z2z2), h)
        return Point(x: x3, y: y3, z: z3)
    }

    static func multiply(_ k: BigUInt, _ pt: Point) -> Point {
        var acc = infinity
        var i = k.bitWidth - 1
        while i >= 0 {
            acc = double(acc)
            if k.bit(i) { acc = add(acc, pt) }
            i -= 1
        }
        return acc
    }

    static var generator: Point { Point(x: field.toMont(gx), y: field.toMont(gy), z: field.one) }

    /// Affine (x, y) as plain integers; nil for infinity.
    static func affine(_ q: Point) -> (BigUInt, BigUInt)? {
        let f = field
        if f.isZero(q.z) { return nil }
        let zi = f.inversePrime(q.z)
        let zi2 = f.mul(zi, zi)
        return (f.fromMont(f.mul(q.x, zi2)), f.fromMont(f.mul(q.y, f.mul(zi2, zi))))
    }

    /// Whether affine (x, y) satisfies the curve equation.
    static func isOnCurve(_ x: BigUInt, _ y: BigUInt) -> Bool {
        guard x < p, y < p else { return false }
        let f = field
        let xm = f.toMont(x), ym = f.toMont(y)
        let rhs = f.add(f.sub(f.mul(f.mul(xm, xm), xm), f.add(f.add(xm, xm), xm)), f.toMont(b))
        return f.mul(ym, ym) == rhs
    }
}

/// An ECDSA P-256 private key (Go's `*ecdsa.PrivateKey` on `elliptic.P256()`).
struct ECPrivateKey {
    var d: BigUInt
    var x: BigUInt
    var y: BigUInt

    init?(d: BigUInt) {
        guard !d.isZero, d < P256.n, let (x, y) = P256.affine(P256.multiply(d, P256.generator)) else { return nil }
        self.d = d
        self.x = x
        self.y = y
    }

    /// A uniformly random scalar in [1, n-1] by rejection sampling (bounded).
    static func generate(rng: inout RandomSource) throws -> ECPrivateKey {
        for _ in 0..<1000 {
            if let key = ECPrivateKey(d: BigUInt(bytes: rng.bytes(32))) { return key }
        }
        throw FunctionError("ecdsa: failed to generate key")
    }

    /// Uncompressed point 04 || X || Y.
    var publicPoint: [UInt8] { [0x04] + x.bytes(count: 32) + y.bytes(count: 32) }

    /// `x509.MarshalECPrivateKey` (SEC 1, with the curve and public key).
    var sec1: [UInt8] {
        DER.seq([DER.integer(1), DER.octetString(d.bytes(count: 32)),
                 DER.explicit(0, OID.prime256v1), DER.explicit(1, DER.bitString(publicPoint))])
    }

    var spki: [UInt8] {
        DER.seq([DER.seq([OID.ecPublicKey, OID.prime256v1]), DER.bitString(publicPoint)])
    }

    /// `x509.ParseECPrivateKey` for P-256 keys. `curve` is the OID from a PKCS#8 wrapper.
    static func parseSEC1(_ der: [UInt8], curve: [UInt8]? = nil) throws -> ECPrivateKey {
        guard let top = DERReader.single(der), top.tag == DER.sequence, let items = top.children(),
              items.count >= 2, items[0].tag == 0x02, items[1].tag == 0x04 else {
            if KeyShape.isPKCS8(der) {
                throw FunctionError("x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)")
            }
            if KeyShape.isPKCS1(der) {
                throw FunctionError("x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)")
            }
            throw FunctionError("x509: failed to parse EC private key: " + ASN1Error.outer(der, structName: "ecPrivateKey", fallback: "asn1: structure error: tags don't match"))
        }
        guard let version = items[0].unsigned, version == BigUInt(1) else {
            throw FunctionError("x509: unknown EC private key version \(items[0].unsigned?.limbs.first ?? 0)")
        }
        var curveOID = curve
        for item in items.dropFirst(2) where item.tag == 0xA0 {
            curveOID = item.content
        }
        guard let oid = curveOID, oid == OID.prime256v1 else { throw FunctionError("x509: unknown elliptic curve") }
        let raw = items[1].content
        guard raw.count <= 32 else { throw FunctionError("x509: invalid private key length") }
        guard let key = ECPrivateKey(d: BigUInt(bytes: raw)) else { throw FunctionError("x509: invalid elliptic curve private key value") }
        return key
    }

    /// ECDSA signature over SHA-256(message), DER `SEQUENCE { r, s }`; k from `rng`.
    func signSHA256(_ message: [UInt8], rng: inout RandomSource) throws -> [UInt8] {
        let e = BigUInt(bytes: SHA256.hash(message)) % P256.n
        for _ in 0..<1000 {
            guard let k = ECPrivateKey(d: BigUInt(bytes: rng.bytes(32))) else { continue }
            let r = k.x % P256.n
            if r.isZero { continue }
            guard let kinv = BigUInt.modInverse(k.d, P256.n) else { continue }
            let s = (kinv * ((e + r * d) % P256.n)) % P256.n
            if s.isZero { continue }
            return DER.seq([DER.integer(r), DER.integer(s)])
        }
        throw FunctionError("ecdsa: failed to sign")
    }
}
