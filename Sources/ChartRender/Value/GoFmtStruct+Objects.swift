/// `fmt`'s field view of the Helm and Sprig objects templates can print
/// (declaration order and receivers as in Helm 4.2.3 and Masterminds/semver v3).

extension KubeVersionObject: GoFmtStruct {
    /// `func (kv *KubeVersion) String() string`
    var fmtStringMethod: GoStringMethod { .pointerReceiver }
    /// `Version`, `normalizedVersion`, `Major`, `Minor`.
    var fmtFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("normalizedVersion", .string(version)),
         ("Major", .string(major)), ("Minor", .string(minor))]
    }
}

extension HelmVersionObject: GoFmtStruct {
    /// `version.BuildInfo` has no `String()`.
    var fmtStringMethod: GoStringMethod { .none }
    var fmtFields: [(name: String, value: Value)] {
        [("Version", .string(version)), ("GitCommit", .string(gitCommit)), ("GitTreeState", .string(gitTreeState)),
         ("GoVersion", .string(goVersion)), ("KubeClientVersion", .string(kubeClientVersion))]
    }
}

extension CapabilitiesObject: GoFmtStruct {
    /// `*common.Capabilities` has no `String()`.
    var fmtStringMethod: GoStringMethod { .none }
    var fmtFields: [(name: String, value: Value)] {
        [("KubeVersion", .object(kube)), ("APIVersions", .list(apiVersions.map { .string($0) }, CapabilitiesObject.versionSetType)),
         ("HelmVersion", .object(helm))]
    }
}

extension SemVersion: GoFmtStruct {
    /// `func (v Version) String() string`
    public var fmtStringMethod: GoStringMethod { .valueReceiver }
    /// `major`, `minor`, `patch` (uint64), `pre`, `metadata`, `original`.
    public var fmtFields: [(name: String, value: Value)] {
        [("major", .uint64(major)), ("minor", .uint64(minor)), ("patch", .uint64(patch)),
         ("pre", .string(pre)), ("metadata", .string(metadata)), ("original", .string(original))]
    }
}

extension SprigCertificate: GoFmtStruct {
    /// Sprig's `certificate` has no `String()`.
    public var fmtStringMethod: GoStringMethod { .none }
    public var fmtFields: [(name: String, value: Value)] { [("Cert", .string(cert)), ("Key", .string(key))] }
}
