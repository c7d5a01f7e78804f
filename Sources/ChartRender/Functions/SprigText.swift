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
}
