/// Sprig's `semver` and `semverCompare` over Masterminds/semver v3 semantics.
extension Functions {
    static let semver: [String: Function] = [
        "semver": Function(FunctionSignature([.string], returns: SemVersion.pointerType, throws: true)) { call in
            .object(try SemVersion.parse(call.string(0)))
        },
        "semverCompare": Function(FunctionSignature([.string, .string], returns: .bool, throws: true)) { call in
            let c = try SemConstraints.parse(call.string(0))
            let v = try SemVersion.parse(call.string(1))
            return .bool(c.check(v))
        },
    ]
}

/// Masterminds `semver.Version`: `*semver.Version` from `semver`, a `semver.Version`
/// value from `IncPatch`/`SetPrerelease`/…; each exposes only the methods Go's method
/// sets allow (`Original` and the comparisons need the pointer).
public final class SemVersion: GoObject {
    public static let pointerType = GoType.opaque("*semver.Version", kind: "ptr")
    public static let valueType = GoType.opaque("semver.Version", kind: "struct")

    public var major: UInt64, minor: UInt64, patch: UInt64
    public var pre: String, metadata: String, original: String
    public var isPointer: Bool

    init(major: UInt64, minor: UInt64, patch: UInt64, pre: String, metadata: String, original: String, isPointer: Bool = true) {
        self.major = major; self.minor = minor; self.patch = patch
        self.pre = pre; self.metadata = metadata; self.original = original
        self.isPointer = isPointer
    }

    /// The loose version syntax of `semver.NewVersion`.
    static let versionRegex = try? GoRegexp(
        #"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$"#)

    /// `semver.NewVersion` with its error texts.
    public static func parse(_ v: String) throws -> SemVersion {
        guard let m = versionRegex?.findSubmatch(v), m.count >= 9 else {
            throw FunctionError("invalid semantic version")
        }
        func segment(_ s: String) throws -> UInt64 {
            let digits = s.hasPrefix(".") ? String(s.dropFirst()) : s
            if digits.isEmpty { return 0 }
            guard let n = UInt64(digits) else {
                throw FunctionError("error parsing version segment: strconv.ParseUint: parsing \(GoQuote.quote(digits)): value out of range")
            }
            return n
        }
        let sv = SemVersion(major: try segment(m[1]), minor: try segment(m[2]), patch: try segment(m[3]),
                            pre: m[5], metadata: m[8], original: v)
        if !sv.pre.isEmpty { try validatePrerelease(sv.pre) }
        return sv
    }

    /// Masterminds `validatePrerelease`: numeric identifiers may not have leading zeros.
    static func validatePrerelease(_ p: String) throws {
        for part in p.split(separator: ".", omittingEmptySubsequences: false) {
            let u = Array(part.utf8)
            if !u.isEmpty && u.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                if u.count > 1 && u[0] == 48 { throw FunctionError("version segment starts with 0") }
            } else if u.isEmpty || !u.allSatisfy({ isWordByte($0) && $0 != 95 || $0 == 45 }) {
                throw FunctionError("invalid prerelease string")
            }
        }
    }

    static func validateMetadata(_ m: String) throws {
        for part in m.split(separator: ".", omittingEmptySubsequences: false) {
            let u = Array(part.utf8)
            if u.isEmpty || !u.allSatisfy({ isWordByte($0) && $0 != 95 || $0 == 45 }) { throw FunctionError("invalid metadata string") }
        }
    }

    /// `Version.String`: `1.2.3-pre+meta` without the `v`.
    public var string: String {
        var s = "\(major).\(minor).\(patch)"
        if !pre.isEmpty { s += "-" + pre }
        if !metadata.isEmpty { s += "+" + metadata }
        return s
    }

    public var goType: GoType { isPointer ? Self.pointerType : Self.valueType }
    public var goDescription: String { string }
    public var jsonValue: Value? { .string(string) }
    public func field(named name: String) -> Value? { nil }

    /// `semver.Version.Compare`: numbers, then pre-release precedence.
    public func compare(_ o: SemVersion) -> Int {
        if major != o.major { return major < o.major ? -1 : 1 }
        if minor != o.minor { return minor < o.minor ? -1 : 1 }
        if patch != o.patch { return patch < o.patch ? -1 : 1 }
        if pre.isEmpty && o.pre.isEmpty { return 0 }
        if pre.isEmpty { return 1 }
        if o.pre.isEmpty { return -1 }
        return Self.comparePrerelease(pre, o.pre)
    }

