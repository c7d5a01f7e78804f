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
        if depth > maxDepth { throw ChartFailure.directoryNestingTooDeep(dir) }
        let names: [String]
        do { names = try SafeFile.directoryNames(dir) } catch { throw ChartFailure(error) }
        budget -= names.count
        if budget < 0 {
            throw ChartFailure.tooManyEntries(directory: dir, limit: ChartLoader.maxWalkEntries)
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
                        throw ChartFailure.symlinkUnresolvable(path: full, reason: error.text)
                    }
                    // Issue 6: links are followed inside the chart only (Helm follows
                    // them anywhere, which lets a chart read files of the CI host).
                    if target != root && !target.hasPrefix(root == "/" ? "/" : root + "/") {
                        throw ChartFailure.symlinkOutside(path: full, target: target, root: root)
                    }
                    info = try SafeFile.lstatInfo(target)
                }
            } catch let e as SafeFile.Failure { throw ChartFailure(e) }
            if info.isDirectory {
                if rules.ignore(rel, isDirectory: true) { continue }
                try walk(full, real: target, relative: rel, depth: depth + 1, into: &files)
                continue
            }
            if rules.ignore(rel, isDirectory: false) { continue }
            guard info.isRegular else {
                throw ChartFailure.irregularFile(full)
            }
            if info.size > maxFileSize {
                let base = GoPath.base(target)
                throw ChartFailure.fileTooLarge(name: base, limit: maxFileSize)
            }
            let data: [UInt8]
            do { data = try SafeFile.readRegular(full, limit: maxFileSize + 1) } catch {
                throw ChartFailure.unreadable(path: rel, reason: error.text)
            }
            if data.count > maxFileSize {
                throw ChartFailure.fileTooLarge(name: name, limit: maxFileSize)
            }
            files.append(ChartFile(path: rel, data: ChartLoader.stripBOM(data)))
        }
    }
}
