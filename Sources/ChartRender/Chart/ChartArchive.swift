extension ChartLoader {
    /// Helm's `MaxDecompressedChartSize`: all files of an archive together.
    static let maxArchiveSize = 100 * 1024 * 1024

    /// `loader.LoadArchive`: a gzip-compressed tar of one chart directory, read as a
    /// stream (`LoadArchiveFiles`): each header is checked (paths, Helm's 100 MiB total
    /// and 5 MiB per-file limits) before its data is decompressed, and decompression stops
    /// at the tar end marker, so a gzip bomb is never inflated.
    static func loadArchive(_ bytes: [UInt8], depth: Int = 0) throws -> Chart {
        var reader = TarReader()
        var files: [ChartFile] = []
        var remaining = maxArchiveSize
        var inflated = 0
        let tooBig = ChartFailure.archiveTooLarge(limit: maxArchiveSize)
        try Gzip.stream(bytes) { chunk in
            // chartr: headers and padding count too (Helm counts file data only, so an
            // endless run of empty entries would grow without bound there).
            inflated += chunk.count
            if inflated > 2 * maxArchiveSize { throw tooBig }
            return try reader.feed(chunk, onHeader: { h in
                guard let name = try archiveEntryName(h) else { return nil }
                if h.size > remaining { throw tooBig }
                if h.size > maxFileSize {
                    throw ChartFailure.archiveFileTooLarge(name: h.name, limit: maxFileSize)
                }
                return name
            }, onData: { name, data in
                remaining -= data.count
                if remaining <= 0 { throw tooBig }
                files.append(ChartFile(path: name, data: stripBOM(data)))
            })
        }
        try reader.finish()
        if files.isEmpty { throw ChartFailure.archiveEmpty }
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
        if n.hasPrefix("/") { throw ChartFailure.archiveAbsolutePath }
        n = GoPath.clean(n)
        if n == "." {
            throw ChartFailure.archiveOutsideBase(entry: h.name)
        }
        if n.hasPrefix("..") { throw ChartFailure.archiveParentReference }
        let u = Array(n.utf8)
        if u.count >= 3, u[1] == UInt8(ascii: ":"), u[2] == UInt8(ascii: "/"),
           (u[0] >= 0x41 && u[0] <= 0x5A) || (u[0] >= 0x61 && u[0] <= 0x7A) {
            throw ChartFailure.archiveIllegalName
        }
        if parts.first == "Chart.yaml" { throw ChartFailure.archiveChartYAMLNotInBase }
        // chartr (issue 6): device and FIFO entries are refused; links are skipped.
        if h.isSpecial {
            throw ChartFailure.archiveSpecialEntry(h.name)
        }
        return h.isRegular ? n : nil
    }
}
