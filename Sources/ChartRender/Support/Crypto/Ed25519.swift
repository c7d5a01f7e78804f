/// Ed25519 (RFC 8032): key generation from a 32-byte seed and pure signatures, over the
/// field 2^255 - 19 in extended twisted-Edwards coordinates (a = -1) with the complete
/// addition law. Go's `ed25519.GenerateKey` reads exactly 32 random bytes for the seed.
enum Ed25519 {
    static let p = (BigUInt(1) << 255) - BigUInt(19)
    /// Group order L = 2^252 + 27742317777372353535851937790883648493.
    static let order = (BigUInt(1) << 252) + BigUInt(hex: "14DEF9DEA2F79CD65812631A5CF5D3ED")
    static let field: Montgomery = Montgomery(constantOdd: p)

    /// d = -121665 / 121666 mod p, and 2d.
    static let d: [UInt64] = {
        let f = field
        let num = f.sub([0, 0, 0, 0], f.toMont(BigUInt(121665)))
        return f.mul(num, f.inversePrime(f.toMont(BigUInt(121666))))
    }()
    static let d2: [UInt64] = field.add(d, d)

    struct Point { var x, y, z, t: [UInt64] }

    static var identity: Point {
        Point(x: [0, 0, 0, 0], y: field.one, z: field.one, t: [0, 0, 0, 0])
    }

    /// The base point: y = 4/5, x the even square root.
    static let base: Point = {
        let f = field
        let y = f.mul(f.toMont(BigUInt(4)), f.inversePrime(f.toMont(BigUInt(5))))
        let y2 = f.mul(y, y)
        let u = f.sub(y2, f.one)
        let v = f.add(f.mul(d, y2), f.one)
        let x2 = f.mul(u, f.inversePrime(v))
        var x = f.pow(x2, (p + BigUInt(3)) >> 3)
        if f.mul(x, x) != x2 {
            let sqrtM1 = f.pow(f.toMont(BigUInt(2)), (p - BigUInt(1)) >> 2)
            x = f.mul(x, sqrtM1)
        }
        if f.fromMont(x).isOdd { x = f.sub([0, 0, 0, 0], x) }
        return Point(x: x, y: y, z: f.one, t: f.mul(x, y))
    }()

    static func add(_ a: Point, _ b: Point) -> Point {
        let f = field
        let aa = f.mul(f.sub(a.y, a.x), f.sub(b.y, b.x))
        let bb = f.mul(f.add(a.y, a.x), f.add(b.y, b.x))
        let cc = f.mul(f.mul(a.t, d2), b.t)
        let z = f.mul(a.z, b.z)
        let dd = f.add(z, z)
        let e = f.sub(bb, aa), ff = f.sub(dd, cc), g = f.add(dd, cc), h = f.add(bb, aa)
        return Point(x: f.mul(e, ff), y: f.mul(g, h), z: f.mul(ff, g), t: f.mul(e, h))
    }

    static func multiply(_ k: BigUInt, _ pt: Point) -> Point {
        var acc = identity
        var i = k.bitWidth - 1
        while i >= 0 {
            acc = add(acc, acc)
            if k.bit(i) { acc = add(acc, pt) }
            i -= 1
        }
        return acc
    }

    /// 32-byte encoding: y little-endian, top bit = parity of x.
    static func encode(_ pt: Point) -> [UInt8] {
        let f = field
        let zi = f.inversePrime(pt.z)
        let x = f.fromMont(f.mul(pt.x, zi)), y = f.fromMont(f.mul(pt.y, zi))
        var out = Array(y.bytes(count: 32).reversed())
        if x.isOdd { out[31] |= 0x80 }
        return out
    }

    static func littleEndian(_ b: [UInt8]) -> BigUInt { BigUInt(bytes: Array(b.reversed())) }

    /// The clamped secret scalar and the nonce prefix of a seed.
    static func expand(seed: [UInt8]) -> (BigUInt, [UInt8]) {
        let h = SHA512.hash(seed)
        var a = Array(h[0..<32])
        a[0] &= 248
        a[31] &= 127
        a[31] |= 64
        return (littleEndian(a), Array(h[32..<64]))
    }

    static func publicKey(seed: [UInt8]) -> [UInt8] {
        encode(multiply(expand(seed: seed).0, base))
    }

    static func sign(_ message: [UInt8], seed: [UInt8]) -> [UInt8] {
        let (a, prefix) = expand(seed: seed)
        let pub = encode(multiply(a, base))
        let r = littleEndian(SHA512.hash(prefix + message)) % order
        let rEnc = encode(multiply(r, base))
        let k = littleEndian(SHA512.hash(rEnc + pub + message)) % order
        let s = (r + k * (a % order)) % order
        return rEnc + Array(s.bytes(count: 32).reversed())
    }
}
