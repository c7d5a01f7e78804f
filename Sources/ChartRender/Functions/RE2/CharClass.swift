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

/// Simple case variants of a rune (Go's `unicode.SimpleFold` orbit, approximated by
/// the scalar's lower, upper and title case mappings).
enum CaseFold {
    /// Non-ASCII runes by the single rune they lower-case to, built once on first use.
    static let inverseLower: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        for v in UInt32(0x80)...UInt32(0x1E943) {
            guard let u = Unicode.Scalar(v), u.properties.changesWhenLowercased else { continue }
            let m = Array(u.properties.lowercaseMapping.unicodeScalars)
            if m.count == 1 { table[m[0].value, default: []].append(v) }
        }
        return table
    }()

    static func variants(_ r: UInt32) -> [UInt32] {
        if r < 128 {
            if r >= 65 && r <= 90 { return [r + 32] + (r == 75 ? [0x212A] : r == 83 ? [0x17F] : []) }
            if r >= 97 && r <= 122 { return [r - 32] + (r == 107 ? [0x212A] : r == 115 ? [0x17F] : []) }
            return []
        }
        guard let s = Unicode.Scalar(r) else { return [] }
        var out: [UInt32] = []
        for m in [s.properties.lowercaseMapping, s.properties.uppercaseMapping, s.properties.titlecaseMapping] {
            let scalars = Array(m.unicodeScalars)
            if scalars.count == 1, scalars[0].value != r { out.append(scalars[0].value) }
        }
        // Runes that lower-case to this one (ẞ for ß) complete the orbit.
        for v in inverseLower[r] ?? [] where !out.contains(v) { out.append(v) }
        // A variant's own variants complete small orbits (e.g. K, k, KELVIN SIGN).
        for v in out {
            guard let vs = Unicode.Scalar(v) else { continue }
            for m in [vs.properties.lowercaseMapping, vs.properties.uppercaseMapping] {
                let sc = Array(m.unicodeScalars)
                if sc.count == 1, sc[0].value != r, !out.contains(sc[0].value) { out.append(sc[0].value) }
            }
        }
        return out
    }
}
