/// `.Capabilities` as Helm 4 exposes it: a `*common.Capabilities` with `KubeVersion`,
/// `APIVersions` (a `common.VersionSet` with `Has`) and `HelmVersion`.
final class CapabilitiesObject: GoObject, GoStructFieldTypes {
    let kube: KubeVersionObject
    let apiVersions: [String]
    let helm = HelmVersionObject()

    init(_ caps: Capabilities) {
        kube = KubeVersionObject(caps.kubeVersion)
        apiVersions = caps.apiVersions
    }

    var goType: GoType { .opaque("*common.Capabilities", kind: "ptr") }

    static let versionSetType: GoType = .named("common.VersionSet", .slice(.string))

    func field(named name: String) -> Value? {
        switch name {
        case "KubeVersion": return .object(kube)
        case "APIVersions": return .list(apiVersions.map { .string($0) }, CapabilitiesObject.versionSetType)
        case "HelmVersion": return .object(helm)
        default: return nil
        }
    }

    func fieldType(named name: String) -> GoType? {
        name == "APIVersions" ? CapabilitiesObject.versionSetType : nil
    }

    /// `%v` of the pointer's struct: `{{v1.36.0 v1.36.0 1 36} [v1 ...] {v4.2 ...}}`.
    var goDescription: String {
        "{" + kube.structDescription + " [" + apiVersions.joined(separator: " ") + "] " + helm.goDescription + "}"
    }

    var jsonValue: Value? {
        .map(["KubeVersion": kube.jsonValue ?? .null, "APIVersions": .strings(apiVersions), "HelmVersion": helm.jsonValue ?? .null])
    }

    /// `VersionSet.Has`: exact membership.
    static func hasMethod(_ versions: [String]) -> GoMethod {
        GoMethod(FunctionSignature([.string], returns: .bool)) { call in
            .bool(versions.contains(call.string(0)))
        }
    }
}

/// `common.KubeVersion`: `Version`, `Major`, `Minor`; `String()` and `GitVersion()`.
final class KubeVersionObject: GoObject {
    let version: String
    let major: String
    let minor: String

    init(_ v: String) {
        let version = v.hasPrefix("v") ? v : "v" + v
        self.version = version
        let parts = version.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        major = parts.count > 0 ? String(parts[0]) : ""
        minor = parts.count > 1 ? String(parts[1]) : ""
    }

    var goType: GoType { .opaque("common.KubeVersion", kind: "struct") }

    func field(named name: String) -> Value? {
        switch name {
        case "Version": return .string(version)
        case "Major": return .string(major)
        case "Minor": return .string(minor)
        default: return nil
        }
    }

    func method(named name: String) -> GoMethod? {
        switch name {
        case "String", "GitVersion":
            let v = version
            return GoMethod(FunctionSignature([], returns: .string)) { _ in .string(v) }
        default: return nil
        }
    }

    /// Printed through its `String()` method.
    var goDescription: String { version }

    /// The struct's fields as `%v` prints them when nested (no `String()` there).
    var structDescription: String { "{" + version + " " + version + " " + major + " " + minor + "}" }

    var jsonValue: Value? {
        .map(["Version": .string(version), "Major": .string(major), "Minor": .string(minor)])
    }
}

/// `version.BuildInfo` of the Helm that renders.
final class HelmVersionObject: GoObject {
    let version = "v4.2"
    let gitCommit = ""
    let gitTreeState = ""
    let goVersion = "go1.26.6"
    let kubeClientVersion = "v1.36"

    var goType: GoType { .opaque("version.BuildInfo", kind: "struct") }

    func field(named name: String) -> Value? {
        switch name {
        case "Version": return .string(version)
        case "GitCommit": return .string(gitCommit)
        case "GitTreeState": return .string(gitTreeState)
        case "GoVersion": return .string(goVersion)
        case "KubeClientVersion": return .string(kubeClientVersion)
        default: return nil
        }
    }

    var goDescription: String {
        "{" + [version, gitCommit, gitTreeState, goVersion, kubeClientVersion].joined(separator: " ") + "}"
    }

    var jsonValue: Value? {
        .map(["version": .string(version), "git_commit": .string(gitCommit), "git_tree_state": .string(gitTreeState),
              "go_version": .string(goVersion), "kube_client_version": .string(kubeClientVersion)])
    }
}

/// `fmt`'s field view (declaration order and receivers as in Helm 4.2.3 / Masterminds/semver v3).
extension KubeVersionObject: GoFmtStruct {
    /// `func (kv *KubeVersion) String() string`
    var fmtStringMethod: GoStringMethod { .pointerReceiver }
    /// `Version`, `normalizedVersion`, `Major`, `Minor`.
    var fmtFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("normalizedVersion", .string(version)),
         ("Major", .string(major)), ("Minor", .string(minor))]
    }
}

/// `fmt`'s field view (declaration order and receivers as in Helm 4.2.3 / Masterminds/semver v3).
extension HelmVersionObject: GoFmtStruct {
    /// `version.BuildInfo` has no `String()`.
    var fmtStringMethod: GoStringMethod { .none }
    var fmtFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("GitCommit", .string(gitCommit)), ("GitTreeState", .string(gitTreeState)),
         ("GoVersion", .string(goVersion)), ("KubeClientVersion", .string(kubeClientVersion))]
    }
}

/// `fmt`'s field view (declaration order and receivers as in Helm 4.2.3 / Masterminds/semver v3).
extension CapabilitiesObject: GoFmtStruct {
    /// `*common.Capabilities` has no `String()`.
    var fmtStringMethod: GoStringMethod { .none }
    var fmtFields: [(name: String, value: Value)] {
        [("KubeVersion", .object(kube)), ("APIVersions", .list(apiVersions.map { .string($0) }, CapabilitiesObject.versionSetType)),
         ("HelmVersion", .object(helm))]
    }
}
