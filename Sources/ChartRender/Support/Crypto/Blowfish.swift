/// Blowfish with the salted key schedule of bcrypt's EksBlowfish (as in
/// golang.org/x/crypto/blowfish: `NewSaltedCipher`, `ExpandKey`).
///
/// The initial P-array and S-boxes are, by definition, the hexadecimal digits of the
/// fractional part of pi (18 + 4·256 words). They are computed once here with Machin's
/// formula in fixed point rather than pasted in as a table.
struct Blowfish {
    var p: [UInt32]
    var s: [UInt32]  // 4 × 256, flattened

    /// 1042 words of pi's fractional hex digits.
    static let piWords: [UInt32] = {
        let words = 18 + 1024
        let fracBits = words * 32 + 64
        // pi = 16·atan(1/5) - 4·atan(1/239), fixed point with `fracBits` fraction bits.
        func atanInverse(_ x: UInt64) -> BigUInt {
            var term = BigUInt(1) << fracBits
            term.divide(by: x)
            var sum = term
            var k: UInt64 = 1
            var negative = true
            let x2 = x * x
            while !term.isZero {
                term.divide(by: x2)
                var t = term
                t.divide(by: 2 * k + 1)
                if negative { sum = sum - t } else { sum = sum + t }
                negative.toggle()
                k += 1
            }
            return sum
        }
        let a = atanInverse(5), b = atanInverse(239)
        let pi = (a << 4) - (b << 2)
        // Drop the integer part (3) and the guard bits; read words from the top.
        let frac = pi >> 64
        var out = [UInt32](repeating: 0, count: words)
        for i in 0..<words {
            let shift = (words - 1 - i) * 32
            let limb = frac.limbs.count > shift / 64 ? frac.limbs[shift / 64] : 0
            out[i] = UInt32(truncatingIfNeeded: limb >> UInt64(shift % 64))
        }
        return out
    }()

    init() {
        let w = Blowfish.piWords
        p = Array(w[0..<18])
        s = Array(w[18..<1042])
    }

    @inline(__always) private func f(_ x: UInt32) -> UInt32 {
        ((s[Int(x >> 24)] &+ s[256 + Int((x >> 16) & 0xFF)]) ^ s[512 + Int((x >> 8) & 0xFF)]) &+ s[768 + Int(x & 0xFF)]
    }

    @_optimize(speed)
    func encrypt(_ l0: UInt32, _ r0: UInt32) -> (UInt32, UInt32) {
        var l = l0 ^ p[0], r = r0
        var i = 1
        while i < 17 {
            r ^= f(l) ^ p[i]
            l ^= f(r) ^ p[i + 1]
            i += 2
        }
        return (r ^ p[17], l)
    }

    /// Next 32-bit word of `data` read cyclically from `pos`.
    private static func stream(_ data: [UInt8], _ pos: inout Int) -> UInt32 {
        var w: UInt32 = 0
        for _ in 0..<4 {
            w = w << 8 | UInt32(data[pos])
            pos += 1
            if pos >= data.count { pos = 0 }
        }
        return w
    }

    /// `ExpandKey` (salt empty) or `expandKeyWithSalt`.
    @_optimize(speed)
    mutating func expand(key: [UInt8], salt: [UInt8]) {
        guard !key.isEmpty else { return }
        var kp = 0
        for i in 0..<18 { p[i] ^= Blowfish.stream(key, &kp) }
        var sp = 0
        var l: UInt32 = 0, r: UInt32 = 0
        func mix() {
            if !salt.isEmpty {
                l ^= Blowfish.stream(salt, &sp)
                r ^= Blowfish.stream(salt, &sp)
            }
            (l, r) = encrypt(l, r)
        }
        var i = 0
        while i < 18 { mix(); p[i] = l; p[i + 1] = r; i += 2 }
        i = 0
        while i < 1024 { mix(); s[i] = l; s[i + 1] = r; i += 2 }
    }
}

/// bcrypt as golang.org/x/crypto/bcrypt produces it: `$2a$`, the cost, 22 characters of
/// salt and 31 of hash in bcrypt's base64 alphabet; the key is the password plus a NUL.
enum BCrypt {
    static let alphabet = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// Unpadded base64 in bcrypt's alphabet.
    static func encode(_ src: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < src.count {
            let b0 = UInt32(src[i])
            let b1 = i + 1 < src.count ? UInt32(src[i + 1]) : 0
            let b2 = i + 2 < src.count ? UInt32(src[i + 2]) : 0
            let v = b0 << 16 | b1 << 8 | b2
            let chars = min(4, (src.count - i) + 1)
            for k in 0..<chars { out.append(alphabet[Int((v >> UInt32(18 - 6 * k)) & 63)]) }
            i += 3
        }
        return out
    }

    /// Decodes unpadded bcrypt base64 (nil on a character outside the alphabet).
    static func decode(_ src: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var acc: UInt32 = 0, bits = 0
        for c in src {
            guard let v = alphabet.firstIndex(of: c) else { return nil }
            acc = acc << 6 | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: acc >> UInt32(bits)))
            }
        }
        return out
    }

    /// `bcrypt.GenerateFromPassword(password, cost)` with a given 16-byte salt.
    static func hash(password: [UInt8], salt: [UInt8], cost: Int) throws -> String {
        guard password.count <= 72 else { throw FunctionError("bcrypt: password length exceeds 72 bytes") }
        guard cost >= 4, cost <= 31, salt.count == 16 else { throw FunctionError("bcrypt: invalid cost") }
        let key = password + [0]
        // Go stores the salt base64-encoded and decodes it back to 16 bytes.
        var bf = Blowfish()
        bf.expand(key: key, salt: salt)
        for _ in 0..<(1 << cost) {
            bf.expand(key: key, salt: [])
            bf.expand(key: salt, salt: [])
        }
        let magic = Array("OrpheanBeholderScryDoubt".utf8)
        var words = [UInt32](repeating: 0, count: 6)
        for (i, byte) in magic.enumerated() {
            words[i / 4] = words[i / 4] << 8 | UInt32(byte)
        }
        var j = 0
        while j < 6 {
            for _ in 0..<64 { (words[j], words[j + 1]) = bf.encrypt(words[j], words[j + 1]) }
            j += 2
        }
        var digest: [UInt8] = []
        for w in words {
            for shift: UInt32 in [24, 16, 8, 0] { digest.append(UInt8(truncatingIfNeeded: w >> shift)) }
        }
        let costText = cost < 10 ? "0\(cost)" : "\(cost)"
        let text = Array("$2a$\(costText)$".utf8) + encode(salt) + encode(Array(digest.prefix(23)))
        return String(decoding: text, as: UTF8.self)
    }
}
