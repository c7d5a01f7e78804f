/// Adler-32 (RFC 1950), as Go's `hash/adler32` computes it for Sprig's `adler32sum`.
enum Adler32 {
    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        let mod: UInt32 = 65521
        var a: UInt32 = 1, b: UInt32 = 0
        var i = 0
        while i < bytes.count {
            // 5552 bytes keep the sums below 2^32 before reduction (zlib's NMAX).
            let end = Swift.min(i + 5552, bytes.count)
            while i < end { a &+= UInt32(bytes[i]); b &+= a; i += 1 }
            a %= mod; b %= mod
        }
        return b << 16 | a
    }
}
