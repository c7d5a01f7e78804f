/// `.Capabilities`: the Kubernetes version and API versions templates see.
/// Helm 4.2.3 defaults: Kubernetes v1.36.0 and its built-in API version list.
/// STUB: the engine work fills in the default list and the Go object.
public struct Capabilities {
    /// `v1.36.0` form (`--kube-version` accepts `1.29.0` or `v1.29.0`).
    public var kubeVersion: String
    /// `--api-versions` added to the defaults.
    public var apiVersions: [String]

    public init(kubeVersion: String = "v1.36.0", apiVersions: [String] = Capabilities.defaultAPIVersions) {
        self.kubeVersion = kubeVersion
        self.apiVersions = apiVersions
    }

    public static let defaultAPIVersions: [String] = []
}
