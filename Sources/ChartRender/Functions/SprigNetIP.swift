/// Go's `netip.ParseAddr` as far as `url.Parse` uses it to check a bracketed host
/// (`http://[::1]/`): it only reports whether the text is an address, which family, and
/// Go's error text (`ParseAddr("1:2"): address string too short`).
enum SprigNetIP {
    enum Family { case v4, v6 }

    /// `netip.ParseAddr(s)`: the family, or Go's error message.
    static func parseAddr(_ s: String) -> Result<Family, FunctionError> {
        let b = Array(s.utf8)
        for c in b {
            switch c {
            case UInt8(ascii: "."): return parseIPv4(b, in: s).map { .v4 }
            case UInt8(ascii: ":"): return parseIPv6(b, in: s).map { .v6 }
            case UInt8(ascii: "%"): return .failure(error(s, "missing IPv6 address"))
            default: continue
            }
        }
        return .failure(error(s, "unable to parse IP"))
    }

    /// `parseAddrError.Error()`.
    private static func error(_ input: String, _ msg: String, at: ArraySlice<UInt8>? = nil) -> FunctionError {
        var text = "ParseAddr(" + GoFmt.sprintf("%q", [.string(input)]) + "): " + msg
        if let at, !at.isEmpty {
            text += " (at " + GoFmt.sprintf("%q", [.string(String(decoding: at, as: UTF8.self))]) + ")"
        }
        return FunctionError(text)
    }

    /// `parseIPv4Fields` over `s` (the dotted quad).
    private static func parseIPv4(_ s: [UInt8], in input: String) -> Result<Void, FunctionError> {
        parseIPv4Fields(s[...], in: input)
    }

    private static func parseIPv4Fields(_ s: ArraySlice<UInt8>, in input: String) -> Result<Void, FunctionError> {
        var val = 0, pos = 0, digits = 0
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c >= 48 && c <= 57 {
                if digits == 1 && val == 0 { return .failure(error(input, "IPv4 field has octet with leading zero")) }
                val = val * 10 + Int(c - 48)
                digits += 1
                if val > 255 { return .failure(error(input, "IPv4 field has value >255")) }
            } else if c == UInt8(ascii: ".") {
                if i == s.startIndex || i == s.endIndex - 1 || s[i - 1] == UInt8(ascii: ".") {
                    return .failure(error(input, "IPv4 field must have at least one digit", at: s[i...]))
                }
                if pos == 3 { return .failure(error(input, "IPv4 address too long")) }
                pos += 1
                val = 0
                digits = 0
            } else {
                return .failure(error(input, "unexpected character", at: s[i...]))
            }
            i += 1
        }
        if pos < 3 { return .failure(error(input, "IPv4 address too short")) }
        return .success(())
    }

    /// `parseIPv6`: hex groups, one `::`, an optional embedded IPv4 tail and a zone.
    private static func parseIPv6(_ all: [UInt8], in input: String) -> Result<Void, FunctionError> {
        var s = all[...]
        if let pct = all.firstIndex(of: UInt8(ascii: "%")) {
            if pct == all.count - 1 { return .failure(error(input, "zone must be a non-empty string")) }
            s = all[..<pct]
        }
        let colon = UInt8(ascii: ":")
        var ellipsis = -1
        if s.count >= 2 && s[s.startIndex] == colon && s[s.startIndex + 1] == colon {
            ellipsis = 0
            s = s.dropFirst(2)
            if s.isEmpty { return .success(()) }
        }
        var i = 0
        while i < 16 {
            var off = s.startIndex
            var acc: UInt32 = 0
            while off < s.endIndex {
                let c = s[off]
                let d: UInt32
                switch c {
                case 48...57: d = UInt32(c - 48)
                case 97...102: d = UInt32(c - 97 + 10)
                case 65...70: d = UInt32(c - 65 + 10)
                default: d = 16
                }
                if d == 16 { break }
                acc = (acc << 4) + d
                if off - s.startIndex > 3 {
                    return .failure(error(input, "each group must have 4 or less digits", at: s))
                }
                if acc > 0xFFFF { return .failure(error(input, "IPv6 field has value >=2^16", at: s)) }
                off += 1
            }
            if off == s.startIndex {
                return .failure(error(input, "each colon-separated field must have at least one digit", at: s))
            }
            if off < s.endIndex && s[off] == UInt8(ascii: ".") {
                if ellipsis < 0 && i != 12 {
                    return .failure(error(input, "embedded IPv4 address must replace the final 2 fields of the address", at: s))
                }
                if i + 4 > 16 {
                    return .failure(error(input, "too many hex fields to fit an embedded IPv4 at the end of the address", at: s))
                }
                if case .failure(let e) = parseIPv4Fields(s, in: input) { return .failure(e) }
                s = s[s.endIndex...]
                i += 4
                break
            }
            i += 2
            s = s[off...]
            if s.isEmpty { break }
            if s[s.startIndex] != colon {
                return .failure(error(input, "unexpected character, want colon", at: s))
            } else if s.count == 1 {
                return .failure(error(input, "colon must be followed by more characters", at: s))
            }
            s = s.dropFirst()
            if s[s.startIndex] == colon {
                if ellipsis >= 0 { return .failure(error(input, "multiple :: in address", at: s)) }
                ellipsis = i
                s = s.dropFirst()
                if s.isEmpty { break }
            }
        }
        if !s.isEmpty { return .failure(error(input, "trailing garbage after address", at: s)) }
        if i < 16 {
            if ellipsis < 0 { return .failure(error(input, "address string too short")) }
        } else if ellipsis >= 0 {
            return .failure(error(input, "the :: must expand to at least one field of zeros"))
        }
        return .success(())
    }
}
