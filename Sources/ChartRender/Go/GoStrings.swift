/// Go's `strings.TrimSpace` and `unicode.IsSpace`, on the bytes of a Go string. This is
/// the one port; every caller that means Go's white space uses it.
enum GoStrings {
    /// `unicode.IsSpace`: the ASCII spaces `\t \n \v \f \r` and ' ', U+0085, U+00A0, and the
    /// other characters with Unicode's White_Space property.
    @inline(__always)
    static func isSpace(_ r: UInt32) -> Bool {
        switch r {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Go's ASCII white space (`asciiSpace` in package strings).
    @inline(__always)
    static func isASCIISpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D
    }

    /// Length of the white-space rune at the start of `b[i...]`, 0 when there is none.
    @inline(__always)
    static func spaceLength<C: BidirectionalCollection>(_ b: C, at i: C.Index) -> Int where C.Element == UInt8 {
        let c0 = b[i]
        if c0 < 0x80 { return isASCIISpace(c0) ? 1 : 0 }
        guard c0 == 0xC2 || c0 == 0xE1 || c0 == 0xE2 || c0 == 0xE3 else { return 0 }
        let i1 = b.index(after: i)
        guard i1 < b.endIndex else { return 0 }
        let c1 = b[i1]
        if c0 == 0xC2 { return c1 == 0x85 || c1 == 0xA0 ? 2 : 0 }
        let i2 = b.index(after: i1)
        guard i2 < b.endIndex else { return 0 }
        let c2 = b[i2]
        guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { return 0 }
        let r = (UInt32(c0 & 0x0F) << 12) | (UInt32(c1 & 0x3F) << 6) | UInt32(c2 & 0x3F)
        return isSpace(r) ? 3 : 0
    }

    /// Length of the white-space rune that ends just before `end` (not before `start`),
    /// 0 when there is none.
    @inline(__always)
    static func spaceLength<C: BidirectionalCollection>(_ b: C, before end: C.Index, from start: C.Index) -> Int where C.Element == UInt8 {
        guard end > start else { return 0 }
        let j1 = b.index(before: end)
        let last = b[j1]
        if last < 0x80 { return isASCIISpace(last) ? 1 : 0 }
        guard j1 > start else { return 0 }
        let j2 = b.index(before: j1)
        if b[j2] == 0xC2 { return last == 0x85 || last == 0xA0 ? 2 : 0 }
        guard j2 > start else { return 0 }
        let j3 = b.index(before: j2)
        return spaceLength(b, at: j3) == 3 ? 3 : 0
    }

    /// `strings.TrimSpace`: the bounds of `b` without leading and trailing white space.
    static func trimSpaceBounds<C: BidirectionalCollection>(_ b: C) -> Range<C.Index> where C.Element == UInt8 {
        var lo = b.startIndex
        var hi = b.endIndex
        while lo < hi {
            let k = spaceLength(b, at: lo)
            if k == 0 { break }
            lo = b.index(lo, offsetBy: k)
        }
        while hi > lo {
            let k = spaceLength(b, before: hi, from: lo)
            if k == 0 { break }
            hi = b.index(hi, offsetBy: -k)
        }
        return lo..<hi
    }

    /// `strings.TrimLeft(s, unicode.IsSpace)` bound: where the first non-space rune starts.
    static func trimLeadingSpace<C: BidirectionalCollection>(_ b: C) -> C.Index where C.Element == UInt8 {
        var lo = b.startIndex
        while lo < b.endIndex {
            let k = spaceLength(b, at: lo)
            if k == 0 { break }
            lo = b.index(lo, offsetBy: k)
        }
        return lo
    }
}

/// Go's `strings.TrimSpace`. A string holding bytes that are not UTF-8 keeps them (they are
/// escape scalars, never white space).
public func goTrimSpace(_ s: String) -> String {
    let b = s.utf8
    let r = GoStrings.trimSpaceBounds(b)
    if r.lowerBound == b.startIndex && r.upperBound == b.endIndex { return s }
    return String(s[r.lowerBound..<r.upperBound])
}

/// Go's `strings.TrimSpace(s) == ""`, without building the trimmed string.
func goIsBlank(_ s: String) -> Bool {
    GoStrings.trimLeadingSpace(s.utf8) == s.utf8.endIndex
}
