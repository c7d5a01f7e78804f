/// What `helm template` prints after a successful render: CRDs (with `--include-crds`),
/// the sorted manifest, then hooks (unless `--no-hooks`; test hooks dropped with
/// `--skip-tests`), the whole optionally filtered by `--show-only` globs.
enum TemplateOutput {
    /// Builds stdout. `crds` are (path, content) pairs already in Helm's order.
    static func render(crds: [(String, String)], manifests: [Manifest], hooks: [Hook],
                              noHooks: Bool, skipTests: Bool, showOnly: [String]) throws -> String {
        var doc = ""
        for (p, c) in crds { doc += "---\n# Source: \(p)\n\(c)\n" }
        doc += SortManifests.manifestText(manifests)
        var buf = goTrimSpace(doc) + "\n"
        if !noHooks {
            for h in hooks {
                if skipTests && h.isTest { continue }
                buf += "---\n# Source: \(h.path)\n\(h.manifest)\n"
            }
        }
        if showOnly.isEmpty { return buf }
        let docs = SplitManifests.split(buf)
        var out = ""
        for pattern in showOnly {
            var missing = true
            for d in docs {
                guard let path = sourcePath(d) else { continue }
                if !GoPathMatch.matches(pattern, path) { continue }
                out += "---\n\(d)\n"
                missing = false
            }
            if missing { throw RenderError(message: "could not find template \(pattern) in chart") }
        }
        return out
    }

    /// The `(.+)` of `# Source: [^/]+/(.+)` (first match in the document): the template
    /// path without the chart name.
    static func sourcePath(_ doc: String) -> String? {
        let b = Array(doc.utf8)
        let marker = Array("# Source: ".utf8)
        var i = 0
        while i + marker.count <= b.count {
            if b[i] == marker[0], Array(b[i..<(i + marker.count)]) == marker {
                var j = i + marker.count
                let nameStart = j
                while j < b.count, b[j] != UInt8(ascii: "/"), b[j] != UInt8(ascii: "\n") { j += 1 }
                if j > nameStart, j < b.count, b[j] == UInt8(ascii: "/") {
                    let start = j + 1
                    var e = start
                    while e < b.count, b[e] != UInt8(ascii: "\n") { e += 1 }
                    if e > start { return String(decoding: b[start..<e], as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }
}
