/// The head of a rendered document as Helm reads it (`releaseutil.SimpleHead` through
/// `sigs.k8s.io/yaml.Unmarshal`): `apiVersion`, `kind`, `metadata.name`,
/// `metadata.annotations`. The whole document is parsed (so any YAML error fails);
/// field names match case-insensitively; scalars become strings; lists and maps in
/// string fields are `encoding/json` type errors.
public struct ManifestHead {
    public var apiVersion = ""
    public var kind = ""
    public var name = ""
    /// nil when the document has no (map) `metadata.annotations`.
    public var annotations: [String: String]? = nil
    public var hasMetadata = false

    static let metadataType = "struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }"

    /// Parses `doc`; the error message is Helm's text after `YAML parse error on FILE: `.
    public static func parse(_ doc: String) throws -> ManifestHead {
        let value: Value
        do { value = try YAML.parse(GoString.bytes(doc), keepIntegers: true) } catch let e as YAMLError {
            throw e
        }
        var h = ManifestHead()
        let obj: [String: Value]
        switch value {
        case .null: return h
        case .map(let m, _): obj = m.dictionary
        default:
            throw YAMLError(message: "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(value)) into Go value of type util.SimpleHead")
        }
        var firstError: String? = nil
        func typeError(_ v: Value, _ field: String, _ type: String) {
            if firstError == nil {
                firstError = "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(v)) into Go struct field \(field) of type \(type)"
            }
        }
        if let v = field(obj, "apiVersion"), !v.isNull {
            if let s = goYAMLString(v) { h.apiVersion = s } else { typeError(v, "SimpleHead.apiVersion", "string") }
        }
        if let v = field(obj, "kind"), !v.isNull {
            if let s = goYAMLString(v) { h.kind = s } else { typeError(v, "SimpleHead.kind", "string") }
        }
        if let meta = field(obj, "metadata"), !meta.isNull {
            if case .map(let m, _) = meta {
                h.hasMetadata = true
                if let n = field(m.dictionary, "name"), !n.isNull {
                    if let s = goYAMLString(n) { h.name = s } else { typeError(n, ".metadata.name", "string") }
                }
                if let a = field(m.dictionary, "annotations"), !a.isNull {
                    if case .map(let am, _) = a {
                        var out: [String: String] = [:]
                        for (k, v) in am {
                            if let s = goYAMLString(v) { out[k] = s } else {
                                typeError(v, ".metadata.annotations", "string")
                                out[k] = ""
                            }
                        }
                        h.annotations = out
                    } else {
                        typeError(a, ".metadata.annotations", "map[string]string")
                    }
                }
            } else {
                typeError(meta, "SimpleHead.metadata", metadataType)
            }
        }
        if let e = firstError { throw YAMLError(message: e) }
        return h
    }

    /// `encoding/json` field lookup over keys in sorted order: exact or case-insensitive
    /// matches, the last one (in byte order) wins.
    static func field(_ obj: [String: Value], _ name: String) -> Value? {
        var best: String? = nil
        for k in obj.keys where k == name || GoStrings.equalFold(k, name) {
            if let b = best { if goStringLess(b, k) { best = k } } else { best = k }
        }
        return best.flatMap { obj[$0] }
    }
}
