/// A loaded chart: its metadata, templates, other files, default values and
/// dependencies. Built by the loader (`Chart/ChartLoader.swift`) from a directory or archive.
public final class Chart {
    /// Parsed `Chart.yaml`.
    public var metadata: ChartMetadata
    /// Files under `templates/`, with paths relative to the chart root
    /// (`templates/deployment.yaml`), in the loader's order.
    public var templates: [ChartFile]
    /// Every other file of the chart that `.Files` can see (Helm's `chart.Files`: all files
    /// except `Chart.yaml`, `Chart.lock`, `values.yaml`, `values.schema.json`, `templates/`
    /// and `charts/`; `crds/` files are included).
    public var files: [ChartFile]
    /// `values.yaml`, parsed.
    public var values: [String: Value]
    /// `values.schema.json`, raw.
    public var schema: [UInt8]?
    /// Subcharts from `charts/` (directories or archives), loaded.
    public var dependencies: [Chart]
    /// The chart this one is a dependency of.
    public weak var parent: Chart?
    /// `Chart.lock` (or `requirements.lock`), parsed, when present.
    public var lock: Value?

    public init(metadata: ChartMetadata, templates: [ChartFile] = [], files: [ChartFile] = [],
                values: [String: Value] = [:], schema: [UInt8]? = nil, dependencies: [Chart] = []) {
        self.metadata = metadata
        self.templates = templates
        self.files = files
        self.values = values
        self.schema = schema
        self.dependencies = dependencies
        for d in dependencies { d.parent = self }
    }

    public var name: String { metadata.name }

    /// Adds a subchart and makes this chart its parent (Helm's `AddDependency`).
    public func addDependency(_ chart: Chart) {
        chart.parent = self
        dependencies.append(chart)
    }

    /// Helm's `CRDObjects`: files under `crds/` of this chart, in load order.
    public var crdFiles: [ChartFile] {
        files.filter {
            $0.path.hasPrefix("crds/") && ($0.path.hasSuffix(".yaml") || $0.path.hasSuffix(".yml") || $0.path.hasSuffix(".json"))
        }
    }

    /// The chart's path from the top chart, `/charts/`-joined
    /// (`parent/charts/sub`), as Helm names template paths (`ChartFullPath`).
    public var fullPath: String {
        if let p = parent { return p.fullPath + "/charts/" + name }
        return name
    }
}

/// A file of a chart: path relative to the chart root, `/`-separated, and its bytes.
public struct ChartFile {
    public var path: String
    public var data: [UInt8]
    public init(path: String, data: [UInt8]) {
        self.path = path
        self.data = data
    }
}

/// `Chart.yaml` (Helm's `chart.Metadata`). `raw` keeps the parsed document so that the
/// `.Chart` object can expose every field with Go's types.
public struct ChartMetadata {
    public var name: String
    public var version: String
    public var apiVersion: String
    /// `application` (or empty) or `library`.
    public var type: String
    /// The `kubeVersion` constraint, empty when absent.
    public var kubeVersion: String
    /// `dependencies:` (or, for apiVersion v1, `requirements.yaml`).
    public var dependencies: [ChartDependency]
    public var raw: [String: Value]

    public init(name: String, version: String, apiVersion: String = "v2", type: String = "",
                kubeVersion: String = "", dependencies: [ChartDependency] = [], raw: [String: Value] = [:]) {
        self.name = name
        self.version = version
        self.apiVersion = apiVersion
        self.type = type
        self.kubeVersion = kubeVersion
        self.dependencies = dependencies
        self.raw = raw
    }
}

/// One entry of `dependencies:` (Helm's `chart.Dependency`).
public struct ChartDependency {
    public var name: String
    public var version: String
    public var repository: String
    /// Comma-separated value paths; the first one that resolves to a bool decides.
    public var condition: String
    public var tags: [String]
    /// Explicit `enabled:`; nil when absent.
    public var enabled: Bool?
    /// `import-values:` entries: strings or `{child:, parent:}` maps.
    public var importValues: [Value]
    public var alias: String

    public init(name: String = "", version: String = "", repository: String = "", condition: String = "",
                tags: [String] = [], enabled: Bool? = nil, importValues: [Value] = [], alias: String = "") {
        self.name = name
        self.version = version
        self.repository = repository
        self.condition = condition
        self.tags = tags
        self.enabled = enabled
        self.importValues = importValues
        self.alias = alias
    }
}
