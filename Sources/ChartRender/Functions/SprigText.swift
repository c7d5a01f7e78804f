/// Go's `unicode` predicates and simple case mappings, and the `strings` helpers the
/// string family needs, over Unicode scalars (Go's runes).
///
/// Go maps case rune by rune with the *simple* mappings of UnicodeData (`ß` stays `ß`
/// under `ToUpper`, `ᾳ` becomes `ᾼ`); Swift only exposes full mappings, so a full
/// mapping of one scalar is taken as is, and the few simple mappings hidden behind
/// multi-scalar full mappings are tabled below.
enum SprigText {
    typealias Scalar = Unicode.Scalar

    // MARK: predicates (package unicode)

    /// `unicode.IsSpace`.
    static func isSpace(_ r: Scalar) -> Bool { GoStrings.isSpace(r.value) }

    static func isUpper(_ r: Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 65 && r.value <= 90 }
        return r.properties.generalCategory == .uppercaseLetter
    }

    static func isLower(_ r: Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 97 && r.value <= 122 }
        return r.properties.generalCategory == .lowercaseLetter
    }

    static func isTitle(_ r: Scalar) -> Bool {
        r.value >= 0x80 && r.properties.generalCategory == .titlecaseLetter
    }

    /// `unicode.IsLetter`: categories L*.
    static func isLetter(_ r: Scalar) -> Bool {
        if r.value < 0x80 { return (r.value | 0x20) >= 97 && (r.value | 0x20) <= 122 }
        switch r.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `unicode.IsDigit`: category Nd.
    static func isDigit(_ r: Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 48 && r.value <= 57 }
        return r.properties.generalCategory == .decimalNumber
    }

    /// `unicode.IsNumber`: categories N*.
    static func isNumber(_ r: Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 48 && r.value <= 57 }
        switch r.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// `unicode.IsPunct`: categories P*.
    static func isPunct(_ r: Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    // MARK: simple case mappings

    /// `unicode.ToUpper`.
    static func toUpper(_ r: Scalar) -> Scalar {
        if r.value < 0x80 {
            if r.value >= 97 && r.value <= 122 { return Scalar(r.value - 32) ?? r }
            return r
        }
        if let s = simpleMapping(r.properties.uppercaseMapping) { return s }
        return greekIotaSubscript(r) ?? r
    }

    /// `unicode.ToLower`.
    static func toLower(_ r: Scalar) -> Scalar {
        if r.value < 0x80 {
            if r.value >= 65 && r.value <= 90 { return Scalar(r.value + 32) ?? r }
            return r
        }
        if r.value == 0x130 { return "i" }
        return simpleMapping(r.properties.lowercaseMapping) ?? r
    }

    /// `unicode.ToTitle`.
    static func toTitle(_ r: Scalar) -> Scalar {
        if r.value < 0x80 { return toUpper(r) }
        if let s = simpleMapping(r.properties.titlecaseMapping) { return s }
        return greekIotaSubscript(r) ?? r
    }

    private static func simpleMapping(_ full: String) -> Scalar? {
        var it = full.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first
    }

    /// Greek letters with ypogegrammeni: their full upper/title mapping has two scalars,
    /// their simple one is the precomposed prosgegrammeni form.
    private static func greekIotaSubscript(_ r: Scalar) -> Scalar? {
        switch r.value {
        case 0x1F80...0x1F87, 0x1F90...0x1F97, 0x1FA0...0x1FA7: return Scalar(r.value + 8)
        case 0x1FB3: return Scalar(0x1FBC)
        case 0x1FC3: return Scalar(0x1FCC)
        case 0x1FF3: return Scalar(0x1FFC)
        default: return nil
        }
    }

    /// `strings.Map(f, s)` over scalars, with an ASCII fast path left to `f`.
    static func mapScalars(_ s: String, _ f: (Scalar) -> Scalar) -> String {
        var out = String.UnicodeScalarView()
        // `strings.Map` reads a byte that is not UTF-8 as U+FFFD and writes that; escape
        // scalars left after that spell characters from U+10FF80 up, which map to themselves.
        for r in GoString.replacingInvalid(s).unicodeScalars { out.append(GoString.escapedByte(r) == nil ? f(r) : r) }
        return String(out)
    }

    // MARK: package strings

    /// Largest string or list a single function call may build (4 GiB of output, or
    /// 2^28 list elements); beyond it Go itself runs out of memory.
    static let maxOutputBytes = 1 << 32
    static let maxListElements = 1 << 24

    /// `strings.TrimSpace`.
    static func trimSpace(_ s: String) -> String {
        goTrimSpace(s)
    }

    /// `strings.Trim(s, cutset)`.
    static func trim(_ s: String, cutset: String) -> String {
        if s.isEmpty || cutset.isEmpty { return s }
        let set = Set(cutset.unicodeScalars.map { $0.value })
        return trimFunc(s) { set.contains($0.value) }
    }

    static func trimFunc(_ s: String, _ cut: (Scalar) -> Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        var lo = 0
        var hi = scalars.count
        while lo < hi, cut(scalars[lo]) { lo += 1 }
        while hi > lo, cut(scalars[hi - 1]) { hi -= 1 }
        if lo == 0 && hi == scalars.count { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }

    /// `strings.Repeat(s, count)`, with Go's panics as errors.
    static func repeatString(_ s: String, _ count: Int) throws -> String {
        if count < 0 { throw FunctionError("strings: negative Repeat count") }
        let n = s.utf8.count
        if n > 0 && count > Int.max / n { throw FunctionError("strings: Repeat output length overflow") }
        // Go would die with "out of memory" far below this; we refuse instead of trapping.
        if n * count > SprigText.maxOutputBytes { throw FunctionError("runtime: out of memory") }
        return String(repeating: s, count: count)
    }

    /// `strings.Replace(s, old, new, -1)` on bytes; an empty `old` inserts `new` before
    /// every rune and at the end, as Go does.
    static func replaceAll(_ s: String, _ old: String, _ new: String) -> String {
        let src = Array(s.utf8)
        let o = Array(old.utf8)
        let n = Array(new.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(src.count)
        if o.isEmpty {
            var i = 0
            out.append(contentsOf: n)
            while i < src.count {
                let len = utf8Length(src[i])
                let end = min(src.count, i + len)
                out.append(contentsOf: src[i..<end])
                out.append(contentsOf: n)
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
        var i = 0
        while i < src.count {
            if src[i] == o[0], i + o.count <= src.count, src[i..<(i + o.count)].elementsEqual(o) {
                out.append(contentsOf: n)
                i += o.count
            } else {
                out.append(src[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `strings.SplitN(s, sep, n)` (n < 0: all); an empty separator splits into runes.
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

    /// Bytes in the UTF-8 sequence led by `b` (1 for stray continuation bytes).
    static func utf8Length(_ b: UInt8) -> Int {
        switch b {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// Whether `s` contains `sub` (`strings.Contains`, bytewise).
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
}
