/// Go's `net.ParseIP` (no zones, no leading zeros in IPv4 parts) and `IP.To4`, for the
/// IP SANs of Sprig's certificate functions.
enum IPAddress {
    /// 4 bytes for IPv4 and IPv4-mapped IPv6 (as `To4` gives), 16 for other IPv6; nil if invalid.
    static func parseForSAN(_ s: String) -> [UInt8]? {
        let b = Array(s.utf8)
        if let v4 = parseV4(b[...]) { return v4 }
        guard let v6 = parseV6(b) else { return nil }
        if v6[0..<10].allSatisfy({ $0 == 0 }) && v6[10] == 0xFF && v6[11] == 0xFF { return Array(v6[12..<16]) }
        return v6
    }

    static func parseV4(_ b: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var value = 0, digits = 0
        for c in b {
            if c >= 48 && c <= 57 {
                if digits > 0 && value == 0 { return nil }  // leading zero
                value = value * 10 + Int(c - 48)
                digits += 1
                if digits > 3 || value > 255 { return nil }
            } else if c == 46 {
                if digits == 0 || out.count == 3 { return nil }
                out.append(UInt8(value))
                value = 0; digits = 0
            } else {
                return nil
            }
        }
        if digits == 0 || out.count != 3 { return nil }
        out.append(UInt8(value))
        return out
    }

    static func parseV6(_ b: [UInt8]) -> [UInt8]? {
        guard b.count >= 2 else { return nil }
        var groups: [UInt16] = []
        var ellipsis: Int? = nil
        var i = 0
        if b[0] == 58 {
            guard b.count >= 2, b[1] == 58 else { return nil }
            ellipsis = 0
            i = 2
            if i == b.count { return [UInt8](repeating: 0, count: 16) }
        }
        var tail: [UInt8] = []
        while i < b.count {
            // IPv4 tail?
            var j = i
            while j < b.count, b[j] != 58, b[j] != 46 { j += 1 }
            if j < b.count, b[j] == 46 {
                guard groups.count <= 6, let v4 = parseV4(b[i...]) else { return nil }
                tail = v4
                i = b.count
                break
            }
            var v = 0, n = 0
            while i < b.count, let d = hexValue(UInt32(b[i])).map(Int.init) {
                v = v * 16 + d
                n += 1
                i += 1
                if n > 4 { return nil }
            }
            if n == 0 { return nil }
            groups.append(UInt16(v))
            if groups.count > 8 { return nil }
            if i == b.count { break }
            guard b[i] == 58 else { return nil }
            i += 1
            if i < b.count, b[i] == 58 {
                if ellipsis != nil { return nil }
                ellipsis = groups.count
                i += 1
                if i == b.count { break }
            } else if i == b.count {
                return nil
            }
        }
        var bytes: [UInt8] = []
        for g in groups { bytes += [UInt8(g >> 8), UInt8(g & 0xFF)] }
        bytes += tail
        if let e = ellipsis {
            guard bytes.count < 16 else { return nil }
            let fill = [UInt8](repeating: 0, count: 16 - bytes.count)
            bytes.insert(contentsOf: fill, at: e * 2)
        }
        return bytes.count == 16 ? bytes : nil
    }
}
