extension ChartMetadata {
    /// Reads `Chart.yaml` the way `yaml.Unmarshal(data, &chart.Metadata)` does: the
    /// document must be a map; scalar fields become strings (sigs.k8s.io/yaml converts
    /// numbers and bools for string targets); an absent `apiVersion` means `v1`.
    /// Errors are returned without the `cannot load Chart.yaml: ` prefix.
    static func load(_ bytes: [UInt8]) throws -> ChartMetadata {
        let doc: Value
        do { doc = try YAML.parse(bytes, keepIntegers: true) } catch let e as YAMLError {
            throw ChartFailure.metadata(e.message)
        }
        let map: [String: Value]
        switch doc {
        case .null: map = [:]
        case .map(let m, _): map = m.dictionary
        default:
            throw ChartFailure.metadata("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(doc)) into Go value of type v2.Metadata")
        }
        if let e = MetadataTypes.firstError(map) { throw ChartFailure.metadata(e) }
        func str(_ key: String) throws -> String {
            guard let v = map[key] else { return "" }
            if let s = goYAMLString(v) { return s }
            throw ChartFailure.metadata("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(v)) into Go struct field Metadata.\(key) of type string")
        }
        var md = ChartMetadata(name: try str("name"), version: try str("version"), apiVersion: try str("apiVersion"),
                               type: try str("type"), kubeVersion: try str("kubeVersion"), raw: map)
        if md.apiVersion.isEmpty { md.apiVersion = "v1" }
        md.dependencies = try ChartDependency.list(map["dependencies"], field: "Metadata.dependencies")
        return md
    }

    /// Helm's `Metadata.Validate` (after sanitising strings), messages prefixed
    /// `validation: ` like Helm's `ValidationError`.
    mutating func validate() throws {
        name = sanitize(name)
        version = sanitize(version)
        apiVersion = sanitize(apiVersion)
        type = sanitize(type)
        kubeVersion = sanitize(kubeVersion)
        func fail(_ m: String) -> ChartFailure { ChartFailure.metadata("validation: " + m) }
        if apiVersion.isEmpty { throw fail("chart.metadata.apiVersion is required") }
        if name.isEmpty { throw fail("chart.metadata.name is required") }
        if name != GoPath.base(name) { throw fail("chart.metadata.name \(GoQuote.quote(name)) is invalid") }
        if version.isEmpty { throw fail("chart.metadata.version is required") }
        if !ChartMetadata.isValidSemver(version) { throw fail("chart.metadata.version \(GoQuote.quote(version)) is invalid") }
        if !(type.isEmpty || type == "application" || type == "library") {
            throw fail("chart.metadata.type must be application or library")
        }
        if case .list(let maintainers, _)? = raw["maintainers"], maintainers.contains(where: { $0.isNull }) {
            throw fail("maintainers must not contain empty or null nodes")
        }
        if case .list(let deps, _)? = raw["dependencies"], deps.contains(where: { $0.isNull }) {
            throw fail("dependencies must not contain empty or null nodes")
        }
        var seen = Set<String>()
        for d in dependencies {
            if !d.alias.isEmpty && !d.alias.utf8.allSatisfy({ isAliasByte($0) }) {
                throw fail("dependency \(GoQuote.quote(d.name)) has disallowed characters in the alias")
            }
            let key = d.alias.isEmpty ? d.name : d.alias
            if seen.contains(key) { throw fail("more than one dependency with name or alias \(GoQuote.quote(key))") }
            seen.insert(key)
        }
    }

    /// Helm's `isValidSemver`: `semver.NewVersion` accepts it.
    static func isValidSemver(_ s: String) -> Bool {
        (try? Semver.Version(parsing: s)) != nil
    }
}

/// Helm's alias pattern `^[a-zA-Z0-9_-]+$`.
@inline(__always) private func isAliasByte(_ c: UInt8) -> Bool {
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
}

/// Helm's `sanitizeString`: white space becomes a space, unprintable characters are dropped.
func sanitize(_ s: String) -> String {
    var needs = false
    for u in s.unicodeScalars where u.value < 0x20 || u.value == 0x7F || (u.value >= 0x80 && u.value < 0xA0) {
        needs = true
        break
    }
    if !needs { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
        switch u.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85: out.append(" ")
        case 0..<0x20, 0x7F, 0x80..<0xA0: continue
        default: out.append(u)
        }
    }
    return String(out)
}

/// A YAML scalar as a Go string field receives it through sigs.k8s.io/yaml: strings as is,
/// integers in decimal, floats with `strconv.FormatFloat(f, 'g', -1, 32)`, bools as text,
/// null as empty. Nil for lists and maps. Parse with `YAML.parse(_:keepIntegers: true)` so
/// integers and floats can be told apart.
func goYAMLString(_ v: Value) -> String? {
    switch v {
    case .null: return ""
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .float64(let d):
        return GoFloat.formatG32(Float(d))
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .uint64(let i): return String(i)
    case .intN(let i, _): return String(i)
    default: return nil
    }
}

/// The JSON kind name `encoding/json` uses in type errors (`array`, `object`, `string`...).
func jsonKindName(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .bool: return "bool"
    case .string: return "string"
    case .list: return "array"
    case .map, .object: return "object"
    default: return "number"
    }
}


extension ChartDependency {
    /// Reads a `dependencies:` list (Chart.yaml or requirements.yaml).
    static func list(_ v: Value?, field: String) throws -> [ChartDependency] {
        guard let v else { return [] }
        switch v {
        case .null: return []
        case .list(let items, _):
            var out: [ChartDependency] = []
            for item in items {
                guard case .map(let m, _) = item else {
                    if item.isNull { continue }
                    throw ChartFailure.metadata("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(item)) into Go struct field \(field) of type v2.Dependency")
                }
                var d = ChartDependency()
                d.name = sanitize(m["name"].flatMap(goYAMLString) ?? "")
                d.version = m["version"].flatMap(goYAMLString) ?? ""
                d.repository = m["repository"].flatMap(goYAMLString) ?? ""
                d.condition = m["condition"].flatMap(goYAMLString) ?? ""
                d.alias = m["alias"].flatMap(goYAMLString) ?? ""
                if case .list(let tags, _)? = m["tags"] { d.tags = tags.compactMap(goYAMLString) }
                if case .bool(let b)? = m["enabled"] { d.enabled = b }
                if case .list(let iv, _)? = m["import-values"] { d.importValues = iv }
                out.append(d)
            }
            return out
        default:
            throw ChartFailure.metadata("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(v)) into Go struct field \(field) of type []*v2.Dependency")
        }
    }
}
