import Foundation

/// Helm's chart loader (`pkg/chart/v2/loader`): a chart directory or `.tgz` archive
/// becomes a `Chart` with its subcharts, with Helm's error messages.
enum ChartLoader {
    /// Helm's largest accepted chart file (`MaxDecompressedFileSize`, 5 MiB).
    static let maxFileSize = 5 * 1024 * 1024
    /// Directory nesting we follow before giving up (symlink loops).
    static let maxDepth = 128

    /// Entries a directory walk visits before giving up (chartr: symlinks to parent
    /// directories can make the walk exponential before the OS's 40-link limit).
    static let maxWalkEntries = 1_000_000
    /// Largest chart archive file read (compressed); the decompressed limits apply after.
    static let maxArchiveFileSize = 1 << 30

    /// `loader.Load`: a directory or an archive file. Only regular files are read whole;
    /// a device gets Helm's 512-byte content sniff, a FIFO or socket is refused (Helm
    /// would block on it).
    static func load(path: String) throws -> Chart {
        let info: SafeFile.Info
        do { info = try SafeFile.statInfo(path) } catch { throw ChartFailure(error) }
        if info.isDirectory { return try loadDirectory(path) }
        if info.isCharDevice {
            let head: [UInt8]
            do { head = try SafeFile.readPrefix(path, limit: 512) } catch { throw ChartFailure(error) }
            throw ChartFailure.notAnArchive(path: path, contentType: detectContentType(head))
        }
        guard info.isRegular else {
            throw ChartFailure.irregularFile(path)
        }
        let bytes: [UInt8]
        do { bytes = try SafeFile.readRegular(path, limit: maxArchiveFileSize) } catch { throw ChartFailure(error) }
        if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B {
            return try loadArchive(bytes)
        }
        throw ChartFailure.notAnArchive(path: path, contentType: detectContentType(bytes))
    }

    /// `loader.LoadDir`: walks the directory in lexical order, applying `.helmignore`.
    static func loadDirectory(_ dir: String) throws -> Chart {
        var top = dir
        while top.count > 1, top.hasSuffix("/") { top.removeLast() }
        var rules = HelmIgnore()
        let ignorePath = top + "/.helmignore"
        if let info = try? SafeFile.statInfo(ignorePath) {
            guard info.isRegular else {
                throw ChartFailure.irregularFile(ignorePath)
            }
            let data: [UInt8]
            do { data = try SafeFile.readRegular(ignorePath, limit: maxFileSize) } catch { throw ChartFailure(error) }
            do { rules = try HelmIgnore(parsing: data) } catch let e as RenderError { throw ChartFailure.helmignore(e.message) }
        }
        rules.addDefaults()
        var files: [ChartFile] = []
        let real: String
        do { real = try SafeFile.realPath(top) } catch { throw ChartFailure(error) }
        var walker = DirectoryWalk(root: real, rules: rules, budget: maxWalkEntries)
        try walker.walk(top, real: real, relative: "", depth: 0, into: &files)
        return try loadFiles(files)
    }

    /// Helm drops a leading UTF-8 byte order mark from every chart file.
    static func stripBOM(_ b: [UInt8]) -> [UInt8] {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return Array(b[3...]) }
        return b
    }

    /// `loader.LoadFiles`: sorts the files of one chart into metadata, values, templates,
    /// other files and subcharts, validates the metadata, then loads the subcharts.
    static func loadFiles(_ files: [ChartFile], depth: Int = 0) throws -> Chart {
        if depth > maxDepth { throw ChartFailure.subchartNestingTooDeep(limit: maxDepth) }
        var metadata: ChartMetadata? = nil
        for f in files where f.path == "Chart.yaml" {
            do { metadata = try ChartMetadata.load(f.data) } catch let e as ChartFailure {
                throw ChartFailure.badFile(file: "Chart.yaml", reason: e.message)
            }
        }
        let chart = Chart(metadata: metadata ?? ChartMetadata(name: "", version: "", apiVersion: ""))
        var subchartOrder: [String] = []
        var subcharts: [String: [ChartFile]] = [:]
        for f in files {
            switch f.path {
            case "Chart.yaml":
                continue
            case "Chart.lock", "requirements.lock":
                chart.lock = try? YAML.parse(f.data)
                if f.path == "requirements.lock", chart.metadata.apiVersion == "v1" { chart.files.append(f) }
            case "values.yaml":
                do { chart.values = try YAML.loadValues(f.data) } catch let e as YAMLError {
                    throw ChartFailure.badFile(file: "values.yaml", reason: e.message)
                }
            case "values.schema.json":
                chart.schema = f.data
            case "requirements.yaml":
                if metadata == nil {
                    let empty = ChartMetadata(name: "", version: "", apiVersion: "")
                    metadata = empty
                    chart.metadata = empty
                }
                do {
                    let doc = try YAML.parse(f.data, keepIntegers: true)
                    chart.metadata.dependencies = try ChartDependency.list(doc["dependencies"], field: "Metadata.dependencies")
                } catch let e as YAMLError {
                    throw ChartFailure.badFile(file: "requirements.yaml", reason: e.message)
                } catch let e as ChartFailure {
                    throw ChartFailure.badFile(file: "requirements.yaml", reason: e.message)
                }
                if chart.metadata.apiVersion == "v1" { chart.files.append(f) }
            default:
                if f.path.hasPrefix("templates/") {
                    chart.templates.append(f)
                } else if f.path.hasPrefix("charts/") {
                    if f.path.hasSuffix(".prov") { chart.files.append(f); continue }
                    let rest = String(f.path.dropFirst("charts/".count))
                    let cname = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? rest
                    if subcharts[cname] == nil { subchartOrder.append(cname) }
                    subcharts[cname, default: []].append(ChartFile(path: rest, data: f.data))
                } else {
                    chart.files.append(f)
                }
            }
        }
        guard metadata != nil else { throw ChartFailure.chartYAMLMissing }
        try chart.metadata.validate()
        for n in subchartOrder {
            guard let group = subcharts[n] else { continue }
            if n.hasPrefix("_") || n.hasPrefix(".") { continue }
            let sub: Chart
            do {
                if n.hasSuffix(".tgz") {
                    guard let file = group.first, file.path == n else {
                        throw ChartFailure.subchartArchiveMismatch(parent: chart.name, expected: n, got: group.first?.path ?? "")
                    }
                    sub = try loadArchive(file.data, depth: depth + 1)
                } else {
                    var inner: [ChartFile] = []
                    for f in group {
                        guard let slash = f.path.firstIndex(of: "/") else { continue }
                        inner.append(ChartFile(path: String(f.path[f.path.index(after: slash)...]), data: f.data))
                    }
                    sub = try loadFiles(inner, depth: depth + 1)
                }
            } catch let e as ChartFailure {
                throw ChartFailure.subchart(name: n, parent: chart.name, e)
            }
            chart.addDependency(sub)
        }
        return chart
    }

    /// `http.DetectContentType` for the few answers a non-archive chart file gets.
    static func detectContentType(_ b: [UInt8]) -> String {
        // Helm reads a zero-filled 512-byte buffer: short files end in NUL bytes.
        if b.count < 512 { return "application/octet-stream" }
        let head = b.prefix(512)
        for c in head where c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x1B {
            return "application/octet-stream"
        }
        return "text/plain; charset=utf-8"
    }
}
