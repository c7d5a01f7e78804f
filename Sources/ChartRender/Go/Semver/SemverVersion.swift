/// Masterminds/semver v3, the one semver of chartr: Helm checks a chart's `kubeVersion`,
/// its dependencies' version ranges and its own `version` with it, and Sprig's `semver`
/// and `semverCompare` expose it to templates (`SemVersion` in Functions/ wraps a
/// `Version`). Not part of Go's standard library, but as low in the stack.
enum Semver {
    /// `semver.Version`: three numbers, a pre-release and build metadata, and the text it
    /// was read from.
    struct Version: Equatable, Sendable {
        var major: UInt64
        var minor: UInt64
        var patch: UInt64
        /// `Prerelease()`: the part after `-`, "" when none.
        var prerelease: String
        /// `Metadata()`: the part after `+`, "" when none.
        var metadata: String
        /// `Original()`: the text as given (`v1.2`).
        var original: String

        /// The loose syntax of `semver.NewVersion`: an optional `v`, one to three numbers
        /// (missing ones are 0), then `-pre` and `+meta`.
        static let versionRegex = try? GoRegexp(
            #"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$"#)

        /// `semver.NewVersion(v)`.
        init(parsing v: String) throws(SemverError) {
            guard let m = Self.versionRegex?.findSubmatch(v), m.count >= 9 else { throw .invalidVersion }
            func segment(_ s: String) throws(SemverError) -> UInt64 {
                let digits = s.hasPrefix(".") ? String(s.dropFirst()) : s
                if digits.isEmpty { return 0 }
                do {
                    return try GoStrconv.parseUint(digits, base: 10, bitSize: 64)
                } catch {
                    throw .segment(error)
                }
            }
            major = try segment(m[1])
            minor = try segment(m[2])
            patch = try segment(m[3])
            prerelease = m[5]
            metadata = m[8]
            original = v
            if !prerelease.isEmpty { try Self.validatePrerelease(prerelease) }
            if !metadata.isEmpty { try Self.validateMetadata(metadata) }
        }

        init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String, metadata: String, original: String) {
            self.major = major; self.minor = minor; self.patch = patch
            self.prerelease = prerelease; self.metadata = metadata; self.original = original
        }

        /// `String()`: `1.2.3-pre+meta`, without a `v`.
        var string: String {
            var s = String(major) + "." + String(minor) + "." + String(patch)
            if !prerelease.isEmpty { s += "-" + prerelease }
            if !metadata.isEmpty { s += "+" + metadata }
            return s
        }

        /// `Compare`: -1, 0 or 1 by the numbers, then pre-release precedence (a version
        /// without one is greater); metadata is ignored.
        func compare(_ o: Version) -> Int {
            if major != o.major { return major < o.major ? -1 : 1 }
            if minor != o.minor { return minor < o.minor ? -1 : 1 }
            if patch != o.patch { return patch < o.patch ? -1 : 1 }
            if prerelease.isEmpty && o.prerelease.isEmpty { return 0 }
            if prerelease.isEmpty { return 1 }
            if o.prerelease.isEmpty { return -1 }
            return Self.comparePrerelease(prerelease, o.prerelease)
        }

        /// `comparePrerelease`: dot-separated parts in turn, a missing part lowest.
        static func comparePrerelease(_ a: String, _ b: String) -> Int {
            let sp = GoStrings.split(a, ".")
            let op = GoStrings.split(b, ".")
            for i in 0..<Swift.max(sp.count, op.count) {
                let d = comparePrePart(i < sp.count ? sp[i] : "", i < op.count ? op[i] : "")
                if d != 0 { return d }
            }
            return 0
        }

        /// `comparePrePart`: numbers (strconv.ParseUint) by value and below words, words
        /// by bytes.
        static func comparePrePart(_ s: String, _ o: String) -> Int {
            if s == o { return 0 }
            if s.isEmpty { return -1 }
            if o.isEmpty { return 1 }
            let oi = try? GoStrconv.parseUint(o, base: 10, bitSize: 64)
            let si = try? GoStrconv.parseUint(s, base: 10, bitSize: 64)
            switch (si, oi) {
            case (nil, nil): return Array(s.utf8).lexicographicallyPrecedes(Array(o.utf8)) ? -1 : 1
            case (_?, nil): return -1
            case (nil, _?): return 1
            case (let x?, let y?): return x > y ? 1 : -1
            }
        }

