/// The flags `chartr render` and `chartr install` accept: every `helm template` /
/// `helm install` flag of Helm 4.2.3 (cluster-only ones are accepted and ignored, as
/// `helm template` does), plus chartr's own `--seed` and `--format`.
enum Flags {
    typealias D = FlagSet.Definition

    static let common: [D] = [
        D(name: "create-namespace", kind: .bool), D(name: "force-replace", kind: .bool), D(name: "force", kind: .bool),
        D(name: "force-conflicts", kind: .bool), D(name: "server-side", kind: .bool), D(name: "no-hooks", kind: .bool),
        D(name: "replace", kind: .bool), D(name: "timeout", kind: .duration), D(name: "wait-for-jobs", kind: .bool),
        D(name: "generate-name", kind: .bool, shorthand: "g"), D(name: "name-template", kind: .string),
        D(name: "description", kind: .string), D(name: "devel", kind: .bool), D(name: "dependency-update", kind: .bool),
        D(name: "disable-openapi-validation", kind: .bool), D(name: "rollback-on-failure", kind: .bool),
        D(name: "atomic", kind: .bool), D(name: "skip-crds", kind: .bool), D(name: "render-subchart-notes", kind: .bool),
        D(name: "skip-schema-validation", kind: .bool), D(name: "labels", kind: .map, shorthand: "l"),
        D(name: "enable-dns", kind: .bool), D(name: "hide-notes", kind: .bool), D(name: "take-ownership", kind: .bool),
        D(name: "values", kind: .slice, shorthand: "f"), D(name: "set", kind: .array), D(name: "set-string", kind: .array),
        D(name: "set-file", kind: .array), D(name: "set-json", kind: .array), D(name: "set-literal", kind: .array),
        D(name: "version", kind: .string), D(name: "verify", kind: .bool), D(name: "keyring", kind: .string),
        D(name: "repo", kind: .string), D(name: "username", kind: .string), D(name: "password", kind: .string),
        D(name: "cert-file", kind: .string), D(name: "key-file", kind: .string), D(name: "insecure-skip-tls-verify", kind: .bool),
        D(name: "plain-http", kind: .bool), D(name: "ca-file", kind: .string), D(name: "pass-credentials", kind: .bool),
        D(name: "wait", kind: .string, noOptValue: "watcher"),
        D(name: "post-renderer", kind: .string), D(name: "post-renderer-args", kind: .array),
        D(name: "namespace", kind: .string, shorthand: "n"), D(name: "kubeconfig", kind: .string),
        D(name: "kube-context", kind: .string), D(name: "kube-token", kind: .string), D(name: "kube-as-user", kind: .string),
        D(name: "kube-as-group", kind: .array), D(name: "kube-apiserver", kind: .string), D(name: "kube-ca-file", kind: .string),
        D(name: "kube-tls-server-name", kind: .string), D(name: "kube-insecure-skip-tls-verify", kind: .bool),
        D(name: "debug", kind: .bool), D(name: "registry-config", kind: .string), D(name: "repository-config", kind: .string),
        D(name: "repository-cache", kind: .string), D(name: "content-cache", kind: .string), D(name: "burst-limit", kind: .int),
        D(name: "qps", kind: .string), D(name: "color", kind: .string), D(name: "colour", kind: .string),
        // chartr's own
        D(name: "seed", kind: .int), D(name: "format", kind: .string),
    ]

    static let render: [D] = common + [
        D(name: "show-only", kind: .array, shorthand: "s"), D(name: "output-dir", kind: .string),
        D(name: "validate", kind: .bool), D(name: "include-crds", kind: .bool), D(name: "skip-tests", kind: .bool),
        D(name: "is-upgrade", kind: .bool), D(name: "kube-version", kind: .string),
        D(name: "api-versions", kind: .slice, shorthand: "a"), D(name: "release-name", kind: .bool),
        D(name: "dry-run", kind: .string, noOptValue: "unset"),
    ]

    static let install: [D] = common + [
        D(name: "hide-secret", kind: .bool), D(name: "dry-run", kind: .string, noOptValue: "unset"),
        D(name: "output", kind: .string, shorthand: "o"),
        D(name: "kube-version", kind: .string), D(name: "api-versions", kind: .slice, shorthand: "a"),
    ]
}
