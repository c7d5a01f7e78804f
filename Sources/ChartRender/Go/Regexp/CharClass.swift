/// A set of runes: ranges plus Unicode tables, possibly negated and case-folded.
/// Membership of ASCII runes is precomputed into a 128-bit map for speed.
struct CharClass {
    enum Item {
        case range(UInt32, UInt32)
        case table(UnicodeTable, negated: Bool)
    }

    var items: [Item] = []
    var negated = false
    /// `(?i)`: a rune also matches when one of its simple case variants is in the set.
    var fold = false
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0

    init(items: [Item] = [], negated: Bool = false, fold: Bool = false) {
        self.items = items
        self.negated = negated
        self.fold = fold
        finalize()
    }

    static func literal(_ r: UInt32, fold: Bool) -> CharClass {
        CharClass(items: [.range(r, r)], fold: fold)
    }

    /// Recomputes the ASCII map after items changed.
    mutating func finalize() {
        asciiLow = 0
        asciiHigh = 0
        let simple = !fold && items.allSatisfy { if case .range = $0 { return true } else { return false } }
        if simple {
            // Plain ranges: set the ASCII part of each range directly.
            for case .range(let lo, let hi) in items where lo < 128 {
                for r in lo...Swift.min(hi, 127) { setASCII(r) }
            }
            if negated { asciiLow = ~asciiLow; asciiHigh = ~asciiHigh }
            return
        }
        for r in 0..<UInt32(128) where slowContains(r) { setASCII(r) }
    }

    private mutating func setASCII(_ r: UInt32) {
        if r < 64 { asciiLow |= 1 << UInt64(r) } else { asciiHigh |= 1 << UInt64(r - 64) }
    }

    @inline(__always)
    func contains(_ r: UInt32) -> Bool {
        if r < 64 { return asciiLow & (1 << UInt64(r)) != 0 }
        if r < 128 { return asciiHigh & (1 << UInt64(r - 64)) != 0 }
        return slowContains(r)
    }

    func slowContains(_ r: UInt32) -> Bool {
        if rawContains(r) { return !negated }
        if fold {
            for v in CaseFold.variants(r) where v != r && rawContains(v) { return !negated }
        }
        return negated
    }

    private func rawContains(_ r: UInt32) -> Bool {
        for item in items {
            switch item {
            case .range(let lo, let hi): if r >= lo && r <= hi { return true }
            case .table(let t, let neg): if t.contains(r) != neg { return true }
            }
        }
        return false
    }
}

/// Case-fold orbits as Go's `unicode.SimpleFold` walks them: runes are equivalent when
/// they share a simple case folding. The folding key is taken from the Swift runtime's
/// case mappings (lower-case of the single-rune upper-case), which agrees with
/// CaseFolding.txt's simple foldings except for dotless ı, which Unicode leaves unfolded.
enum CaseFold {
    /// Every cased rune's orbit (the other runes of its class), built once on first use.
    static let orbits: [UInt32: [UInt32]] = {
        var byKey: [UInt32: [UInt32]] = [:]
        for v in UInt32(0x41)...UInt32(0x1E943) {
            guard let u = Unicode.Scalar(v), u.properties.changesWhenCaseMapped else { continue }
            byKey[key(u), default: []].append(v)
        }
        var out: [UInt32: [UInt32]] = [:]
        for (_, members) in byKey where members.count > 1 {
            for m in members { out[m] = members.filter { $0 != m } }
        }
        return out
    }()

    private static func single(_ s: String) -> Unicode.Scalar? {
        var it = s.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first
    }

    /// The folding key of a rune.
    static func key(_ u: Unicode.Scalar) -> UInt32 {
        if u.value == 0x131 { return u.value }
        if let up = single(u.properties.uppercaseMapping), let low = single(up.properties.lowercaseMapping) {
            return low.value
        }
        if let low = single(u.properties.lowercaseMapping) { return low.value }
        return u.value
    }

    /// The other runes that fold to the same key.
    static func variants(_ r: UInt32) -> [UInt32] { orbits[r] ?? [] }
}
