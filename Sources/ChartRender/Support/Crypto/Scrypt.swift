/// HMAC-SHA256 (RFC 2104), PBKDF2-HMAC-SHA256 (RFC 8018) and scrypt (RFC 7914), as
/// golang.org/x/crypto/scrypt computes `Key(password, salt, N, r, p, keyLen)`.
enum KDF {
    static func hmacSHA256(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        var k = key.count > 64 ? SHA256.hash(key) : key
        while k.count < 64 { k.append(0) }
        let inner = SHA256.hash(k.map { $0 ^ 0x36 } + message)
        return SHA256.hash(k.map { $0 ^ 0x5C } + inner)
    }

    static func pbkdf2SHA256(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        var out: [UInt8] = []
        var block: UInt32 = 1
        while out.count < keyLength {
            var u = hmacSHA256(key: password, salt + MasterPassword.bigEndian32(block))
            var t = u
            if iterations > 1 {
                for _ in 1..<iterations {
                    u = hmacSHA256(key: password, u)
                    for i in 0..<t.count { t[i] ^= u[i] }
                }
            }
            out.append(contentsOf: t)
            block &+= 1
        }
        return Array(out.prefix(keyLength))
    }

    /// scrypt; nil for parameters Go rejects ("scrypt: N must be > 1 and a power of 2", ...).
    static func scrypt(password: [UInt8], salt: [UInt8], n: Int, r: Int, p: Int, keyLength: Int) -> [UInt8]? {
        guard n > 1, n & (n - 1) == 0, r > 0, p > 0, r * p < 1 << 30, n <= 1 << 24 else { return nil }
        let blockWords = 32 * r
        var b = pbkdf2SHA256(password: password, salt: salt, iterations: 1, keyLength: p * 128 * r)
        var x = [UInt32](repeating: 0, count: blockWords)
        var y = [UInt32](repeating: 0, count: blockWords)
        var v = [UInt32](repeating: 0, count: blockWords * n)
        for i in 0..<p {
            let off = i * 128 * r
            for w in 0..<blockWords {
                let o = off + w * 4
                x[w] = UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
            }
            x.withUnsafeMutableBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { yp in
                    v.withUnsafeMutableBufferPointer { vp in
                        roMix(xp, yp, vp, n: n, r: r)
                    }
                }
            }
            for w in 0..<blockWords {
                let o = off + w * 4
                b[o] = UInt8(truncatingIfNeeded: x[w])
                b[o + 1] = UInt8(truncatingIfNeeded: x[w] >> 8)
                b[o + 2] = UInt8(truncatingIfNeeded: x[w] >> 16)
                b[o + 3] = UInt8(truncatingIfNeeded: x[w] >> 24)
            }
        }
        return pbkdf2SHA256(password: password, salt: b, iterations: 1, keyLength: keyLength)
    }

    @_optimize(speed)
    private static func roMix(_ x: UnsafeMutableBufferPointer<UInt32>, _ y: UnsafeMutableBufferPointer<UInt32>,
                              _ v: UnsafeMutableBufferPointer<UInt32>, n: Int, r: Int) {
        let bw = 32 * r
        guard let xb = x.baseAddress, let yb = y.baseAddress, let vb = v.baseAddress,
              x.count >= bw, y.count >= bw, v.count >= bw * n else { return }
        for i in 0..<n {
            (vb + i * bw).update(from: xb, count: bw)
            blockMix(xb, yb, r)
        }
        for _ in 0..<n {
            let j = Int(xb[(2 * r - 1) * 16]) & (n - 1)
            let vj = vb + j * bw
            for k in 0..<bw { xb[k] ^= vj[k] }
            blockMix(xb, yb, r)
        }
    }

    /// BlockMix with Salsa20/8; `b` is updated in place, `y` is scratch.
    @_optimize(speed)
    private static func blockMix(_ b: UnsafeMutablePointer<UInt32>, _ y: UnsafeMutablePointer<UInt32>, _ r: Int) {
        var t = [UInt32](repeating: 0, count: 16)
        t.withUnsafeMutableBufferPointer { tp in
            guard let tb = tp.baseAddress else { return }
            tb.update(from: b + (2 * r - 1) * 16, count: 16)
            for i in 0..<(2 * r) {
                for k in 0..<16 { tb[k] ^= b[i * 16 + k] }
                salsa8(tb)
                // Even blocks go to the first half, odd blocks to the second.
                let dest = (i & 1 == 0 ? i / 2 : r + i / 2) * 16
                (y + dest).update(from: tb, count: 16)
            }
        }
        b.update(from: y, count: 32 * r)
    }

    @_optimize(speed)
    private static func salsa8(_ s: UnsafeMutablePointer<UInt32>) {
        var x0 = s[0], x1 = s[1], x2 = s[2], x3 = s[3], x4 = s[4], x5 = s[5], x6 = s[6], x7 = s[7]
        var x8 = s[8], x9 = s[9], x10 = s[10], x11 = s[11], x12 = s[12], x13 = s[13], x14 = s[14], x15 = s[15]
        @inline(__always) func rotl(_ v: UInt32, _ c: UInt32) -> UInt32 { (v << c) | (v >> (32 - c)) }
        for _ in 0..<4 {
            x4 ^= rotl(x0 &+ x12, 7); x8 ^= rotl(x4 &+ x0, 9); x12 ^= rotl(x8 &+ x4, 13); x0 ^= rotl(x12 &+ x8, 18)
            x9 ^= rotl(x5 &+ x1, 7); x13 ^= rotl(x9 &+ x5, 9); x1 ^= rotl(x13 &+ x9, 13); x5 ^= rotl(x1 &+ x13, 18)
            x14 ^= rotl(x10 &+ x6, 7); x2 ^= rotl(x14 &+ x10, 9); x6 ^= rotl(x2 &+ x14, 13); x10 ^= rotl(x6 &+ x2, 18)
            x3 ^= rotl(x15 &+ x11, 7); x7 ^= rotl(x3 &+ x15, 9); x11 ^= rotl(x7 &+ x3, 13); x15 ^= rotl(x11 &+ x7, 18)
            x1 ^= rotl(x0 &+ x3, 7); x2 ^= rotl(x1 &+ x0, 9); x3 ^= rotl(x2 &+ x1, 13); x0 ^= rotl(x3 &+ x2, 18)
            x6 ^= rotl(x5 &+ x4, 7); x7 ^= rotl(x6 &+ x5, 9); x4 ^= rotl(x7 &+ x6, 13); x5 ^= rotl(x4 &+ x7, 18)
            x11 ^= rotl(x10 &+ x9, 7); x8 ^= rotl(x11 &+ x10, 9); x9 ^= rotl(x8 &+ x11, 13); x10 ^= rotl(x9 &+ x8, 18)
            x12 ^= rotl(x15 &+ x14, 7); x13 ^= rotl(x12 &+ x15, 9); x14 ^= rotl(x13 &+ x12, 13); x15 ^= rotl(x14 &+ x13, 18)
        }
        s[0] = s[0] &+ x0; s[1] = s[1] &+ x1; s[2] = s[2] &+ x2; s[3] = s[3] &+ x3
        s[4] = s[4] &+ x4; s[5] = s[5] &+ x5; s[6] = s[6] &+ x6; s[7] = s[7] &+ x7
        s[8] = s[8] &+ x8; s[9] = s[9] &+ x9; s[10] = s[10] &+ x10; s[11] = s[11] &+ x11
        s[12] = s[12] &+ x12; s[13] = s[13] &+ x13; s[14] = s[14] &+ x14; s[15] = s[15] &+ x15
    }
}

