/// A failed render, as data: what went wrong (`kind`, with the flag, file, template or
/// position it concerns), Helm's message, and whether it happened once Helm had created the
/// release (then `helm template` adds `Use --debug flag to render out invalid YAML` and
/// `helm install` prefixes `INSTALLATION FAILED: ` to every error).
///
/// Failures that chartr's API detects itself are worded here, from the kind's payload;
/// failures of a lower layer (a chart that does not load, a values file that does not
/// parse, a template) carry that layer's message.
public struct RenderFailure: Error, CustomStringConvertible {
    /// What failed.
    public enum Kind: Sendable, Equatable {
        /// `--kube-version` does not parse (the value as given).
        case kubeVersionFlag(String)
        /// No chart at the reference (a path, or a `repo/name` that needs a repository).
        case chartNotFound(String)
        /// The chart was found but does not load (Chart.yaml, archive, file limits).
        case chartInvalid(ChartFailure)
        /// A user-supplied values source failed: `-f FILE`, `--set a=b`, `--set-json ...`.
        case values(ValuesSource)
        /// A library (or other non-application) chart: its type.
        case notInstallable(type: String)
        /// Subcharts named in Chart.yaml that are not in `charts/`.
        case missingDependencies([String])
        /// The release name is not a valid name (the name).
        case releaseName(String)
        /// The values do not match the `values.schema.json` of these charts.
        case schema([ChartSchemaViolations])
        /// Coalescing the values failed.
        case coalesce
        /// The chart's `kubeVersion` constraint excludes the capabilities' version.
        case kubeVersionIncompatible(constraint: String, kubeVersion: String)
        /// A template failed to parse or execute: the template file and where.
        case template(file: String, position: TemplatePosition?)
        /// A rendered file holds a document that is not a manifest (its YAML does not parse):
        /// the file, the document's index in it, and the line within that document.
        case manifest(file: String, document: Int, line: Int?)
        /// The output could not be assembled (`--show-only` matched nothing, ...).
        case output
        /// `--name-template` failed (Go's own error text).
        case nameTemplate
        /// A failure of chartr's own command line (not the library).
        case other
    }

    public var kind: Kind
    public var message: String
    public var afterRelease: Bool
    /// For YAML parse errors: every rendered file, which `--debug` prints.
    public var renderedFiles: [String: String]? = nil

    public init(_ kind: Kind, _ message: String, afterRelease: Bool = false) {
        self.kind = kind
        self.message = message
        self.afterRelease = afterRelease
    }

    /// A failure chartr's own layers report with a message (`kind` is `.other`).
    public init(_ message: String, afterRelease: Bool = false) {
        self.init(.other, message, afterRelease: afterRelease)
    }

    /// A failure the API detects itself, with Helm's wording for it.
    init(_ kind: Kind, afterRelease: Bool = false) {
        self.init(kind, RenderFailure.wording(kind), afterRelease: afterRelease)
    }

    /// Helm's texts for the failures the API detects itself (Helm's `checkIfInstallable`,
    /// `CheckDependencies`, `ValidateReleaseName`, the `kubeVersion` check).
    static func wording(_ kind: Kind) -> String {
        switch kind {
        case .notInstallable(let type):
            return type + " charts are not installable"
        case .missingDependencies(let names):
            return "an error occurred while checking for chart dependencies. You may need to run 'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: " + names.joined(separator: ", ")
        case .kubeVersionIncompatible(let constraint, let kubeVersion):
            return "chart requires kubeVersion: " + constraint + " which is incompatible with Kubernetes " + kubeVersion
        default:
            return ""
        }
    }

    /// What `helm template --debug` prints on stdout before the error: the rendered
    /// files (path order, blank ones skipped) for YAML parse errors, else an empty line.
    public var debugOutput: String {
        guard afterRelease else { return "" }
        var doc = ""
        if let files = renderedFiles {
            for p in files.keys.sorted(by: goStringLess) {
                guard let text = files[p], !goIsBlank(text) else { continue }
                doc += "---\n# Source: \(p)\n\(text)\n"
            }
        }
        return goTrimSpace(doc) + "\n"
    }

    public var description: String { message }

    /// The text `helm template` prints after `Error: `.
    public var templateMessage: String {
        afterRelease ? message + "\n\nUse --debug flag to render out invalid YAML" : message
    }
}
