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

/// Go's `strings` functions over the bytes of Go strings.
extension GoStrings {
    /// `strings.Contains(s, sub)`.
    static func contains(_ s: String, _ sub: String) -> Bool {
        if sub.isEmpty { return true }
        let a = Array(s.utf8)
        let b = Array(sub.utf8)
        if b.count > a.count { return false }
        var i = 0
        while i + b.count <= a.count {
            if a[i] == b[0] && a[i..<(i + b.count)].elementsEqual(b) { return true }
            i += 1
        }
        return false
    }

    /// `strings.EqualFold`: equal rune by rune under Unicode simple case folding (a byte
    /// that is not UTF-8 reads as U+FFFD, as Go decodes it).
    static func equalFold(_ s: String, _ t: String) -> Bool {
        var a = s.unicodeScalars.makeIterator()
        var b = t.unicodeScalars.makeIterator()
        func rune(_ u: Unicode.Scalar) -> UInt32 { GoString.escapedByte(u) == nil ? u.value : 0xFFFD }
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil):
                return true
            case (nil, _), (_, nil):
                return false
            case (let x?, let y?):
                var sr = rune(x), tr = rune(y)
                if sr == tr { continue }
                if tr < sr { swap(&sr, &tr) }
                if tr < 0x80 {
                    if sr >= 0x41 && sr <= 0x5A && tr == sr + 32 { continue }
                    return false
                }
                if CaseFold.orbits[sr]?.contains(tr) == true { continue }
                return false
            }
        }
    }

    /// `strings.Replace(s, old, new, n)` (n < 0: all); an empty `old` inserts `new` before
    /// every rune and at the end.
    static func replace(_ s: String, _ old: String, _ new: String, _ n: Int = -1) -> String {
        if n == 0 || old == new { return s }
        let src = Array(s.utf8)
        let o = Array(old.utf8)
        let nw = Array(new.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(src.count)
        var done = 0
        var i = 0
        if o.isEmpty {
            while n < 0 || done < n {
                if done > 0 {
                    if i >= src.count { break }
                    let end = min(src.count, i + utf8Length(src[i]))
                    out.append(contentsOf: src[i..<end])
                    i = end
                }
                out.append(contentsOf: nw)
                done += 1
            }
            out.append(contentsOf: src[i...])
            return String(decoding: out, as: UTF8.self)
        }
        while i < src.count {
            if (n < 0 || done < n) && src[i] == o[0] && i + o.count <= src.count && src[i..<(i + o.count)].elementsEqual(o) {
                out.append(contentsOf: nw)
                i += o.count
                done += 1
            } else {
                out.append(src[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `strings.SplitN(s, sep, n)` (n < 0: all, as `strings.Split`); an empty separator
    /// splits into runes.
    static func split(_ s: String, _ sep: String, _ n: Int = -1) -> [String] {
        if n == 0 { return [] }
        let src = Array(s.utf8)
        let sp = Array(sep.utf8)
        var parts: [String] = []
        if sp.isEmpty {
            // explode: one part per UTF-8 sequence, the last part holding the rest.
            var i = 0
            while i < src.count {
                if n > 0 && parts.count == n - 1 {
                    parts.append(String(decoding: src[i...], as: UTF8.self))
                    return parts
                }
                let end = min(src.count, i + utf8Length(src[i]))
                parts.append(String(decoding: src[i..<end], as: UTF8.self))
                i = end
            }
            return parts
        }
        var start = 0
        var i = 0
        while i + sp.count <= src.count {
            if n > 0 && parts.count == n - 1 { break }
            if src[i] == sp[0] && src[i..<(i + sp.count)].elementsEqual(sp) {
                parts.append(String(decoding: src[start..<i], as: UTF8.self))
                i += sp.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: src[start...], as: UTF8.self))
        return parts
    }

    /// Bytes in the UTF-8 sequence led by `b` (1 for stray continuation bytes). A Swift
    /// string's bytes are always valid UTF-8 (invalid Go bytes are escape scalars), so
    /// this is the width `utf8.DecodeRuneInString` gives.
    static func utf8Length(_ b: UInt8) -> Int {
        switch b {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
