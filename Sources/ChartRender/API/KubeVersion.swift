/// `--kube-version` parsing and the capabilities of the render.
func makeCapabilities(_ r: RenderRequest) throws -> Capabilities {
    var caps = Capabilities()
    if let kv = r.kubeVersion {
        let comps: [UInt64]
        do {
            comps = try kubeVersionComponents(kv)
        } catch {
            throw RenderFailure(.kubeVersionFlag(kv), "invalid kube version '\(kv)': " + error.message)
        }
        caps.kubeVersion = "v" + comps.map { String($0) }.joined(separator: ".")
    }
    caps.apiVersions = caps.apiVersions + r.apiVersions
    return caps
}

struct KubeVersionError: Error { let message: String }

/// k8s.io/apimachinery `version.ParseGeneric`, which Helm reads `--kube-version` with:
///
///     ^\s*v?([0-9]+(?:\.[0-9]+)*)(.*)*$
///
/// at least two numbers, the first without a leading zero, each read by
/// `strconv.ParseUint(c, 10, 0)`; what follows the numbers is ignored.
func kubeVersionComponents(_ kv: String) throws(KubeVersionError) -> [UInt64] {
    let b = Array(kv.utf8)
    var i = 0
    // Go's `\s`: ASCII space, \t, \n, \f, \r.
    while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0C || b[i] == 0x0D { i += 1 }
    if i < b.count, b[i] == UInt8(ascii: "v") { i += 1 }
    func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= UInt8(ascii: "0") && b[k] <= UInt8(ascii: "9") }
    var parts: [String] = []
    while isDigit(i) {
        let start = i
        while isDigit(i) { i += 1 }
        parts.append(String(decoding: b[start..<i], as: UTF8.self))
        guard i < b.count, b[i] == UInt8(ascii: "."), isDigit(i + 1) else { break }
        i += 1
    }
    if parts.isEmpty { throw KubeVersionError(message: "could not parse \(GoQuote.quote(kv)) as version") }
    if parts.count < 2 { throw KubeVersionError(message: "illegal version string \(GoQuote.quote(kv))") }
    var out: [UInt64] = []
    for (n, part) in parts.enumerated() {
        if n == 0 && part.hasPrefix("0") && part != "0" {
            throw KubeVersionError(message: "illegal zero-prefixed version component \(GoQuote.quote(part)) in \(GoQuote.quote(kv))")
        }
        do {
            out.append(try GoStrconv.parseUint(part, base: 10, bitSize: 0))
        } catch {
            throw KubeVersionError(message: "illegal non-numeric version component \(GoQuote.quote(part)) in \(GoQuote.quote(kv)): \(error)")
        }
    }
    return out
}
