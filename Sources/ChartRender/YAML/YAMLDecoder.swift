/// go-yaml v2's `decoder` into `interface{}` fused with sigs.k8s.io/yaml's JSON round
/// trip: scalars are resolved (YAML 1.1), every number becomes a float64, keys are
/// stringified (ints in decimal, floats with float32 precision, bools), merge keys `<<`
/// fill the map in document order (so a later `<<` overrides earlier explicit keys, as in
/// go-yaml), duplicate keys keep the last value.
///
/// Errors come in go-yaml/sigs order: decoding (`yaml: ...`), key conversion
/// (`unsupported map key ...`), JSON marshalling (`json: unsupported value: NaN`), then
/// JSON decoding depth (`invalid character '[' exceeded max depth`).
struct YAMLDecoder {
    let nodes: [YAMLNode]
    private var decodeCount = 0
    private var aliasCount = 0
    private var aliasDepth = 0
    private var activeAliases = Set<Int>()
    private var depth = 0
    private(set) var sawNonFinite = false
    private(set) var sawBadKey = false
    private(set) var tooDeep: UInt8? = nil
    /// Keep YAML integers as int64/uint64 instead of float64: sigs.k8s.io/yaml converts a
    /// scalar for a *string* target field from its YAML type (`1000000` -> "1000000",
    /// `1e6` -> "1e+06"), so typed targets (Chart.yaml, manifest heads) need to know it.
    var keepIntegers = false

    /// encoding/json's `maxNestingDepth`.
    static let maxJSONDepth = 10000
    /// Sentinel prefix for keys sigs.k8s.io/yaml cannot convert (nil, uint64).
    static let badKeyPrefix = "\u{0}\u{1}chartr-bad-key:"

    init(nodes: [YAMLNode]) {
        self.nodes = nodes
    }

    /// go-yaml's `allowedAliasRatio`: 99% of decode operations may come from aliases in
    /// small documents, scaling down to 10% from 400,000 to 4,000,000 operations.
    static func allowedAliasRatio(_ count: Int) -> Double {
        if count <= 400_000 { return 0.99 }
        if count >= 4_000_000 { return 0.10 }
        return 0.99 - 0.89 * (Double(count - 400_000) / Double(4_000_000 - 400_000))
    }

    private mutating func count() throws {
        decodeCount += 1
        if aliasDepth > 0 { aliasCount += 1 }
        if aliasCount > 100 && decodeCount > 1000 && Double(aliasCount) / Double(decodeCount) > YAMLDecoder.allowedAliasRatio(decodeCount) {
            throw YAMLError(message: "yaml: document contains excessive aliasing")
        }
    }

    private mutating func enterAlias(_ i: Int) throws {
        if activeAliases.contains(i) {
            throw YAMLError(message: "yaml: anchor '\(nodes[i].value)' value contains itself")
        }
        activeAliases.insert(i)
        aliasDepth += 1
    }

    private mutating func leaveAlias(_ i: Int) {
        aliasDepth -= 1
        activeAliases.remove(i)
    }

    /// Decodes the document root (counting the document node itself, as go-yaml does).
    mutating func decodeDocument(_ root: Int?) throws -> Value {
        try count()
        guard let root = root else { return .null }
        return try unmarshal(root)
    }

    mutating func unmarshal(_ i: Int) throws -> Value {
        try count()
        let n = nodes[i]
        switch n.kind {
        case .alias:
            try enterAlias(i)
            let v = try unmarshal(n.children.first ?? i)
            leaveAlias(i)
            return v
        case .scalar:
            return try scalarValue(n)
        case .sequence:
            depth += 1
            defer { depth -= 1 }
            if depth > YAMLDecoder.maxJSONDepth {
                if tooDeep == nil { tooDeep = UInt8(ascii: "[") }
                return .list([])
            }
            var items: [Value] = []
            items.reserveCapacity(n.children.count)
            for c in n.children { items.append(try unmarshal(c)) }
            return .list(items)
        case .mapping:
            depth += 1
            defer { depth -= 1 }
            if depth > YAMLDecoder.maxJSONDepth {
                if tooDeep == nil { tooDeep = UInt8(ascii: "{") }
                return .map([:])
            }
            var m: [String: Value] = [:]
            m.reserveCapacity(n.children.count / 2)
            try fillMapping(n, &m)
            return .map(m)
        }
    }

    /// go-yaml's `isMerge`: an untagged plain `<<` (or one tagged `!!merge`).
    private func isMerge(_ n: YAMLNode) -> Bool {
        n.kind == .scalar && n.value == "<<" && (n.implicit || n.tag == YAMLResolver.mergeTag)
    }

    private mutating func fillMapping(_ n: YAMLNode, _ m: inout [String: Value]) throws {
        var k = 0
        let c = n.children
        while k + 1 < c.count {
            let keyNode = nodes[c[k]]
            if isMerge(keyNode) {
                try merge(c[k + 1], &m)
            } else {
                let key = try decodeKey(c[k])
                let value = try unmarshal(c[k + 1])
                m[key] = value
            }
            k += 2
        }
    }

    private func failWantMap() -> YAMLError {
        YAMLError(message: "yaml: map merge requires map or sequence of maps as the value")
    }