    static func comparePrerelease(_ a: String, _ b: String) -> Int {
        let sp = a.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let op = b.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        for i in 0..<Swift.max(sp.count, op.count) {
            let d = comparePrePart(i < sp.count ? sp[i] : "", i < op.count ? op[i] : "")
            if d != 0 { return d }
        }
        return 0
    }

    static func comparePrePart(_ s: String, _ o: String) -> Int {
        if s == o { return 0 }
        if s.isEmpty { return -1 }
        if o.isEmpty { return 1 }
        let oi = UInt64(o), si = UInt64(s)
        switch (si, oi) {
        case (nil, nil): return goStringLess(o, s) ? 1 : -1
        case (_?, nil): return -1
        case (nil, _?): return 1
        case (let x?, let y?): return x > y ? 1 : -1
        }
    }

    var vPrefix: String { original.hasPrefix("v") ? "v" : "" }

    /// A `semver.Version` value copy.
    func valueCopy() -> SemVersion {
        SemVersion(major: major, minor: minor, patch: patch, pre: pre, metadata: metadata, original: original, isPointer: false)
    }

    func incremented(_ part: Int) -> SemVersion {
        let n = valueCopy()
        n.metadata = ""
        switch part {
        case 0: n.major += 1; n.minor = 0; n.patch = 0; n.pre = ""
        case 1: n.minor += 1; n.patch = 0; n.pre = ""
        default:
            if n.pre.isEmpty { n.patch += 1 } else { n.pre = "" }
        }
        n.original = vPrefix + n.string
        return n
    }

    public func method(named name: String) -> GoMethod? {
        let noArgs = { (t: GoType, f: @escaping () -> Value) in GoMethod(FunctionSignature([], returns: t)) { _ in f() } }
        switch name {
        case "String": return noArgs(.string) { .string(self.string) }
        case "Major": return noArgs(.uint64) { .uint64(self.major) }
        case "Minor": return noArgs(.uint64) { .uint64(self.minor) }
        case "Patch": return noArgs(.uint64) { .uint64(self.patch) }
        case "Prerelease": return noArgs(.string) { .string(self.pre) }
        case "Metadata": return noArgs(.string) { .string(self.metadata) }
        case "IncMajor": return noArgs(Self.valueType) { .object(self.incremented(0)) }
        case "IncMinor": return noArgs(Self.valueType) { .object(self.incremented(1)) }
        case "IncPatch": return noArgs(Self.valueType) { .object(self.incremented(2)) }
        case "SetPrerelease", "SetMetadata":
            return GoMethod(FunctionSignature([.string], returns: Self.valueType, throws: true)) { call in
                let s = call.string(0)
                let n = self.valueCopy()
                if name == "SetPrerelease" {
                    if !s.isEmpty { try Self.validatePrerelease(s) }
                    n.pre = s
                } else {
                    if !s.isEmpty { try Self.validateMetadata(s) }
                    n.metadata = s
                }
                n.original = self.vPrefix + n.string
                return .object(n)
            }
        default: break
        }
        guard isPointer else { return nil }
        switch name {
        case "Original": return noArgs(.string) { .string(self.original) }
        case "Compare": return comparison(.int) { .int($0) }
        case "Equal": return comparison(.bool) { .bool($0 == 0) }
        case "LessThan": return comparison(.bool) { .bool($0 < 0) }
        case "LessThanEqual": return comparison(.bool) { .bool($0 <= 0) }
        case "GreaterThan": return comparison(.bool) { .bool($0 > 0) }
        case "GreaterThanEqual": return comparison(.bool) { .bool($0 >= 0) }
        default: return nil
        }
    }

    private func comparison(_ result: GoType, _ f: @escaping (Int) -> Value) -> GoMethod {
        GoMethod(FunctionSignature([Self.pointerType], returns: result)) { call in
            guard case .object(let o) = call[0], let other = o as? SemVersion else {
                throw FunctionError("invalid memory address or nil pointer dereference")
            }
            return f(self.compare(other))
        }
    }
}

/// `fmt`'s field view (declaration order and receivers as in Helm 4.2.3 / Masterminds/semver v3).
extension SemVersion: GoFmtStruct {
    /// `func (v Version) String() string`
    public var fmtStringMethod: GoStringMethod { .valueReceiver }
    /// `major`, `minor`, `patch` (uint64), `pre`, `metadata`, `original`.
    public var fmtFields: [(name: String, value: Value)] {
        [("major", .uint64(major)), ("minor", .uint64(minor)), ("patch", .uint64(patch)),
         ("pre", .string(pre)), ("metadata", .string(metadata)), ("original", .string(original))]
    }
}
