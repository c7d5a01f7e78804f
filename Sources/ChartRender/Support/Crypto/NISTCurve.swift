/// A NIST prime curve y² = x³ - 3x + b over GF(p) (FIPS 186-4 D.1.2: P-224, P-256, P-384,
/// P-521), the curves Go's `crypto/x509` accepts in EC private keys (`namedCurveFromOID`).
/// Points are Jacobian coordinates over the Montgomery field; scalar multiplication is
/// double-and-add. The curves themselves are data (`p224` … `p521`).
struct NISTCurve {
    /// Go's `elliptic.Curve` name, e.g. "P-384".
    let name: String
    /// The named-curve OBJECT IDENTIFIER (full DER encoding).
    let oid: [UInt8]
    let p: BigUInt
    /// The order of the generator.
    let n: BigUInt
    let b: BigUInt
    let gx: BigUInt
    let gy: BigUInt
    /// Bytes of a field element and of a scalar (`(bitLen+7)/8`; equal on these curves).
    let byteCount: Int
    /// The digest Go's `signingParamsForKey` pairs with the curve.
    let hash: Digest
    let field: Montgomery

    /// The hash of an ECDSA-with-SHA-x signature and its AlgorithmIdentifier OID.
    enum Digest {
        case sha256, sha384, sha512

        func hash(_ message: [UInt8]) -> [UInt8] {
            switch self {
            case .sha256: return SHA256.hash(message)
            case .sha384: return SHA384.hash(message)
            case .sha512: return SHA512.hash(message)
            }
        }

        /// ecdsa-with-SHA256/384/512 (RFC 5758 §3.2).
        var signatureOID: [UInt8] {
            switch self {
            case .sha256: return OID.ecdsaWithSHA256
            case .sha384: return OID.ecdsaWithSHA384
            case .sha512: return OID.ecdsaWithSHA512
            }
        }
    }

    init(name: String, oid: [UInt8], p: String, n: String, b: String, gx: String, gy: String, hash: Digest) {
        self.name = name
        self.oid = oid
        self.p = BigUInt(hex: p)
        self.n = BigUInt(hex: n)
        self.b = BigUInt(hex: b)
        self.gx = BigUInt(hex: gx)
        self.gy = BigUInt(hex: gy)
        self.byteCount = (self.p.bitWidth + 7) / 8
        self.hash = hash
        // Every p is odd, so the context always exists.
        self.field = Montgomery(constantOdd: self.p)
    }

    static let p224 = NISTCurve(
        name: "P-224", oid: OID.secp224r1,
        p: "ffffffffffffffffffffffffffffffff000000000000000000000001",
        n: "ffffffffffffffffffffffffffff16a2e0b8f03e13dd29455c5c2a3d",
        b: "b4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4",
        gx: "b70e0cbd6bb4bf7f321390b94a03c1d356c21122343280d6115c1d21",
        gy: "bd376388b5f723fb4c22dfe6cd4375a05a07476444d5819985007e34",
        hash: .sha256)

    static let p256 = NISTCurve(
        name: "P-256", oid: OID.prime256v1,
        p: "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
        n: "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551",
        b: "5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b",
        gx: "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296",
        gy: "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5",
        hash: .sha256)

    static let p384 = NISTCurve(
        name: "P-384", oid: OID.secp384r1,
        p: "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff",
        n: "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973",
        b: "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef",
        gx: "aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7",
        gy: "3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f",
        hash: .sha384)

    static let p521 = NISTCurve(
        name: "P-521", oid: OID.secp521r1,
        p: "01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        n: "01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409",
        b: "0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00",
        gx: "00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66",
        gy: "011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650",
        hash: .sha512)

    static let all: [NISTCurve] = [p224, p256, p384, p521]

    /// Go's `namedCurveFromOID`: the curve for a full DER OID, nil for any other.
    static func named(oid: [UInt8]) -> NISTCurve? {
        all.first { $0.oid == oid }
    }

    /// A point in Jacobian coordinates (Montgomery form); Z = 0 is the point at infinity.
    struct Point {
        var x: [UInt64], y: [UInt64], z: [UInt64]
    }

    var infinity: Point { Point(x: field.one, y: field.one, z: [UInt64](repeating: 0, count: field.k)) }

    var generator: Point { Point(x: field.toMont(gx), y: field.toMont(gy), z: field.one) }

