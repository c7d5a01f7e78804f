/// Helm's `InstallOrder` (`pkg/release/v1/util/kind_sorter.go`): the order in which kinds
/// are installed and printed. Unknown kinds come after all of these, by kind name.
enum InstallOrder {
    static let kinds: [String] = [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange",
        "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
        "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
        "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
        "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList", "Service",
        "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
        "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ]

    static let rank: [String: Int] = {
        var r: [String: Int] = [:]
        for (i, k) in kinds.enumerated() { r[k] = i }
        return r
    }()

    /// Whether kind `a` installs before kind `b` (a strict order; equal kinds are neither).
    static func less(_ a: String, _ b: String) -> Bool {
        switch (rank[a], rank[b]) {
        case (let x?, let y?): return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return goStringLess(a, b)
        }
    }

    /// A stable sort by kind (Go's `sort.SliceStable`).
    static func stableSort<T>(_ items: [T], kind: (T) -> String) -> [T] {
        let indexed = items.enumerated().map { ($0.offset, $0.element) }
        return indexed.sorted { l, r in
            let kl = kind(l.1), kr = kind(r.1)
            if InstallOrder.less(kl, kr) { return true }
            if InstallOrder.less(kr, kl) { return false }
            return l.0 < r.0
        }.map { $0.1 }
    }
}
