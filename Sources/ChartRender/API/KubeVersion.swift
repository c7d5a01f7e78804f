/// `--kube-version` parsing (k8s `ParseGeneric`: `v?N.N(.N...)`, the rest ignored) and the
/// capabilities of the render.
func makeCapabilities(_ r: RenderRequest) throws -> Capabilities {
    var caps = Capabilities()
    if let kv = r.kubeVersion {
        var b = Substring(kv)
        if b.hasPrefix("v") { b.removeFirst() }
        var comps: [Substring] = []
        var cur = b.startIndex
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c == "." {
                if cur == i { break }
                comps.append(b[cur..<i]); cur = b.index(after: i)
            } else if !(c >= "0" && c <= "9") { break }
            i = b.index(after: i)
        }
        if cur < i { comps.append(b[cur..<i]) }
        if comps.isEmpty || kv.first.map({ !($0 == "v" || ($0 >= "0" && $0 <= "9")) }) ?? true {
            throw RenderFailure(.kubeVersionFlag(kv), "invalid kube version '\(kv)': could not parse \(GoQuote.quote(kv)) as version")
        }
        if comps.count < 2 { throw RenderFailure(.kubeVersionFlag(kv), "invalid kube version '\(kv)': illegal version string \(GoQuote.quote(kv))") }
        caps.kubeVersion = "v" + comps.map { String(UInt64($0) ?? 0) }.joined(separator: ".")
    }
    caps.apiVersions = caps.apiVersions + r.apiVersions
    return caps
}
