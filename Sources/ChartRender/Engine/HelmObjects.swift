/// The built-in objects of Helm 4's template scope: `.Chart` (a
/// `map[string]interface {}` with Go field names), `.Release`, `.Files` (an
/// `engine.files` map with methods) and the methods Helm defines on them.
enum HelmObjects {
    /// `engine.files`: `map[string][]byte` with `Get`, `GetBytes`, `Glob`, `Lines`,
    /// `AsConfig`, `AsSecrets`.
    static let filesType: GoType = .named("engine.files", .map(.string, .slice(.uint8)))

    static func files(_ chartFiles: [ChartFile]) -> Value {
        var m: [String: Value] = [:]
        for f in chartFiles { m[f.path] = .bytes(f.data) }
        return .map(m, filesType)
    }

    /// `.Release`.
    static func release(_ r: ReleaseInfo) -> Value {
        .map([
            "Name": .string(r.name), "Namespace": .string(r.namespace), "IsUpgrade": .bool(r.isUpgrade),
            "IsInstall": .bool(r.isInstall), "Revision": .int(r.revision), "Service": .string(r.service),
        ])
    }

    /// `.Chart`: every `chart.Metadata` field under its Go name, plus `IsRoot`.
    static func chart(_ md: ChartMetadata, isRoot: Bool) -> Value {
        let raw = md.raw
        // A Chart.yaml scalar in a string field reads as sigs.k8s.io/yaml converts it from
        // its YAML type (`1000000` is "1000000", `1e6` is "1e+06"; golden object-printing).
        func text(_ v: Value) -> Value { .string(goYAMLString(v) ?? GoFmt.formatValue(v)) }
        func str(_ key: String) -> Value {
            guard let v = raw[key] else { return .string("") }
            return text(v)
        }
        func list(_ key: String) -> Value {
            guard case .list(let items, _)? = raw[key] else { return .list([]) }
            return .list(items.map(text))
        }
        var annotations: [String: Value] = [:]
        if case .map(let m, _)? = raw["annotations"] {
            for (k, v) in m { annotations[k] = text(v) }
        }
        var maintainers: [Value] = []
        if case .list(let items, _)? = raw["maintainers"] {
            for item in items {
                let m = item.mapEntries ?? [:]
                maintainers.append(.map([
                    "Name": .string(m["name"]?.stringValue ?? ""), "Email": .string(m["email"]?.stringValue ?? ""),
                    "URL": .string(m["url"]?.stringValue ?? ""),
                ]))
            }
        }
        var dependencies: [Value] = []
        if case .list(let items, _)? = raw["dependencies"] {
            for item in items {
                let m = item.mapEntries ?? [:]
                var tags: [Value] = []
                if case .list(let t, _)? = m["tags"] { tags = t }
                var imports: [Value] = []
                if case .list(let t, _)? = m["import-values"] { imports = t }
                var enabled = true
                if case .bool(let b)? = m["enabled"] { enabled = b }
                dependencies.append(.map([
                    "Name": .string(m["name"]?.stringValue ?? ""), "Version": .string(m["version"]?.stringValue ?? ""),
                    "Repository": .string(m["repository"]?.stringValue ?? ""),
                    "Condition": .string(m["condition"]?.stringValue ?? ""), "Tags": .list(tags),
                    "Enabled": .bool(enabled), "ImportValues": .list(imports), "Alias": .string(m["alias"]?.stringValue ?? ""),
                ]))
            }
        }
        var deprecated = false
        if case .bool(let b)? = raw["deprecated"] { deprecated = b }
        var name = str("name")
        if case .string(let s) = name, s.isEmpty { name = .string(md.name) }
        var version = str("version")
        if case .string(let s) = version, s.isEmpty { version = .string(md.version) }
        var apiVersion = str("apiVersion")
        if case .string(let s) = apiVersion, s.isEmpty { apiVersion = .string(md.apiVersion) }
        return .map([
            "APIVersion": apiVersion, "Annotations": .map(annotations, .map(.string, .string)),
            "AppVersion": str("appVersion"), "Condition": str("condition"), "Dependencies": .list(dependencies),
            "Deprecated": .bool(deprecated), "Description": str("description"), "Home": str("home"),
            "Icon": str("icon"), "IsRoot": .bool(isRoot), "Keywords": list("keywords"),
            "KubeVersion": str("kubeVersion"), "Maintainers": .list(maintainers), "Name": name,
            "Sources": list("sources"), "Tags": str("tags"), "Type": str("type"), "Version": version,
        ])
    }

    /// Methods Helm defines on its map- and slice-typed objects, looked up by the
    /// receiver's Go type.
    static func method(_ receiver: Operand, _ name: String) -> GoMethod? {
        if case .map(let m, let t) = receiver.value, t == filesType {
            return filesMethod(m.dictionary, name)
        }
        if receiver.staticType == CapabilitiesObject.versionSetType, name == "Has",
           case .list(let items, _) = receiver.value {
            return CapabilitiesObject.hasMethod(items.compactMap { $0.stringValue })
        }
        return nil
    }

    private static func bytes(_ v: Value?) -> [UInt8]? {
        if case .bytes(let b)? = v { return b }
        return nil
    }

    private static func filesMethod(_ files: [String: Value], _ name: String) -> GoMethod? {
        switch name {
        case "Get":
            return GoMethod(FunctionSignature([.string], returns: .string)) { call in
                .string(GoString.string(bytes(files[call.string(0)]) ?? []))
            }
        case "GetBytes":
            return GoMethod(FunctionSignature([.string], returns: .slice(.uint8))) { call in
                .bytes(bytes(files[call.string(0)]) ?? [])
            }
        case "Glob":
            return GoMethod(FunctionSignature([.string], returns: filesType)) { call in
                let g = FilesGlob(call.string(0))
                var out: [String: Value] = [:]
                for (k, v) in files where g.matches(k) { out[k] = v }
                return .map(out, filesType)
            }
        case "Lines":
            return GoMethod(FunctionSignature([.string], returns: .slice(.string))) { call in
                guard let b = bytes(files[call.string(0)]), !b.isEmpty else {
                    if bytes(files[call.string(0)]) != nil {
                        throw FunctionError("runtime error: index out of range [-1]")
                    }
                    return .strings([])
                }
                var s = b
                if s.last == 10 { s.removeLast() }
                let parts = s.split(separator: 10, omittingEmptySubsequences: false)
                return .strings(parts.map { GoString.string($0) })
            }
        case "AsConfig", "AsSecrets":
            let secrets = name == "AsSecrets"
            return GoMethod(FunctionSignature([], returns: .string)) { call in
                var m: [String: Value] = [:]
                for (k, v) in files {
                    let base = k.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? k
                    let data = bytes(v) ?? []
                    m[base] = .string(secrets ? Base64.encode(data) : GoString.string(data))
                }
                guard let toYaml = Functions.table["toYaml"] else { return .string("") }
                var inner = FunctionCall(args: [.map(m)], name: "toYaml", env: call.env)
                return try toYaml.body(&inner)
            }
        default:
            return nil
        }
    }
}
