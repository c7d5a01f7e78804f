extension ChartLoader {
    /// Helm's `MaxDecompressedChartSize`: all files of an archive together.
    static let maxArchiveSize = 100 * 1024 * 1024

    /// `loader.LoadArchive`: a gzip-compressed tar of one chart directory, read as a
    /// stream (`LoadArchiveFiles`): each header is checked (paths, Helm's 100 MiB total
    /// and 5 MiB per-file limits) before its data is decompressed, and decompression stops
    /// at the tar end marker, so a gzip bomb is never inflated.
    public static func loadArchive(_ bytes: [UInt8], depth: Int = 0) throws -> Chart {
        var reader = TarReader()
        var files: [ChartFile] = []
        var remaining = maxArchiveSize
        var inflated = 0
        let tooBig = "decompressed chart is larger than the maximum size \(maxArchiveSize)"
        try Gzip.stream(bytes) { chunk in
            // chartr: headers and padding count too (Helm counts file data only, so an
            // endless run of empty entries would grow without bound there).
            inflated += chunk.count
            if inflated > 2 * maxArchiveSize { throw RenderError(message: tooBig) }
            return try reader.feed(chunk, onHeader: { h in
                guard let name = try archiveEntryName(h) else { return nil }
                if h.size > remaining { throw RenderError(message: tooBig) }
                if h.size > maxFileSize {
                    throw RenderError(message: "decompressed chart file \(GoQuote.quote(h.name)) is larger than the maximum file size \(maxFileSize)")
                }
                return name
            }, onData: { name, data in
                remaining -= data.count
                if remaining <= 0 { throw RenderError(message: tooBig) }
                files.append(ChartFile(path: name, data: stripBOM(data)))
            })
        }
        try reader.finish()
        if files.isEmpty { throw RenderError(message: "no files in chart archive") }
        return try loadFiles(files, depth: depth)
    }

    /// The chart-relative name of an archive entry, or nil to skip it; Helm's path rules
    /// in `LoadArchiveFiles` with its messages.
    static func archiveEntryName(_ h: TarHeader) throws -> String? {
        if h.isDirectory { return nil }
        // Archives made on Windows may use `\` throughout.
        let delimiter: Character = h.name.contains("\\") ? "\\" : "/"
        let parts = h.name.split(separator: delimiter, omittingEmptySubsequences: false)
        var n = parts.dropFirst().joined(separator: String(delimiter))
        if delimiter == "\\" { n = n.replacingOccurrences(of: "\\", with: "/") }
        if n.hasPrefix("/") { throw RenderError(message: "chart illegally contains absolute paths") }
        n = GoPath.clean(n)
        if n == "." {
            throw RenderError(message: "chart illegally contains content outside the base directory: \(GoQuote.quote(h.name))")
        }
        if n.hasPrefix("..") { throw RenderError(message: "chart illegally references parent directory") }
        let u = Array(n.utf8)
        if u.count >= 3, u[1] == UInt8(ascii: ":"), u[2] == UInt8(ascii: "/"),
           (u[0] >= 0x41 && u[0] <= 0x5A) || (u[0] >= 0x61 && u[0] <= 0x7A) {
            throw RenderError(message: "chart contains illegally named files")
        }
        if parts.first == "Chart.yaml" { throw RenderError(message: "chart yaml not in base directory") }
        // chartr (issue 6): device and FIFO entries are refused; links are skipped.
        if h.isSpecial {
            throw RenderError(message: "chart illegally contains a device or FIFO entry: \(GoQuote.quote(h.name))")
        }
        return h.isRegular ? n : nil
    }
}
