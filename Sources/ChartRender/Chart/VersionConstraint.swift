/// Helm's `chartutil.IsCompatibleRange` over the Masterminds semver port (`Go/Semver/`):
/// a chart's `kubeVersion` against the cluster's version, a dependency's `version`
/// range against the chart found for it.
enum VersionConstraint {
    /// Whether `version` satisfies `constraint`; false when either does not parse.
    static func isCompatible(_ constraint: String, _ version: String) -> Bool {
        guard let v = try? Semver.Version(parsing: version),
              let c = try? Semver.Constraints(parsing: constraint) else { return false }
        return c.check(v)
    }
}
