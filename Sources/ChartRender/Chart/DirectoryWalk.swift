/// One chart-directory walk (`loader.LoadDir`): the chart's resolved root, its
/// `.helmignore` rules and the entry budget left.
struct DirectoryWalk {
    let root: String
    let rules: HelmIgnore
    var budget: Int

    /// Helm's `sympath.Walk` with `LoadDir`'s walk function: entries in byte order,
    /// symlinks followed (the link's own path is kept, the target's kind and size are
    /// used), irregular files refused, files over 5 MiB refused by base name. `dir` is
    /// the path as Go builds it (so a symlink loop ends with the OS's
    /// `too many levels of symbolic links` on that path), `real` its resolved form.
    mutating func walk(_ dir: String, real: String, relative: String, depth: Int, into files: inout [ChartFile]) throws {
        let maxDepth = ChartLoader.maxDepth, maxFileSize = ChartLoader.maxFileSize
        if depth > maxDepth { throw RenderError(message: "chart directory nesting too deep at \(dir)") }
        let names: [String]
        do { names = try SafeFile.directoryNames(dir) } catch { throw RenderError(message: error.text) }
        budget -= names.count
        if budget < 0 {
            throw RenderError(message: "chart directory \(dir): more than \(ChartLoader.maxWalkEntries) entries walked (symbolic link loop?)")
        }
        for name in names.sorted(by: goStringLess) {
            let full = dir + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var info: SafeFile.Info
            var target = real + "/" + name
            do {
                info = try SafeFile.lstatInfo(full)
                if info.isSymlink {
                    do { target = try SafeFile.realPath(target) } catch {
                        throw RenderError(message: "error evaluating symlink \(full): \(error.text)")
                    }
                    // Issue 6: links are followed inside the chart only (Helm follows
                    // them anywhere, which lets a chart read files of the CI host).
                    if target != root && !target.hasPrefix(root == "/" ? "/" : root + "/") {
                        throw RenderError(message: "symbolic link \(full) resolves to \(target), outside the chart directory \(root); chartr never follows links out of a chart")
                    }
                    info = try SafeFile.lstatInfo(target)
                }
            } catch let e as SafeFile.Failure { throw RenderError(message: e.text) }
            if info.isDirectory {
                if rules.ignore(rel, isDirectory: true) { continue }
                try walk(full, real: target, relative: rel, depth: depth + 1, into: &files)
                continue
            }
            if rules.ignore(rel, isDirectory: false) { continue }
            guard info.isRegular else {
                throw RenderError(message: "cannot load irregular file \(full) as it has file mode type bits set")
            }
            if info.size > maxFileSize {
                let base = GoPath.base(target)
                throw RenderError(message: "chart file \(GoQuote.quote(base)) is larger than the maximum file size \(maxFileSize)")
            }
            let data: [UInt8]
            do { data = try SafeFile.readRegular(full, limit: maxFileSize + 1) } catch {
                throw RenderError(message: "error reading \(rel): \(error.text)")
            }
            if data.count > maxFileSize {
                throw RenderError(message: "chart file \(GoQuote.quote(name)) is larger than the maximum file size \(maxFileSize)")
            }
            files.append(ChartFile(path: rel, data: ChartLoader.stripBOM(data)))
        }
    }
}
