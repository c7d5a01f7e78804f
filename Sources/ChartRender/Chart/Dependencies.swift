/// Helm's `ProcessDependencies` (`pkg/chart/v2/util/dependencies.go`): aliases rename
/// subcharts, `tags` and `condition` enable or disable them (evaluated on the coalesced
/// values), disabled subcharts are removed, then `import-values` copy child values into
/// the parent's defaults.
enum Dependencies {
    /// Processes `chart` in place with the user-supplied values.
    static func process(_ chart: Chart, values: [String: Value]) {
        processEnabled(chart, values: values, path: "", depth: 0)
        processImports(chart, depth: 0)
    }

    static func processEnabled(_ c: Chart, values: [String: Value], path: String, depth: Int) {
        if depth > 64 || c.metadata.dependencies.isEmpty { return }
        var kept: [Chart] = []
        // Subcharts not named (with a compatible version) in Chart.yaml stay as they are.
        outer: for existing in c.dependencies {
            for req in c.metadata.dependencies where existing.name == req.name
                && VersionConstraint.isCompatible(req.version, existing.metadata.version) {
                continue outer
            }
            kept.append(existing)
        }
        var reqs = c.metadata.dependencies
        for i in reqs.indices {
            if let dep = aliasDependency(c.dependencies, reqs[i]) { kept.append(dep) }
            if !reqs[i].alias.isEmpty { reqs[i].name = reqs[i].alias }
        }
        c.dependencies = kept
        for d in kept { d.parent = c }
        let cvals = Coalesce.values(chart: c, user: values)
        var enabled = [Bool](repeating: true, count: reqs.count)
        // Tags: any true enables, only false disables.
        if case .map(let tags, _)? = cvals["tags"] {
            for (i, r) in reqs.enumerated() {
                var hasTrue = false, hasFalse = false
                for t in r.tags {
                    if case .bool(let b)? = tags[t] { if b { hasTrue = true } else { hasFalse = true } }
                }
                enabled[i] = !(!hasTrue && hasFalse)
            }
        }
        // Conditions: the first path holding a bool decides.
        for (i, r) in reqs.enumerated() {
            for cond in goTrimSpace(r.condition).split(separator: ",", omittingEmptySubsequences: true) {
                if case .bool(let b)? = pathValue(cvals, path + String(cond)) {
                    enabled[i] = b
                    break
                }
            }
        }
        var removed = Set<String>()
        for (i, r) in reqs.enumerated() where !enabled[i] { removed.insert(r.name) }
        let remaining = kept.filter { !removed.contains($0.name) }
        for t in remaining {
            processEnabled(t, values: cvals, path: path + t.name + ".", depth: depth + 1)
        }
        c.metadata.dependencies = reqs.filter { !removed.contains($0.name) }
        c.dependencies = remaining
    }

    /// `getAliasDependency`: a copy of the matching subchart, renamed to the alias.
    static func aliasDependency(_ charts: [Chart], _ req: ChartDependency) -> Chart? {
        for ch in charts where ch.name == req.name {
            if !VersionConstraint.isCompatible(req.version, ch.metadata.version) { continue }
            var md = ch.metadata
            if !req.alias.isEmpty {
                md.name = req.alias
                md.raw["name"] = .string(req.alias)
            }
            let copy = Chart(metadata: md, templates: ch.templates, files: ch.files, values: ch.values,
                             schema: ch.schema, dependencies: [])
            copy.lock = ch.lock
            for d in ch.dependencies { copy.addDependency(d.shallowCopy()) }
            return copy
        }
        return nil
    }

    /// Common.Values `PathValue`: the value at a dotted path, nil when absent.
    static func pathValue(_ v: [String: Value], _ path: String) -> Value? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last else { return nil }
        var table = v
        for p in parts.dropLast() {
            guard case .map(let m, _)? = table[p] else { return nil }
            table = m.dictionary
        }
        return table[last]
    }

    /// `processDependencyImportValues` with merge semantics (Helm's `ProcessDependenciesWithMerge`),
    /// children first.
    static func processImports(_ c: Chart, depth: Int) {
        if depth > 64 { return }
        for d in c.dependencies { processImports(d, depth: depth + 1) }
        if !c.metadata.dependencies.contains(where: { !$0.importValues.isEmpty }) { return }
        let cvals = Coalesce.merged(chart: c)
        var b: [String: Value] = [:]
        for r in c.metadata.dependencies {
            for iv in r.importValues {
                switch iv {
                case .map(let m, _):
                    guard case .string(let child)? = m["child"], case .string(let parent)? = m["parent"] else { continue }
                    guard let table = table(cvals, r.name + "." + child) else { continue }
                    b = mergeTables(b, pathToMap(parent, table))
                case .string(let s):
                    guard let table = table(cvals, r.name + ".exports." + s) else { continue }
                    b = mergeTables(b, table)
                default:
                    continue
                }
            }
        }
        c.values = mergeTables(cvals, b)
    }

    /// `Values.Table`: the map at a dotted path.
    static func table(_ v: [String: Value], _ path: String) -> [String: Value]? {
        var cur = v
        for p in path.split(separator: ".", omittingEmptySubsequences: true) {
            guard case .map(let m, _)? = cur[String(p)] else { return nil }
            cur = m.dictionary
        }
        return cur
    }

    /// `pathToMap`: `a.b` and a table become `{a: {b: table}}`; `.` is the table itself.
    static func pathToMap(_ path: String, _ data: [String: Value]) -> [String: Value] {
        if path == "." { return data }
        var out = data
        for p in path.split(separator: ".", omittingEmptySubsequences: true).reversed() {
            out = [String(p): .map(out)]
        }
        return out
    }

    /// `MergeTables(dst, src)`: `dst` wins, tables merge, nulls kept.
    static func mergeTables(_ dst: [String: Value], _ src: [String: Value]) -> [String: Value] {
        var d = dst
        Coalesce.coalesceTables(&d, src, merge: true)
        return d
    }
}

extension Chart {
    /// A copy sharing files and values, with copied subcharts (for aliases).
    func shallowCopy() -> Chart {
        let c = Chart(metadata: metadata, templates: templates, files: files, values: values, schema: schema)
        c.lock = lock
        for d in dependencies { c.addDependency(d.shallowCopy()) }
        return c
    }
}

extension Coalesce {
    /// Helm's `MergeValues(chart, nil)`: like coalescing, but nulls are kept.
    static func merged(chart: Chart) -> [String: Value] {
        var dest: [String: Value] = [:]
        var problems: [String] = []
        coalesce(chart: chart, into: &dest, merge: true, depth: 0, problems: &problems)
        return dest
    }
}
