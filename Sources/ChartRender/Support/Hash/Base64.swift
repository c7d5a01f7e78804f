/// Go's `encoding/base64` standard encoding (with `=` padding), including the exact
/// `illegal base64 data at input byte N` positions of `CorruptInputError`.
enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let decodeMap: [UInt8] = {
        var m = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { m[Int(c)] = UInt8(i) }
        return m
    }()

    /// `base64.StdEncoding.EncodeToString`.
    static func encode(_ src: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((src.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= src.count {
            let v = UInt32(src[i]) << 16 | UInt32(src[i + 1]) << 8 | UInt32(src[i + 2])
            for s in [18, 12, 6, 0] as [UInt32] { out.append(alphabet[Int((v >> s) & 63)]) }
            i += 3
        }
        let rem = src.count - i
        if rem > 0 {
            var v = UInt32(src[i]) << 16
            if rem == 2 { v |= UInt32(src[i + 1]) << 8 }
            out.append(alphabet[Int((v >> 18) & 63)])
            out.append(alphabet[Int((v >> 12) & 63)])
            out.append(rem == 2 ? alphabet[Int((v >> 6) & 63)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `base64.StdEncoding.DecodeString`: the bytes, or Go's error text. Like Go it
    /// skips `\r` and `\n` anywhere and reports the offset of the first bad byte.
    static func decode(_ src: [UInt8]) -> Result<[UInt8], FunctionError> {
        var out: [UInt8] = []
        var si = 0
        func corrupt(_ at: Int) -> Result<[UInt8], FunctionError> {
            .failure(FunctionError("illegal base64 data at input byte \(at)"))
        }
        func isNL(_ c: UInt8) -> Bool { c == 10 || c == 13 }
        while true {
            // One quantum (Go's decodeQuantum).
            var dbuf = [UInt8](repeating: 0, count: 4)
            var dlen = 4
            var j = 0
            var trailing: Int? = nil
            quantum: while j < 4 {
                if si == src.count {
                    if j == 0 { return .success(out) }
                    return corrupt(si - j)
                }
                let c = src[si]
                si += 1
                let v = decodeMap[Int(c)]
                if v != 0xFF { dbuf[j] = v; j += 1; continue }
                if isNL(c) { continue }
                if c != UInt8(ascii: "=") { return corrupt(si - 1) }
                switch j {
                case 0, 1: return corrupt(si - 1)
                case 2:
                    while si < src.count, isNL(src[si]) { si += 1 }
                    if si == src.count { return corrupt(src.count) }
                    if src[si] != UInt8(ascii: "=") { return corrupt(si - 1) }
                    si += 1
                default: break
                }
                while si < src.count, isNL(src[si]) { si += 1 }
                if si < src.count { trailing = si }
                dlen = j
                break quantum
            }
            let val = UInt32(dbuf[0]) << 18 | UInt32(dbuf[1]) << 12 | UInt32(dbuf[2]) << 6 | UInt32(dbuf[3])
            let bytes = [UInt8(truncatingIfNeeded: val >> 16), UInt8(truncatingIfNeeded: val >> 8), UInt8(truncatingIfNeeded: val)]
            out.append(contentsOf: bytes[0..<(dlen - 1)])
            if let t = trailing { return corrupt(t) }
            if dlen < 4 { return .success(out) }
        }
    }
}

/// Go's `encoding/base32` standard encoding (RFC 4648 alphabet, `=` padding).
enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    static let decodeMap: [UInt8] = {
        var m = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { m[Int(c)] = UInt8(i) }
        return m
    }()

    /// `base32.StdEncoding.EncodeToString`.
    static func encode(_ src: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < src.count {
            var chunk = [UInt8](repeating: 0, count: 5)
            let n = Swift.min(5, src.count - i)
            for k in 0..<n { chunk[k] = src[i + k] }
            var v: UInt64 = 0
            for k in 0..<5 { v = v << 8 | UInt64(chunk[k]) }
            let chars = [0, 2, 4, 5, 7, 8][n]
            for k in 0..<8 {
                if k < chars { out.append(alphabet[Int((v >> UInt64(35 - 5 * k)) & 31)]) } else { out.append(UInt8(ascii: "=")) }
            }
            i += 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `base32.StdEncoding.DecodeString`: newlines are stripped first, then quanta of
    /// eight are decoded with Go's padding checks and error offsets.
    static func decode(_ raw: [UInt8]) -> Result<[UInt8], FunctionError> {
        let src = raw.filter { $0 != 10 && $0 != 13 }
        let olen = src.count
        var pos = 0
        var out: [UInt8] = []
        var end = false
        func corrupt(_ at: Int) -> Result<[UInt8], FunctionError> {
            .failure(FunctionError("illegal base32 data at input byte \(at)"))
        }
        while pos < olen && !end {
            var dbuf = [UInt8](repeating: 0, count: 8)
            var dlen = 8
            var j = 0
            while j < 8 {
                let left = olen - pos
                if left == 0 { return corrupt(olen - left - j) }
                let c = src[pos]
                pos += 1
                let remaining = olen - pos
                if c == UInt8(ascii: "="), j >= 2, remaining < 8 {
                    if remaining + j < 7 { return corrupt(olen) }
                    for k in 0..<(7 - j) where remaining > k && src[pos + k] != UInt8(ascii: "=") {
                        return corrupt(olen - remaining + k - 1)
                    }
                    dlen = j
                    end = true
                    if dlen == 1 || dlen == 3 || dlen == 6 { return corrupt(olen - remaining - 1) }
                    break
                }
                dbuf[j] = decodeMap[Int(c)]
                if dbuf[j] == 0xFF { return corrupt(olen - remaining - 1) }
                j += 1
            }
            var v: UInt64 = 0
            for k in 0..<8 { v = v << 5 | UInt64(dbuf[k]) }
            let produce = [0, 0, 1, 1, 2, 3, 3, 4, 5][dlen]
            for k in 0..<produce { out.append(UInt8(truncatingIfNeeded: v >> UInt64(32 - 8 * k))) }
        }
        return .success(out)
    }
}
