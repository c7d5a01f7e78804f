extension Semver {
    /// Masterminds `semver.Constraints`: `||`-separated groups of comma- or space-separated
    /// comparisons (`=`, `!=`, `>`, `<`, `>=`, `<=`, `~`, `~>`, `^`), wildcards (`x`, `X`,
    /// `*`), hyphen ranges, and pre-release versions matched only by a group that names one.
    ///
    ///     constraints = group ("||" group)*
    ///     group       = term ((" "+ | "," " "*) term)* | version " - " version
    ///     term        = op? version      op = = != > < >= => <= =< ~ ~> ^
    ///     version     = v? N(.N|.x|.*)?(.N|.x|.*)?(-pre)?(+meta)?
    struct Constraints: Sendable {
        struct Constraint: Sendable {
            var op: String
            var con: Version
            var minorDirty: Bool
            var patchDirty: Bool
            var dirty: Bool
        }

        var groups: [[Constraint]]
        var containsPre: [Bool]

        static let ops = #"=||!=|>|<|>=|=>|<=|=<|~|~>|\^"#
        static let cv = #"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?"#
            + #"(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?"#
            + #"(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?"#
        static let constraintRegex = try? GoRegexp(#"^\s*("# + ops + #")\s*("# + cv + #")\s*$"#)
        static let rangeRegex = try? GoRegexp(#"\s*("# + cv + #")\s+-\s+("# + cv + #")\s*"#)
        static let findRegex = try? GoRegexp("(" + ops + #")\s*("# + cv + ")")
        static let validRegex = try? GoRegexp(#"^(\s*("# + ops + #")\s*("# + cv + #")\s*)((?:\s+|,\s*)("# + ops + #")\s*("# + cv + #")\s*)*$"#)

        /// `semver.NewConstraint`.
        init(parsing text: String) throws(SemverError) {
            let c = Self.rewriteRange(text)
            var groups: [[Constraint]] = []
            var hasPre: [Bool] = []
            for segment in GoStrings.split(c, "||") {
                guard Self.validRegex?.matches(segment) == true else { throw .improperConstraint(segment) }
                var found = Self.findRegex?.findAll(segment, -1) ?? []
                if found.isEmpty { found = [segment] }
                var group: [Constraint] = []
                var pre = false
                for s in found {
                    let pc = try Self.parseConstraint(s)
                    if !pc.con.prerelease.isEmpty { pre = true }
                    group.append(pc)
                }
                groups.append(group)
                hasPre.append(pre)
            }
            self.groups = groups
            containsPre = hasPre
        }

        /// Hyphen ranges `a - b` become `>= a, <= b`.
        static func rewriteRange(_ s: String) -> String {
            guard let re = rangeRegex else { return s }
            var out = s
            for m in re.findAllSubmatches(s, -1) where m.count > 11 {
                out = GoStrings.replace(out, m[0], ">= \(m[1]), <= \(m[11]) ", 1)
            }
            return out
        }

        /// A wildcard version part (`x`, `X`, `*`).
        static func isX(_ s: String) -> Bool { s == "x" || s == "X" || s == "*" }

        /// `parseConstraint`: op and version, wildcards and missing parts making the
        /// constraint "dirty" (a range over the unspecified parts).
        static func parseConstraint(_ c: String) throws(SemverError) -> Constraint {
            guard let m = constraintRegex?.findSubmatch(c), m.count > 6 else { throw .improperConstraint(c) }
            var ver = m[2]
            var minorDirty = false, patchDirty = false, dirty = false
            let minor = m[4].hasPrefix(".") ? String(m[4].dropFirst()) : m[4]
            let patch = m[5].hasPrefix(".") ? String(m[5].dropFirst()) : m[5]
            if isX(m[3]) || m[3].isEmpty {
                ver = "0.0.0" + m[6]; dirty = true
            } else if isX(minor) || m[4].isEmpty {
                minorDirty = true; dirty = true
                ver = m[3] + ".0.0" + m[6]
            } else if isX(patch) || m[5].isEmpty {
                dirty = true; patchDirty = true
                ver = m[3] + m[4] + ".0" + m[6]
            }
            guard let con = try? Version(parsing: ver) else { throw .constraintParser }
            return Constraint(op: m[1], con: con, minorDirty: minorDirty, patchDirty: patchDirty, dirty: dirty)
        }

        /// `Constraints.Check`: some group whose every constraint holds.
        func check(_ v: Version) -> Bool {
            for (i, group) in groups.enumerated() {
                let includePre = containsPre[i]
                if group.allSatisfy({ Self.holds($0, v, includePre) }) { return true }
            }
            return false
        }

        /// `constraintOps`: pre-release versions only match when the group has a
        /// pre-release constraint.
        static func holds(_ c: Constraint, _ v: Version, _ includePre: Bool) -> Bool {
            if !v.prerelease.isEmpty && !includePre { return false }
            switch c.op {
            case "", "=": return c.dirty ? tilde(c, v) : v.compare(c.con) == 0
            case "!=": return notEqual(c, v)
            case ">": return greater(c, v)
            case "<": return v.compare(c.con) < 0
            case ">=", "=>": return v.compare(c.con) >= 0
            case "<=", "=<":
                if !c.dirty { return v.compare(c.con) <= 0 }
                if v.major > c.con.major { return false }
                if v.major == c.con.major && v.minor > c.con.minor && !c.minorDirty { return false }
                return true
            case "~", "~>": return tilde(c, v)
            case "^": return caret(c, v)
            default: return false
            }
        }

        /// `constraintNotEqual`.
        static func notEqual(_ c: Constraint, _ v: Version) -> Bool {
            if c.dirty {
                if c.con.major != v.major { return true }
                if c.con.minor != v.minor && !c.minorDirty { return true }
                if c.minorDirty { return false }
                if c.con.patch != v.patch && !c.patchDirty { return true }
                if c.patchDirty {
                    if !v.prerelease.isEmpty || !c.con.prerelease.isEmpty {
                        return Version.comparePrerelease(v.prerelease, c.con.prerelease) != 0
                    }
                    return false
                }
            }
            return v.compare(c.con) != 0
        }

        /// `constraintGreaterThan` (`>1.2` means 1.3 or more).
        static func greater(_ c: Constraint, _ v: Version) -> Bool {
            if !c.dirty { return v.compare(c.con) == 1 }
            if v.major > c.con.major { return true }
            if v.major < c.con.major { return false }
            if c.minorDirty { return false }
            if c.patchDirty { return v.minor > c.con.minor }
            return v.compare(c.con) == 1
        }

        /// `constraintTilde`: `~1.2.3` is `>=1.2.3 <1.3.0`, `~1` is `>=1 <2`.
        static func tilde(_ c: Constraint, _ v: Version) -> Bool {
            if v.compare(c.con) < 0 { return false }
            if c.con.major == 0 && c.con.minor == 0 && c.con.patch == 0 && !c.minorDirty && !c.patchDirty { return true }
            if v.major != c.con.major { return false }
            if v.minor != c.con.minor && !c.minorDirty { return false }
            return true
        }

        /// `constraintCaret`: `^1.2.3` is `<2.0.0`, `^0.2.3` is `<0.3.0`, `^0.0.3` is `=0.0.3`.
        static func caret(_ c: Constraint, _ v: Version) -> Bool {
            if v.compare(c.con) < 0 { return false }
            if c.con.major > 0 || c.minorDirty { return v.major == c.con.major }
            if v.major > 0 { return false }
            if c.con.minor > 0 || c.patchDirty { return v.minor == c.con.minor }
            if v.minor > 0 { return false }
            return c.con.patch == v.patch
        }
    }
}
