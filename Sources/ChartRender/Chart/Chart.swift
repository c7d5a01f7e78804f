/// A loaded chart: its metadata, templates, other files, default values and
/// dependencies. Built by the loader (`Chart/Loader.swift`) from a directory or archive.
public final class Chart {
    /// Parsed `Chart.yaml`.
    public var metadata: ChartMetadata
    /// Files under `templates/`, with paths relative to the chart root
    /// (`templates/deployment.yaml`), in the loader's order.
    public var templates: [ChartFile]
    /// Every other file of the chart that `.Files` can see (Helm excludes `Chart.yaml`,
    /// `values.yaml`, `templates/`, `charts/` and `values.schema.json`... as Helm does).
    public var files: [ChartFile]
    /// `values.yaml`, parsed.
    public var values: [String: Value]
    /// `values.schema.json`, raw.
    public var schema: [UInt8]?
    /// Subcharts from `charts/` (directories or archives), loaded.
    public var dependencies: [Chart]
    /// The chart this one is a dependency of.
    public weak var parent: Chart?

    public init(metadata: ChartMetadata, templates: [ChartFile] = [], files: [ChartFile] = [],
                values: [String: Value] = [:], schema: [UInt8]? = nil, dependencies: [Chart] = []) {
        self.metadata = metadata
        self.templates = templates
        self.files = files
        self.values = values
        self.schema = schema
        self.dependencies = dependencies
    }

    public var name: String { metadata.name }
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
    public var raw: [String: Value]

    public init(name: String, version: String, apiVersion: String = "v2", raw: [String: Value] = [:]) {
        self.name = name
        self.version = version
        self.apiVersion = apiVersion
        self.raw = raw
    }
}
