/// AES block cipher (FIPS 197) for any 16/24/32-byte key, with Sprig's
/// `encryptAES`/`decryptAES` scheme around it: AES-256-CBC, the key being the password
/// zero-padded or truncated to 32 bytes, a random IV prepended, PKCS#7 padding, base64.
struct AES {
    static let sbox: [UInt8] = {
        var s = [UInt8](repeating: 0, count: 256)
        var p: UInt8 = 1, q: UInt8 = 1
        // Walk the multiplicative group with generator 3 and its inverse 0xF6.
        repeat {
            p = p ^ (p << 1) ^ (p & 0x80 != 0 ? 0x1B : 0)
            q ^= q << 1; q ^= q << 2; q ^= q << 4
            if q & 0x80 != 0 { q ^= 0x09 }
            let x = q ^ rotl(q, 1) ^ rotl(q, 2) ^ rotl(q, 3) ^ rotl(q, 4)
            s[Int(p)] = x ^ 0x63
        } while p != 1
        s[0] = 0x63
        return s
    }()

    static let inverseSbox: [UInt8] = {
        var inv = [UInt8](repeating: 0, count: 256)
        for i in 0..<256 { inv[Int(sbox[i])] = UInt8(i) }
        return inv
    }()

    static func rotl(_ x: UInt8, _ n: UInt8) -> UInt8 { (x << n) | (x >> (8 - n)) }

    static func xtime(_ x: UInt8) -> UInt8 { (x << 1) ^ (x & 0x80 != 0 ? 0x1B : 0) }

    static func gmul(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var a = a, b = b, r: UInt8 = 0
        while b != 0 {
            if b & 1 != 0 { r ^= a }
            a = xtime(a)
            b >>= 1
        }
        return r
    }

    /// Round keys, 16 bytes per round.
    let roundKeys: [[UInt8]]

    /// nil for a key length other than 16, 24 or 32.
    init?(key: [UInt8]) {
        let nk = key.count / 4
        guard key.count == 16 || key.count == 24 || key.count == 32 else { return nil }
        let rounds = nk + 6
        var w: [[UInt8]] = stride(from: 0, to: key.count, by: 4).map { Array(key[$0..<($0 + 4)]) }
        var rcon: UInt8 = 1
        for i in nk..<(4 * (rounds + 1)) {
            var t = w[i - 1]
            if i % nk == 0 {
                t = [AES.sbox[Int(t[1])] ^ rcon, AES.sbox[Int(t[2])], AES.sbox[Int(t[3])], AES.sbox[Int(t[0])]]
                rcon = AES.xtime(rcon)
            } else if nk > 6 && i % nk == 4 {
                t = t.map { AES.sbox[Int($0)] }
            }
            w.append(zip(w[i - nk], t).map { $0 ^ $1 })
        }
        roundKeys = (0...rounds).map { r in Array(w[(4 * r)..<(4 * r + 4)].joined()) }
    }

    /// Encrypts one 16-byte block (column-major state as in FIPS 197).
    func encrypt(_ block: [UInt8]) -> [UInt8] {
        var s = zip(block, roundKeys[0]).map { $0 ^ $1 }
        let last = roundKeys.count - 1
        for r in 1...last {
            for i in 0..<16 { s[i] = AES.sbox[Int(s[i])] }
            var t = s
            for c in 0..<4 { for row in 0..<4 { t[c * 4 + row] = s[((c + row) % 4) * 4 + row] } }
            s = t
            if r != last {
                for c in 0..<4 {
                    let a0 = s[c * 4], a1 = s[c * 4 + 1], a2 = s[c * 4 + 2], a3 = s[c * 4 + 3]
                    s[c * 4] = AES.xtime(a0) ^ AES.xtime(a1) ^ a1 ^ a2 ^ a3
                    s[c * 4 + 1] = a0 ^ AES.xtime(a1) ^ AES.xtime(a2) ^ a2 ^ a3
                    s[c * 4 + 2] = a0 ^ a1 ^ AES.xtime(a2) ^ AES.xtime(a3) ^ a3
                    s[c * 4 + 3] = AES.xtime(a0) ^ a0 ^ a1 ^ a2 ^ AES.xtime(a3)
                }
            }
            for i in 0..<16 { s[i] ^= roundKeys[r][i] }
        }
        return s
    }

    /// Decrypts one 16-byte block.
    func decrypt(_ block: [UInt8]) -> [UInt8] {
        let last = roundKeys.count - 1
        var s = zip(block, roundKeys[last]).map { $0 ^ $1 }
        var r = last
        while r >= 1 {
            var t = s
            for c in 0..<4 { for row in 0..<4 { t[((c + row) % 4) * 4 + row] = s[c * 4 + row] } }
            s = t
            for i in 0..<16 { s[i] = AES.inverseSbox[Int(s[i])] }
            for i in 0..<16 { s[i] ^= roundKeys[r - 1][i] }
            if r != 1 {
                for c in 0..<4 {
                    let a0 = s[c * 4], a1 = s[c * 4 + 1], a2 = s[c * 4 + 2], a3 = s[c * 4 + 3]
                    s[c * 4] = AES.gmul(a0, 14) ^ AES.gmul(a1, 11) ^ AES.gmul(a2, 13) ^ AES.gmul(a3, 9)
                    s[c * 4 + 1] = AES.gmul(a0, 9) ^ AES.gmul(a1, 14) ^ AES.gmul(a2, 11) ^ AES.gmul(a3, 13)
                    s[c * 4 + 2] = AES.gmul(a0, 13) ^ AES.gmul(a1, 9) ^ AES.gmul(a2, 14) ^ AES.gmul(a3, 11)
                    s[c * 4 + 3] = AES.gmul(a0, 11) ^ AES.gmul(a1, 13) ^ AES.gmul(a2, 9) ^ AES.gmul(a3, 14)
                }
            }
            r -= 1
        }
        return s
    }

    /// Sprig's 32-byte key: the password's bytes, zero-padded or truncated.
    static func sprigKey(_ password: String) -> [UInt8] {
        var key = Array(Array(password.utf8).prefix(32))
        while key.count < 32 { key.append(0) }
        return key
    }

    /// CBC encryption of whole blocks.
    func cbcEncrypt(_ data: [UInt8], iv: [UInt8]) -> [UInt8] {
        var prev = iv
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var i = 0
        while i + 16 <= data.count {
            prev = encrypt(zip(data[i..<(i + 16)], prev).map { $0 ^ $1 })
            out.append(contentsOf: prev)
            i += 16
        }
        return out
    }

    /// CBC decryption of whole blocks.
    func cbcDecrypt(_ data: [UInt8], iv: [UInt8]) -> [UInt8] {
        var prev = iv
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var i = 0
        while i + 16 <= data.count {
            let block = Array(data[i..<(i + 16)])
            out.append(contentsOf: zip(decrypt(block), prev).map { $0 ^ $1 })
            prev = block
            i += 16
        }
        return out
    }
}
