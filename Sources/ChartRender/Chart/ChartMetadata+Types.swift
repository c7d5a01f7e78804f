/// The Go types of `chart.Metadata` fields, for `encoding/json`'s type errors when
/// `Chart.yaml` holds a value of the wrong shape
/// (`json: cannot unmarshal number into Go struct field Metadata.keywords of type []string`).
/// sigs.k8s.io/yaml first turns numbers and bools into strings wherever a string is expected,
/// so only lists, maps and strings-for-bools can fail.
enum MetadataTypes {
    indirect enum Shape: Sendable {
        case string, bool, any
        case list(Shape, String)
        case map(Shape, String)
        case object(String, [String: Shape], String)
    }

    static let maintainer: Shape = .object("Maintainer", ["name": .string, "email": .string, "url": .string], "*v2.Maintainer")
    static let dependency: Shape = .object("Dependency", [
        "name": .string, "version": .string, "repository": .string, "condition": .string,
        "tags": .list(.string, "[]string"), "enabled": .bool, "import-values": .list(.any, "[]interface {}"),
        "alias": .string,
    ], "*v2.Dependency")
    static let metadata: [String: Shape] = [
        "name": .string, "home": .string, "sources": .list(.string, "[]string"), "version": .string,
        "description": .string, "keywords": .list(.string, "[]string"), "maintainers": .list(maintainer, "[]*v2.Maintainer"),
        "icon": .string, "apiVersion": .string, "condition": .string, "tags": .string, "appVersion": .string,
        "deprecated": .bool, "annotations": .map(.string, "map[string]string"), "kubeVersion": .string,
        "dependencies": .list(dependency, "[]*v2.Dependency"), "type": .string,
    ]

    /// The first type error in `encoding/json`'s order (keys sorted, depth first), or nil.
    static func firstError(_ doc: [String: Value]) -> String? {
        check(fields: metadata, doc, structName: "Metadata", path: "")
    }

    static func check(fields: [String: Shape], _ obj: [String: Value], structName: String, path: String) -> String? {
        for key in obj.goSortedKeys {
            guard let shape = fields[key], let v = obj[key] else { continue }
            let p = path.isEmpty ? key : path + "." + key
            if let e = check(shape, v, structName: structName, path: p) { return e }
        }
        return nil
    }

    static func check(_ shape: Shape, _ v: Value, structName: String, path: String) -> String? {
        if v.isNull { return nil }
        func fail(_ type: String) -> String {
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(v)) into Go struct field \(structName).\(path) of type \(type)"
        }
        switch shape {
        case .any: return nil
        case .string:
            return goYAMLString(v) == nil ? fail("string") : nil
        case .bool:
            if case .bool = v { return nil }
            return fail("bool")
        case .list(let elem, let name):
            guard case .list(let items, _) = v else { return fail(name) }
            for item in items {
                // A non-object element of a []*T list names T (without the pointer star).
                if case .object(_, _, let ptrName) = elem, !item.isNull, item.mapEntries == nil {
                    return "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(item)) into Go struct field \(structName).\(path) of type \(ptrName.dropFirst())"
                }
                if let e = check(elem, item, structName: structName, path: path) { return e }
            }
            return nil
        case .map(let elem, let name):
            guard case .map(let m, _) = v else { return fail(name) }
            for k in m.goSortedKeys {
                if let x = m[k], let e = check(elem, x, structName: structName, path: path) { return e }
            }
            return nil
        case .object(let sname, let fields, let ptrName):
            guard case .map(let m, _) = v else { return fail(String(ptrName.dropFirst())) }
            return check(fields: fields, m.dictionary, structName: sname, path: path)
        }
    }
}
