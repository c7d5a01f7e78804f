/// Sprig's `semver` and `semverCompare` over the Masterminds semver port (`Go/Semver/`).
extension Functions {
    static let semver: [String: Function] = [
        "semver": Function(FunctionSignature([.string], returns: SemVersion.pointerType, throws: true)) { call in
            .object(try SemVersion.parse(call.string(0)))
        },
        "semverCompare": Function(FunctionSignature([.string, .string], returns: .bool, throws: true)) { call in
            let c = try Semver.Constraints(parsing: call.string(0))
            let v = try Semver.Version(parsing: call.string(1))
            return .bool(c.check(v))
        },
    ]
}

/// A Masterminds version as templates see it: `*semver.Version` from `semver`, a
/// `semver.Version` value from `IncPatch`/`SetPrerelease`/…; each exposes only the methods
/// Go's method sets allow (`Original` and the comparisons need the pointer).
final class SemVersion: GoObject {
    static let pointerType = GoType.opaque("*semver.Version", kind: "ptr")
    static let valueType = GoType.opaque("semver.Version", kind: "struct")

    let version: Semver.Version
    let isPointer: Bool

    init(_ version: Semver.Version, isPointer: Bool = true) {
        self.version = version
        self.isPointer = isPointer
    }

    /// `semver.NewVersion`.
    static func parse(_ v: String) throws -> SemVersion {
        SemVersion(try Semver.Version(parsing: v))
    }

    var goType: GoType { isPointer ? Self.pointerType : Self.valueType }
    var goDescription: String { version.string }
    var jsonValue: Value? { .string(version.string) }
    func field(named name: String) -> Value? { nil }

    func method(named name: String) -> GoMethod? {
        let v = version
        let noArgs = { (t: GoType, f: @escaping () -> Value) in GoMethod(FunctionSignature([], returns: t)) { _ in f() } }
        let value = { (n: Semver.Version) in Value.object(SemVersion(n, isPointer: false)) }
        switch name {
        case "String": return noArgs(.string) { .string(v.string) }
        case "Major": return noArgs(.uint64) { .uint64(v.major) }
        case "Minor": return noArgs(.uint64) { .uint64(v.minor) }
        case "Patch": return noArgs(.uint64) { .uint64(v.patch) }
        case "Prerelease": return noArgs(.string) { .string(v.prerelease) }
        case "Metadata": return noArgs(.string) { .string(v.metadata) }
        case "IncMajor", "IncMinor", "IncPatch":
            let part = name == "IncMajor" ? 0 : name == "IncMinor" ? 1 : 2
            return GoMethod(FunctionSignature([], returns: Self.valueType)) { _ in value(try v.incremented(part)) }
        case "SetPrerelease":
            return GoMethod(FunctionSignature([.string], returns: Self.valueType, throws: true)) { call in
                value(try v.settingPrerelease(call.string(0)))
            }
        case "SetMetadata":
            return GoMethod(FunctionSignature([.string], returns: Self.valueType, throws: true)) { call in
                value(try v.settingMetadata(call.string(0)))
            }
        default: break
        }
        guard isPointer else { return nil }
        switch name {
        case "Original": return noArgs(.string) { .string(v.original) }
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
            return f(self.version.compare(other.version))
        }
    }
}

/// `fmt`'s field view (declaration order and receivers as in Helm 4.2.3 / Masterminds/semver v3).
extension SemVersion: GoFmtStruct {
    /// `func (v Version) String() string`
    var fmtStringMethod: GoStringMethod { .valueReceiver }
    /// `major`, `minor`, `patch` (uint64), `pre`, `metadata`, `original`.
    var fmtFields: [(name: String, value: Value)] {
        [("major", .uint64(version.major)), ("minor", .uint64(version.minor)), ("patch", .uint64(version.patch)),
         ("pre", .string(version.prerelease)), ("metadata", .string(version.metadata)), ("original", .string(version.original))]
    }
}