/// Sprig's `derivePassword`: the Master Password algorithm (scrypt N=32768 r=8 p=2 over
/// the seed "com.lyndir.masterpassword", HMAC-SHA256 of the site, then a template).
enum MasterPassword {
    static let templates: [String: [String]] = [
        "maximum": ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        "long": ["CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
                 "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
                 "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
                 "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
                 "CvccCvcvCvccno"],
        "medium": ["CvcnoCvc", "CvcCvcno"],
        "short": ["Cvcn"],
        "basic": ["aaanaaan", "aannaaan", "aaannaaa"],
        "pin": ["nnnn"],
    ]

    static let characters: [UInt8: [UInt8]] = [
        UInt8(ascii: "V"): Array("AEIOU".utf8),
        UInt8(ascii: "C"): Array("BCDFGHJKLMNPQRSTVWXYZ".utf8),
        UInt8(ascii: "v"): Array("aeiou".utf8),
        UInt8(ascii: "c"): Array("bcdfghjklmnpqrstvwxyz".utf8),
        UInt8(ascii: "A"): Array("AEIOUBCDFGHJKLMNPQRSTVWXYZ".utf8),
        UInt8(ascii: "a"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz".utf8),
        UInt8(ascii: "n"): Array("0123456789".utf8),
        UInt8(ascii: "o"): Array("@&%?,=[]_:-+*$#!'^~;()/.".utf8),
        UInt8(ascii: "x"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()".utf8),
    ]

    static let seed = Array("com.lyndir.masterpassword".utf8)

    static func bigEndian32(_ v: UInt32) -> [UInt8] {
        [24, 16, 8, 0].map { (shift: UInt32) -> UInt8 in UInt8(truncatingIfNeeded: v >> shift) }
    }

    static func derive(counter: UInt32, type: String, password: String, user: String, site: String) -> String {
        guard let temps = templates[type] else { return "cannot find password template \(type)" }
        let userBytes = Array(user.utf8), siteBytes = Array(site.utf8)
        let salt = seed + bigEndian32(UInt32(truncatingIfNeeded: userBytes.count)) + userBytes
        guard let key = KDF.scrypt(password: Array(password.utf8), salt: salt, n: 32768, r: 8, p: 2, keyLength: 64) else {
            return "failed to derive password: scrypt: parameters are too large"
        }
        let message = seed + bigEndian32(UInt32(truncatingIfNeeded: siteBytes.count)) + siteBytes + bigEndian32(counter)
        let mac = KDF.hmacSHA256(key: key, message)
        let template = Array(temps[Int(mac[0]) % temps.count].utf8)
        var out: [UInt8] = []
        for (i, c) in template.enumerated() {
            let chars = characters[c] ?? [UInt8(ascii: "?")]
            out.append(chars[Int(mac[i + 1]) % chars.count])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