    private func isMapOrAliasToMap(_ i: Int) -> Bool {
        let n = nodes[i]
        if n.kind == .mapping { return true }
        if n.kind == .alias, let t = n.children.first { return nodes[t].kind == .mapping }
        return false
    }

    private mutating func merge(_ i: Int, _ m: inout [String: Value]) throws {
        let n = nodes[i]
        switch n.kind {
        case .mapping:
            try unmarshalInto(i, &m)
        case .alias:
            if !isMapOrAliasToMap(i) { throw failWantMap() }
            try unmarshalInto(i, &m)
        case .sequence:
            // Earlier maps take precedence: go-yaml merges them last.
            for c in n.children.reversed() {
                if !isMapOrAliasToMap(c) { throw failWantMap() }
                try unmarshalInto(c, &m)
            }
        case .scalar:
            throw failWantMap()
        }
    }

    /// Decodes a mapping (or an alias of one) into an existing map.
    private mutating func unmarshalInto(_ i: Int, _ m: inout [String: Value]) throws {
        try count()
        let n = nodes[i]
        if n.kind == .alias, let t = n.children.first {
            try enterAlias(i)
            try unmarshalInto(t, &m)
            leaveAlias(i)
            return
        }
        try fillMapping(n, &m)
    }

    /// A key as sigs.k8s.io/yaml names it.
    private mutating func decodeKey(_ i: Int) throws -> String {
        let n = nodes[i]
        switch n.kind {
        case .alias:
            try count()
            try enterAlias(i)
            let k = try decodeKey(n.children.first ?? i)
            leaveAlias(i)
            return k
        case .scalar:
            try count()
            switch try resolveScalar(n) {
            case .null:
                sawBadKey = true
                return YAMLDecoder.badKeyPrefix + "nil"
            case .bool(let b): return b ? "true" : "false"
            case .int(let v): return String(v)
            case .uint(let u):
                sawBadKey = true
                return YAMLDecoder.badKeyPrefix + "uint64:" + String(u)
            case .float(let d): return YAMLResolver.formatFloat32Key(d)
            case .string(let s): return s
            }
        case .sequence, .mapping:
            let v = try unmarshal(i)
            throw YAMLError(message: "yaml: invalid map key: " + YAMLGoSyntax.yamlValue(v, top: true))
        }
    }

    private func resolveScalar(_ n: YAMLNode) throws -> YAMLScalar {
        if n.tag.isEmpty && !n.implicit { return .string(n.value) }
        if n.tag == YAMLResolver.binaryTag {
            guard let bytes = YAMLBase64.decode(Array(n.value.utf8)) else {
                throw YAMLError(message: "yaml: !!binary value contains invalid base64 data")
            }
            return .string(YAMLGoSyntax.stringFromBytes(bytes))
        }
        return try YAMLResolver.resolve(tag: n.tag, n.value)
    }

    private mutating func scalarValue(_ n: YAMLNode) throws -> Value {
        switch try resolveScalar(n) {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let v): return keepIntegers ? .int64(v) : .float64(Double(v))
        case .uint(let u): return keepIntegers ? .uint64(u) : .float64(Double(u))
        case .float(let d):
            if !d.isFinite { sawNonFinite = true }
            return .float64(d)
        case .string(let s): return .string(s)
        }
    }

    // MARK: - After decoding

    /// sigs.k8s.io/yaml's conversion and JSON round trip checks, in Go's order.
    func finish(_ v: Value) throws -> Value {
        if sawBadKey, let message = YAMLDecoder.firstBadKey(v) {
            throw YAMLError(message: "error converting YAML to JSON: " + message)
        }
        if sawNonFinite, let bad = YAMLDecoder.firstNonFinite(v) {
            throw YAMLError(message: "error converting YAML to JSON: json: unsupported value: " + GoFloat.formatG(bad))
        }
        if let c = tooDeep {
            throw YAMLError(message: "error unmarshaling JSON: while decoding JSON: invalid character '\(Character(Unicode.Scalar(c)))' exceeded max depth")
        }
        return v
    }

    static func firstBadKey(_ v: Value) -> String? {
        switch v {
        case .map(let m, _):
            for (k, x) in m {
                if k.hasPrefix(badKeyPrefix) {
                    let rest = String(k.dropFirst(badKeyPrefix.count))
                    let shown = YAMLGoSyntax.yamlValue(x, top: true)
                    if rest == "nil" {
                        return "unsupported map key of type: %!s(<nil>), key: <nil>, value: " + shown
                    }
                    let u = UInt64(rest.dropFirst("uint64:".count)) ?? 0
                    return "unsupported map key of type: uint64, key: 0x" + String(u, radix: 16) + ", value: " + shown
                }
                if let inner = firstBadKey(x) { return inner }
            }
            return nil
        case .list(let l, _):
            for x in l { if let inner = firstBadKey(x) { return inner } }
            return nil
        default:
            return nil
        }
    }

    /// The first NaN/Inf in encoding/json's order (sorted keys, depth first).
    static func firstNonFinite(_ v: Value) -> Double? {
        switch v {
        case .float64(let d): return d.isFinite ? nil : d
        case .map(let m, _):
            for k in m.goSortedKeys { if let x = m[k], let bad = firstNonFinite(x) { return bad } }
            return nil
        case .list(let l, _):
            for x in l { if let bad = firstNonFinite(x) { return bad } }
            return nil
        default:
            return nil
        }
    }
}
