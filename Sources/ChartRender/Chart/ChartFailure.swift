/// A chart that does not load, as data; `message` is the one place Helm's wording of it
/// is made (`loader.Load`, `LoadArchiveFiles`, Chart.yaml validation, archive/tar, gzip).
public enum ChartFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// A system call failed (Go's `*PathError`: operation, path, errno text).
    case system(op: String, path: String, reason: String)
    /// The path is a file that is not a gzip archive (Go's content sniff of its head).
    case notAnArchive(path: String, contentType: String)
    /// A FIFO, socket or device where a chart file was expected.
    case irregularFile(String)
    /// A chart directory file over Helm's 5 MiB (`MaxDecompressedFileSize`).
    case fileTooLarge(name: String, limit: Int)
    /// An archive entry over 5 MiB.
    case archiveFileTooLarge(name: String, limit: Int)
    /// An archive over Helm's 100 MiB in all (`MaxDecompressedChartSize`).
    case archiveTooLarge(limit: Int)
    case archiveEmpty
    case archiveAbsolutePath
    case archiveOutsideBase(entry: String)
    case archiveParentReference
    case archiveIllegalName
    case archiveChartYAMLNotInBase
    /// chartr: device and FIFO entries are refused.
    case archiveSpecialEntry(String)
    /// A gzip or tar stream that is not well formed (Go's text: `gzip: invalid header`,
    /// `unexpected EOF`, `archive/tar: invalid tar header`, ...).
    case stream(String)
    /// chartr: more subchart levels than `ChartLoader.maxDepth`.
    case subchartNestingTooDeep(limit: Int)
    /// chartr: a directory tree deeper than `DirectoryWalk.maxDepth`.
    case directoryNestingTooDeep(String)
    /// chartr: more entries walked than `ChartLoader.maxWalkEntries`.
    case tooManyEntries(directory: String, limit: Int)
    case symlinkUnresolvable(path: String, reason: String)
    /// chartr: a link that leaves the chart directory.
    case symlinkOutside(path: String, target: String, root: String)
    case unreadable(path: String, reason: String)
    /// `Chart.yaml`, `values.yaml` or `requirements.yaml` does not parse: the file and the
    /// YAML/JSON text.
    case badFile(file: String, reason: String)
    /// Chart.yaml fails a type check or Helm's validation (the message as Helm has it).
    case metadata(String)
    case chartYAMLMissing
    /// A subchart archive under `charts/` holds something else than one chart.
    case subchartArchiveMismatch(parent: String, expected: String, got: String)
    /// A subchart archive under `charts/` does not load: which, in which chart, and why.
    indirect case subchart(name: String, parent: String, ChartFailure)
    /// `.helmignore` has a pattern Helm refuses.
    case helmignore(String)

    public var message: String {
        switch self {
        case .system(let op, let path, let reason): return op + " " + path + ": " + reason
        case .notAnArchive(let path, let type):
            return "file '" + path + "' does not appear to be a gzipped archive; got '" + type + "'"
        case .irregularFile(let path): return "cannot load irregular file " + path + " as it has file mode type bits set"
        case .fileTooLarge(let name, let limit):
            return "chart file " + GoQuote.quote(name) + " is larger than the maximum file size " + String(limit)
        case .archiveFileTooLarge(let name, let limit):
            return "decompressed chart file " + GoQuote.quote(name) + " is larger than the maximum file size " + String(limit)
        case .archiveTooLarge(let limit): return "decompressed chart is larger than the maximum size " + String(limit)
        case .archiveEmpty: return "no files in chart archive"
        case .archiveAbsolutePath: return "chart illegally contains absolute paths"
        case .archiveOutsideBase(let entry): return "chart illegally contains content outside the base directory: " + GoQuote.quote(entry)
        case .archiveParentReference: return "chart illegally references parent directory"
        case .archiveIllegalName: return "chart contains illegally named files"
        case .archiveChartYAMLNotInBase: return "chart yaml not in base directory"
        case .archiveSpecialEntry(let entry): return "chart illegally contains a device or FIFO entry: " + GoQuote.quote(entry)
        case .stream(let text): return text
        case .subchartNestingTooDeep(let limit): return "chart nesting too deep: more than " + String(limit) + " levels of subcharts"
        case .directoryNestingTooDeep(let dir): return "chart directory nesting too deep at " + dir
        case .tooManyEntries(let dir, let limit):
            return "chart directory " + dir + ": more than " + String(limit) + " entries walked (symbolic link loop?)"
        case .symlinkUnresolvable(let path, let reason): return "error evaluating symlink " + path + ": " + reason
        case .symlinkOutside(let path, let target, let root):
            return "symbolic link " + path + " resolves to " + target + ", outside the chart directory " + root
                + "; chartr never follows links out of a chart"
        case .unreadable(let path, let reason): return "error reading " + path + ": " + reason
        case .badFile(let file, let reason): return "cannot load " + file + ": " + reason
        case .metadata(let text): return text
        case .chartYAMLMissing: return "Chart.yaml file is missing"
        case .subchartArchiveMismatch(let parent, let expected, let got):
            return "error unpacking subchart tar in " + parent + ": expected " + expected + ", got " + got
        case .subchart(let name, let parent, let inner):
            return "error unpacking subchart " + name + " in " + parent + ": " + inner.message
        case .helmignore(let text): return text
        }
    }

    public var description: String { message }

    init(_ f: SafeFile.Failure) { self = .system(op: f.op, path: f.path, reason: SafeFile.reason(f.code)) }
}
