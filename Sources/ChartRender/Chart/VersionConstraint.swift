import Foundation

/// Semantic versions and range constraints as Helm checks them (Masterminds semver v3):
/// chart `kubeVersion` and dependency `version` ranges.
///
/// constraints: group ("||" group)*
/// group:       term ((","|" ") term)* | version " - " version
/// term:        op? version      op: = != > < >= => <= =< ~ ~> ^
/// version:     v? N(.N|.x|.*)?(.N|.x|.*)?(-pre)?(+meta)?
public struct SemanticVersion: Comparable {
    public var major: UInt64, minor: UInt64, patch: UInt64
    public var prerelease: String

    /// Masterminds `NewVersion` (lenient: `1`, `1.2`, `v1.2.3` are accepted).
    public init?(_ text: String) {
        guard let p = SemanticVersion.parts(text), !p.explicitWild else { return nil }
        major = p.nums[0]; minor = p.nums[1]; patch = p.nums[2]; prerelease = p.pre
    }

    init(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ pre: String = "") {
        major = a; minor = b; patch = c; prerelease = pre
    }

    /// Numbers, the index of the first wildcard (or missing) part, and the prerelease.
    static func parts(_ text: String) -> (nums: [UInt64], wild: Int?, pre: String, explicitWild: Bool)? {
        var s = Substring(text)
        if s.hasPrefix("v") || s.hasPrefix("V") { s.removeFirst() }
        var meta = ""
        if let plus = s.firstIndex(of: "+") { meta = String(s[s.index(after: plus)...]); s = s[..<plus] }
        _ = meta
        var pre = ""
        if let dash = s.firstIndex(of: "-") { pre = String(s[s.index(after: dash)...]); s = s[..<dash]; if pre.isEmpty { return nil } }
        let comps = s.split(separator: ".", omittingEmptySubsequences: false)
        if comps.isEmpty || comps.count > 3 { return nil }
        var nums: [UInt64] = [0, 0, 0]
        var wild: Int? = nil
        for (i, c) in comps.enumerated() {
            if c == "x" || c == "X" || c == "*" { if wild == nil { wild = i }; continue }
            guard !c.isEmpty, c.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = UInt64(c) else { return nil }
            if wild != nil { return nil }
            nums[i] = n
        }
        let explicit = wild != nil
        if comps.count < 3 && wild == nil { wild = comps.count }
        return (nums, wild, pre, explicit)
    }

    public static func < (a: SemanticVersion, b: SemanticVersion) -> Bool {
        if a.major != b.major { return a.major < b.major }
        if a.minor != b.minor { return a.minor < b.minor }
        if a.patch != b.patch { return a.patch < b.patch }
        return prereleaseLess(a.prerelease, b.prerelease)
    }

    static func prereleaseLess(_ a: String, _ b: String) -> Bool {
        if a == b { return false }
        if a.isEmpty { return false }
        if b.isEmpty { return true }
        let pa = a.split(separator: "."), pb = b.split(separator: ".")
        for i in 0..<min(pa.count, pb.count) {
            let x = pa[i], y = pb[i]
            if x == y { continue }
            switch (UInt64(x), UInt64(y)) {
            case (let m?, let n?): return m < n
            case (.some, nil): return true
            case (nil, .some): return false
            default: return goStringLess(String(x), String(y))
            }
        }
        return pa.count < pb.count
    }
}

public enum VersionConstraint {
    /// Helm's `IsCompatibleRange`: false when either side does not parse.
    public static func isCompatible(_ constraint: String, _ version: String) -> Bool {
        guard let v = SemanticVersion(version) else { return false }
        return (try? check(constraint, v)) ?? false
    }

    struct Invalid: Error {}

    /// Whether `v` satisfies `constraint`; throws when the constraint does not parse.
    public static func check(_ constraint: String, _ v: SemanticVersion) throws -> Bool {
        var anyGroup = false
        for group in constraint.components(separatedBy: "||") {
            if try checkGroup(group, v) { anyGroup = true }
        }
        return anyGroup
    }

    static func checkGroup(_ group: String, _ v: SemanticVersion) throws -> Bool {
        let words = group.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        var terms: [String] = []
        var i = 0
        while i < words.count {
            if i + 2 < words.count, words[i + 1] == "-" {
                terms.append(">=" + words[i]); terms.append("<=" + words[i + 2]); i += 3; continue
            }
            // An operator separated from its version by spaces ("> = 1.2" is not allowed, ">= 1.2" is).
            if ["=", "!=", ">", "<", ">=", "=>", "<=", "=<", "~", "~>", "^"].contains(words[i]), i + 1 < words.count {
                terms.append(words[i] + words[i + 1]); i += 2; continue
            }
            terms.append(words[i]); i += 1
        }
        if terms.isEmpty { throw Invalid() }
        for t in terms where !(try checkTerm(t, v)) { return false }
        return true
    }

    static func checkTerm(_ term: String, _ v: SemanticVersion) throws -> Bool {
        var op = ""
        var rest = Substring(term)
        for candidate in [">=", "=>", "<=", "=<", "!=", "~>", ">", "<", "=", "~", "^"] where rest.hasPrefix(candidate) {
            op = candidate
            rest = rest.dropFirst(candidate.count)
            break
        }
        rest = rest.drop { $0 == " " }
        guard let p = SemanticVersion.parts(String(rest)) else { throw Invalid() }
        let c = SemanticVersion(p.nums[0], p.nums[1], p.nums[2], p.pre)
        // A prerelease version only satisfies constraints that carry a prerelease.
        if !v.prerelease.isEmpty && c.prerelease.isEmpty { return false }
        let wild = p.wild
        /// The first version above the wildcard range (`1.2` -> 1.3.0).
        func upper() -> SemanticVersion {
            switch wild {
            case 0?: return SemanticVersion(UInt64.max, 0, 0)
            case 1?: return SemanticVersion(c.major &+ 1, 0, 0)
            case 2?: return SemanticVersion(c.major, c.minor &+ 1, 0)
            default: return c
            }
        }
        switch op {
        case "", "=":
            if wild != nil { return v >= c && v < upper() }
            return v == c
        case "!=":
            if wild != nil { return !(v >= c && v < upper()) }
            return v != c
        case ">":
            if wild != nil { return wild == 0 ? false : v >= upper() }
            return v > c
        case ">=", "=>": return v >= c
        case "<":
            return v < c
        case "<=", "=<":
            if wild != nil { return v < upper() }
            return v <= c
        case "~", "~>":
            let hi = (wild == 1 || wild == 0) ? SemanticVersion(c.major &+ 1, 0, 0) : SemanticVersion(c.major, c.minor &+ 1, 0)
            return v >= c && v < hi
        case "^":
            let hi: SemanticVersion
            if c.major > 0 || wild == 1 || wild == 0 { hi = SemanticVersion(c.major &+ 1, 0, 0) }
            else if c.minor > 0 || wild == 2 { hi = SemanticVersion(0, c.minor &+ 1, 0) }
            else { hi = SemanticVersion(0, 0, c.patch &+ 1) }
            return v >= c && v < hi
        default:
            throw Invalid()
        }
    }
}