        /// `originalVPrefix`: "v" when the original text had one.
        var vPrefix: String { original.hasPrefix("v") ? "v" : "" }

        /// `IncMajor`, `IncMinor`, `IncPatch` (part 0, 1, 2): metadata and pre-release
        /// dropped; a patch increment of a pre-release only drops the pre-release. A
        /// number at the uint64 limit is an error, as in the Masterminds Helm 4.2.3 uses.
        func incremented(_ part: Int) throws(SemverError) -> Version {
            switch part {
            case 0:
                if major == UInt64.max { throw .incrementOverflow("major") }
                return changed { $0 = Version(major: major + 1, minor: 0, patch: 0, prerelease: "", metadata: "", original: "") }
            case 1:
                if minor == UInt64.max { throw .incrementOverflow("minor") }
                return changed { $0 = Version(major: major, minor: minor + 1, patch: 0, prerelease: "", metadata: "", original: "") }
            default:
                if !prerelease.isEmpty { return changed { $0.prerelease = ""; $0.metadata = "" } }
                if patch == UInt64.max { throw .incrementOverflow("patch") }
                return changed { $0 = Version(major: major, minor: minor, patch: patch + 1, prerelease: "", metadata: "", original: "") }
            }
        }

        /// `SetPrerelease`.
        func settingPrerelease(_ p: String) throws(SemverError) -> Version {
            if !p.isEmpty { try Self.validatePrerelease(p) }
            return changed { $0.prerelease = p }
        }

        /// `SetMetadata`.
        func settingMetadata(_ m: String) throws(SemverError) -> Version {
            if !m.isEmpty { try Self.validateMetadata(m) }
            return changed { $0.metadata = m }
        }

        /// A copy changed by `change`, its `original` the new text behind the old `v` prefix.
        func changed(_ change: (inout Version) -> Void) -> Version {
            var n = self
            change(&n)
            n.original = vPrefix + n.string
            return n
        }

        /// `validatePrerelease`: non-empty parts of `[0-9A-Za-z-]`, numeric ones without a
        /// leading zero.
        static func validatePrerelease(_ p: String) throws(SemverError) {
            for part in GoStrings.split(p, ".") {
                let u = Array(part.utf8)
                if u.isEmpty { throw .invalidPrerelease }
                if u.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                    if u.count > 1 && u[0] == UInt8(ascii: "0") { throw .segmentStartsWithZero }
                } else if !u.allSatisfy(isIdentifierByte) {
                    throw .invalidPrerelease
                }
            }
        }

        /// `validateMetadata`: non-empty parts of `[0-9A-Za-z-]`.
        static func validateMetadata(_ m: String) throws(SemverError) {
            for part in GoStrings.split(m, ".") {
                let u = Array(part.utf8)
                if u.isEmpty || !u.allSatisfy(isIdentifierByte) { throw .invalidMetadata }
            }
        }

        static func isIdentifierByte(_ c: UInt8) -> Bool {
            let lower = c | 0x20
            return (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                || c == UInt8(ascii: "-")
        }
    }
}

/// Masterminds' errors, their descriptions its texts.
enum SemverError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `ErrInvalidSemVer`.
    case invalidVersion
    /// A number beyond uint64.
    case segment(GoStrconv.NumError)
    /// `ErrSegmentStartsZero`: a numeric pre-release part with a leading zero.
    case segmentStartsWithZero
    /// `ErrInvalidPrerelease`.
    case invalidPrerelease
    /// `ErrInvalidMetadata`.
    case invalidMetadata
    /// `Inc*` of a number at the uint64 limit; the payload names the part.
    case incrementOverflow(String)
    /// A constraint that does not match the constraint grammar.
    case improperConstraint(String)
    /// A constraint whose version does not parse.
    case constraintParser

    var description: String {
        switch self {
        case .invalidVersion: return "invalid semantic version"
        case .segment(let e): return "error parsing version segment: " + e.description
        case .segmentStartsWithZero: return "version segment starts with 0"
        case .invalidPrerelease: return "invalid prerelease string"
        case .invalidMetadata: return "invalid metadata string"
        case .incrementOverflow(let part): return part + " version increment would overflow uint64"
        case .improperConstraint(let c): return "improper constraint: " + GoQuote.quote(c)
        case .constraintParser: return "constraint parser error"
        }
    }
}
