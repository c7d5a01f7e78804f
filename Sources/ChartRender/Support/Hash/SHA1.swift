/// SHA-1 (FIPS 180-4), as Go's `crypto/sha1` computes it for Sprig's `sha1sum`.
enum SHA1 {
    /// The 20-byte digest of `bytes`.
    static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        let msg = HashPadding.pad(bytes, blockSize: 64, lengthBytes: 8)
        var w = [UInt32](repeating: 0, count: 80)
        var block = 0
        while block < msg.count {
            for t in 0..<16 { w[t] = HashPadding.be32(msg, block + 4 * t) }
            for t in 16..<80 { w[t] = HashPadding.rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1) }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4]
            for t in 0..<80 {
                let f: UInt32
                let k: UInt32
                switch t {
                case 0..<20: f = (b & c) | (~b & d); k = 0x5A82_7999
                case 20..<40: f = b ^ c ^ d; k = 0x6ED9_EBA1
                case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1B_BCDC
                default: f = b ^ c ^ d; k = 0xCA62_C1D6
                }
                let temp = HashPadding.rotl(a, 5) &+ f &+ e &+ k &+ w[t]
                e = d; d = c; c = HashPadding.rotl(b, 30); b = a; a = temp
            }
            h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d; h[4] = h[4] &+ e
            block += 64
        }
        return HashPadding.bytesBE(h)
    }
}

/// Shared Merkle–Damgård helpers of the SHA family.
enum HashPadding {
    /// Appends 0x80, zeros, and the big-endian bit length (in `lengthBytes` bytes).
    static func pad(_ bytes: [UInt8], blockSize: Int, lengthBytes: Int) -> [UInt8] {
        var msg = bytes
        msg.append(0x80)
        while (msg.count + lengthBytes) % blockSize != 0 { msg.append(0) }
        let bits = UInt64(bytes.count) &* 8
        for _ in 0..<(lengthBytes - 8) { msg.append(0) }
        for i in (0..<8).reversed() { msg.append(UInt8(truncatingIfNeeded: bits >> (UInt64(i) * 8))) }
        return msg
    }

    static func be32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
    }

    static func be64(_ b: [UInt8], _ i: Int) -> UInt64 {
        var v: UInt64 = 0
        for k in 0..<8 { v = v << 8 | UInt64(b[i + k]) }
        return v
    }

    @inline(__always) static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
    @inline(__always) static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    @inline(__always) static func rotr64(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }

    static func bytesBE(_ words: [UInt32]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(words.count * 4)
        for w in words { for s in [24, 16, 8, 0] as [UInt32] { out.append(UInt8(truncatingIfNeeded: w >> s)) } }
        return out
    }

    static func bytesBE64(_ words: [UInt64]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(words.count * 8)
        for w in words { for i in (0..<8).reversed() { out.append(UInt8(truncatingIfNeeded: w >> (UInt64(i) * 8))) } }
        return out
    }

    /// Lower-case hex, as Go's `hex.EncodeToString`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Lower-case hexadecimal text of bytes (Go's `hex.EncodeToString`).
func hexString(_ bytes: [UInt8]) -> String { HashPadding.hex(bytes) }