    /// dbl-2001-b (a = -3).
    func double(_ q: Point) -> Point {
        let f = field
        if f.isZero(q.z) { return q }
        let delta = f.square(q.z)
        let gamma = f.square(q.y)
        let beta = f.mul(q.x, gamma)
        let t = f.mul(f.sub(q.x, delta), f.add(q.x, delta))
        let alpha = f.add(f.add(t, t), t)
        let beta2 = f.add(beta, beta), beta4 = f.add(beta2, beta2), beta8 = f.add(beta4, beta4)
        let x3 = f.sub(f.square(alpha), beta8)
        let yz = f.add(q.y, q.z)
        let z3 = f.sub(f.sub(f.square(yz), gamma), delta)
        let g2 = f.square(gamma)
        let g4 = f.add(g2, g2), g8 = f.add(g4, g4)
        let y3 = f.sub(f.mul(alpha, f.sub(beta4, x3)), f.add(g8, g8))
        return Point(x: x3, y: y3, z: z3)
    }

    /// add-2007-bl, falling back to doubling for equal inputs.
    func add(_ a: Point, _ b: Point) -> Point {
        let f = field
        if f.isZero(a.z) { return b }
        if f.isZero(b.z) { return a }
        let z1z1 = f.square(a.z), z2z2 = f.square(b.z)
        let u1 = f.mul(a.x, z2z2), u2 = f.mul(b.x, z1z1)
        let s1 = f.mul(f.mul(a.y, b.z), z2z2), s2 = f.mul(f.mul(b.y, a.z), z1z1)
        let h = f.sub(u2, u1)
        let rr = f.sub(s2, s1)
        if f.isZero(h) { return f.isZero(rr) ? double(a) : infinity }
        let h2 = f.add(h, h)
        let i = f.square(h2)
        let j = f.mul(h, i)
        let r = f.add(rr, rr)
        let v = f.mul(u1, i)
        let x3 = f.sub(f.sub(f.square(r), j), f.add(v, v))
        let s1j = f.mul(s1, j)
        let y3 = f.sub(f.mul(r, f.sub(v, x3)), f.add(s1j, s1j))
        let zz = f.add(a.z, b.z)
        let z3 = f.mul(f.sub(f.sub(f.square(zz), z1z1), z2z2), h)
        return Point(x: x3, y: y3, z: z3)
    }

    /// k·pt, most significant bit first.
    func multiply(_ k: BigUInt, _ pt: Point) -> Point {
        var acc = infinity
        var i = k.bitWidth - 1
        while i >= 0 {
            acc = double(acc)
            if k.bit(i) { acc = add(acc, pt) }
            i -= 1
        }
        return acc
    }

    /// Affine (x, y) as plain integers; nil for infinity.
    func affine(_ q: Point) -> (BigUInt, BigUInt)? {
        let f = field
        if f.isZero(q.z) { return nil }
        let zi = f.inversePrime(q.z)
        let zi2 = f.square(zi)
        return (f.fromMont(f.mul(q.x, zi2)), f.fromMont(f.mul(q.y, f.mul(zi2, zi))))
    }

    /// Whether affine (x, y) satisfies the curve equation.
    func isOnCurve(_ x: BigUInt, _ y: BigUInt) -> Bool {
        guard x < p, y < p else { return false }
        let f = field
        let xm = f.toMont(x), ym = f.toMont(y)
        let rhs = f.add(f.sub(f.mul(f.square(xm), xm), f.add(f.add(xm, xm), xm)), f.toMont(b))
        return f.square(ym) == rhs
    }

    /// A uniformly random scalar in [1, n-1]: `byteCount` random bytes with the bits above
    /// n's length cleared, rejected when out of range (bounded tries). On P-256 this reads
    /// exactly 32 bytes per try, as chartr always has.
    func randomScalar(rng: inout RandomSource) throws -> BigUInt {
        let excess = byteCount * 8 - n.bitWidth
        for _ in 0..<1000 {
            var bytes = rng.bytes(byteCount)
            if excess > 0, !bytes.isEmpty { bytes[0] &= UInt8(truncatingIfNeeded: 0xFF >> excess) }
            let k = BigUInt(bytes: bytes)
            if !k.isZero && k < n { return k }
        }
        throw FunctionError("ecdsa: failed to generate random scalar")
    }

    /// ECDSA's e: the leftmost min(hashBits, orderBits) bits of the digest (SEC 1 §4.1.3
    /// step 5, Go's `hashToNat`), reduced mod n.
    func hashScalar(_ digest: [UInt8]) -> BigUInt {
        var e = BigUInt(bytes: digest)
        let excess = digest.count * 8 - n.bitWidth
        if excess > 0 { e = e >> excess }
        return e < n ? e : e % n
    }
}
