extension ChartLoader {
    /// `loader.LoadArchive`: a gzip-compressed tar of one chart directory.
    public static func loadArchive(_ bytes: [UInt8], depth: Int = 0) throws -> Chart {
        let tar = try Gzip.inflate(bytes)
        let entries = try Tar.files(tar)
        var files: [ChartFile] = []
        for e in entries {
            // Helm strips the first path component (the chart's directory name).
            var parts = e.path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count < 2 { continue }
            parts.removeFirst()
            let name = String(parts[0])
            if name.isEmpty { continue }
            if name.split(separator: "/").contains("..") {
                throw RenderError(message: "chart illegally contains content outside the base directory: \(GoQuote.quote(e.path))")
            }
            files.append(ChartFile(path: name, data: stripBOM(e.data)))
        }
        if files.isEmpty { throw RenderError(message: "no files in chart archive") }
        return try loadFiles(files, depth: depth)
    }
}
