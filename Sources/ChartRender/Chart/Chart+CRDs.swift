/// Helm's `CRDObjects`: this chart's `crds/` files (chart-path-prefixed), then each
/// enabled subchart's, depth first.
func crdFiles(_ chart: Chart) -> [(String, String)] {
    var out: [(String, String)] = []
    for f in chart.crdFiles {
        out.append((chart.fullPath + "/" + f.path, String(decoding: f.data, as: UTF8.self)))
    }
    for d in chart.dependencies { out += crdFiles(d) }
    return out
}
