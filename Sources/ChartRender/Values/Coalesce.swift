/// Helm's value coalescing (`pkg/chart/common/util/coalesce.go`): the user-supplied
/// values win over the chart's `values.yaml`, each subchart's defaults merge under the
/// key named after it, and `global` flows from parents into every subchart.
///
/// Nulls: a user null deletes a key that has a default (at a chart level, not while
/// merging a parent's values for a subchart); defaults copied in lose their null entries.
enum Coalesce {
    /// Helm's `CoalesceValues(chart, vals)`: the values the top chart renders with.
    static func values(chart: Chart, user: [String: Value]) -> [String: Value] {
        var dest = user
        var problems: [String] = []
        coalesce(chart: chart, into: &dest, merge: false, depth: 0, problems: &problems)
        return dest
    }

    /// Like `values`, but fails as Helm does when a subchart's key holds a non-map
    /// (`type mismatch on sub: %!t(int64=1)`).
    static func checkedValues(chart: Chart, user: [String: Value]) throws -> [String: Value] {
        var dest = user
        var problems: [String] = []
        coalesce(chart: chart, into: &dest, merge: false, depth: 0, problems: &problems)
        if let first = problems.first { throw RenderError(message: first) }
        return dest
    }

    /// `coalesce`: this chart's defaults, then its dependencies.
    static func coalesce(chart: Chart, into dest: inout [String: Value], merge: Bool, depth: Int, problems: inout [String]) {
        coalesceValues(chart: chart, into: &dest, merge: merge)
        coalesceDeps(chart: chart, into: &dest, merge: merge, depth: depth, problems: &problems)
    }

    /// `coalesceDeps`: for each subchart, the parent's globals then the subchart's values.
    static func coalesceDeps(chart: Chart, into dest: inout [String: Value], merge: Bool, depth: Int, problems: inout [String]) {
        if depth > 64 { return }
        for sub in chart.dependencies {
            let key = sub.name
            var subValues: [String: Value]
            switch dest[key] {
            case nil: subValues = [:]
            case .map(let m, _)?: subValues = m.dictionary
            case let other?:
                problems.append("type mismatch on \(key): \(goBadBoolVerb(other))")
                return
            }
            coalesceGlobals(into: &subValues, from: dest)
            coalesce(chart: sub, into: &subValues, merge: merge, depth: depth + 1, problems: &problems)
            if !problems.isEmpty { return }
            dest[key] = .map(subValues)
        }
    }

    /// `coalesceGlobals`: copies `src.global` into `dest.global`, the parent winning,
    /// tables merged.
    static func coalesceGlobals(into dest: inout [String: Value], from src: [String: Value]) {
        var dg: [String: Value]
        switch dest["global"] {
        case nil: dg = [:]
        case .map(let m, _)?: dg = m.dictionary
        default: return
        }
        let sg: [String: Value]
        switch src["global"] {
        case nil: sg = [:]
        case .map(let m, _)?: sg = m.dictionary
        default: return
        }
        for (key, val) in sg {
            if case .map(let vm, _) = val {
                if let existing = dg[key] {
                    if case .map(let em, _) = existing {
                        var vv = vm.dictionary
                        coalesceTables(&vv, em.dictionary, merge: true)
                        dg[key] = .map(vv)
                    }
                } else {
                    dg[key] = .map(vm.dictionary)
                }
            } else if let existing = dg[key], case .map = existing {
                continue
            } else {
                dg[key] = val
            }
        }
        dest["global"] = .map(dg)
    }

    /// `coalesceValues`: merges `chart.values` (the defaults) under `v`.
    static func coalesceValues(chart: Chart, into v: inout [String: Value], merge: Bool) {
        let subNames = Set(chart.dependencies.map { $0.name })
        for (key, val) in chart.values {
            if let value = v[key] {
                if value.isNull {
                    if !merge { v[key] = nil }
                } else if case .map(let dstMap, let t) = value {
                    if case .map(let src, _) = val {
                        var dst = dstMap.dictionary
                        coalesceTables(&dst, src.dictionary, merge: merge || subNames.contains(key))
                        v[key] = .map(dst, t)
                    }
                }
            } else if merge {
                v[key] = val
            } else if let cleaned = withoutNulls(val) {
                v[key] = cleaned
            }
        }
    }

    /// `coalesceTablesFullKey`: `dst` wins over `src`; tables merge recursively.
    static func coalesceTables(_ dst: inout [String: Value], _ src: [String: Value], merge: Bool) {
        for (key, val) in src {
            if let dv = dst[key] {
                if dv.isNull {
                    if !merge { dst[key] = nil }
                } else if case .map(let sm, _) = val, case .map(let dmMap, let t) = dv {
                    var dm = dmMap.dictionary
                    coalesceTables(&dm, sm.dictionary, merge: merge)
                    dst[key] = .map(dm, t)
                }
            } else if merge {
                dst[key] = val
            } else if let cleaned = withoutNulls(val) {
                dst[key] = cleaned
            }
        }
    }

    /// A default value as it is copied in: null map entries removed at every map level
    /// (nulls inside lists stay); nil for a null value.
    static func withoutNulls(_ v: Value) -> Value? {
        switch v {
        case .null: return nil
        case .map(let m, let t):
            var out: [String: Value] = [:]
            out.reserveCapacity(m.count)
            for (k, x) in m {
                if let c = withoutNulls(x) { out[k] = c }
            }
            return .map(out, t)
        default: return v
        }
    }
}

/// Go's `%t` of a non-bool value: `%!t(float64=1)`, lists and maps element-wise.
func goBadBoolVerb(_ v: Value) -> String {
    switch v {
    case .bool(let b): return b ? "true" : "false"
    case .null: return "%!t(<nil>)"
    case .list(let l, _): return "[" + l.map(goBadBoolVerb).joined(separator: " ") + "]"
    case .map(let m, _): return "map[" + m.goSortedKeys.map { $0 + ":" + goBadBoolVerb(m[$0] ?? .null) }.joined(separator: " ") + "]"
    default: return "%!t(\(v.goType.name)=\(GoFmt.formatValue(v)))"
    }
}
