/// Writing values as YAML: Helm's `toYaml` (sigs.k8s.io/yaml.Marshal: encoding/json, then
/// go-yaml v2 reads that JSON and writes YAML) and `toYamlPretty` (yaml.v3 encoder,
/// indent 2, on the Go value directly).
extension YAML {
    /// sigs.k8s.io/yaml `Marshal`, error texts included (`error marshaling into JSON: ...`,
    /// `error converting JSON to YAML: ...`). The result ends with a newline.
    static func marshal(_ v: Value) throws -> String {
        let node: YAMLEmitter.Node
        if JSON.needsLargeStack(v) {
            node = try LargeStack.run { try v2Node(v) }
            return try LargeStack.run { YAMLEmitter.emit(node, flavor: .v2) }
        }
        node = try v2Node(v)
        return YAMLEmitter.emit(node, flavor: .v2)
    }

    /// yaml.v3 `Encoder` with `SetIndent(2)`. The result ends with a newline.
    static func marshalPretty(_ v: Value) throws -> String {
        if JSON.needsLargeStack(v) {
            return try LargeStack.run { YAMLEmitter.emit(v3Node(v), flavor: .v3) }
        }
        return YAMLEmitter.emit(v3Node(v), flavor: .v3)
    }

    /// Characters encoding/json leaves raw but go-yaml's reader rejects when it re-reads
    /// the JSON: DEL, C1 controls other than NEL, U+FFFE and U+FFFF.
    static func hasReaderForbidden(_ s: String) -> Bool {
        for u in s.unicodeScalars {
            let x = u.value
            if x < 0x7F { continue }
            if x == 0x7F || (x >= 0x80 && x <= 0x9F && x != 0x85) || x == 0xFFFE || x == 0xFFFF { return true }
        }
        return false
    }

    static func controlCharError() -> YAMLError {
        YAMLError(message: "error converting JSON to YAML: yaml: control characters are not allowed")
    }

    /// A number's JSON text as go-yaml v2 reads and rewrites it: integers within int64 or
    /// uint64 stay integers, anything else is a float printed with `%g`-style digits.
    static func v2NumberText(_ json: String) -> String {
        let b = Array(json.utf8)
        if !b.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            if let i = try? GoStrconv.parseInt(json, base: 0, bitSize: 64) { return String(i) }
            if let u = try? GoStrconv.parseUint(json, base: 0, bitSize: 64) { return String(u) }
        }
        return GoFloat.formatG(GoStrconv.parseFloatIgnoringError(json, bitSize: 64))
    }

    /// go-yaml reads the JSON strings as double-quoted scalars, where a raw NEL (which
    /// encoding/json does not escape) is a line break and gets folded.
    static func rereadJSONString(_ s: String) -> String {
        guard s.unicodeScalars.contains("\u{85}") else { return s }
        var encoded: [UInt8] = []
        JSON.writeString(s, &encoded, escapeHTML: true)
        if case .string(let folded)? = try? YAML.parse(encoded) { return folded }
        return s
    }

    static func v2Node(_ v: Value) throws -> YAMLEmitter.Node {
        switch v {
        case .null: return .plain("null")
        case .bool(let b): return .plain(b ? "true" : "false")
        case .int(let i): return .plain(String(i))
        case .int64(let i): return .plain(String(i))
        case .uint64(let u): return .plain(String(u))
        case .intN(let i, _): return .plain(String(i))
        case .float64(let d):
            if !d.isFinite { throw YAMLError(message: "error marshaling into JSON: json: unsupported value: " + GoFloat.formatG(d)) }
            return .plain(v2NumberText(GoFloat.formatJSON(d)))
        case .string(let s):
            // encoding/json writes a byte that is not UTF-8 as `\ufffd`.
            let s = GoString.replacingInvalid(s)
            if hasReaderForbidden(s) { throw controlCharError() }
            return .string(rereadJSONString(s))
        case .bytes(let b):
            return .string(JSON.base64(b))
        case .list(let items, _):
            return .seq(try items.map(v2Node))
        case .map(let m, _):
            var entries: [(String, YAMLEmitter.Node)] = []
            entries.reserveCapacity(m.count)
            for key in sortedKeys(Array(m.keys), v3: false) {
                let k = GoString.replacingInvalid(key)
                if hasReaderForbidden(k) { throw controlCharError() }
                // go-yaml gives up on a simple key more than 1024 characters long when it
                // re-reads the JSON (`{"<key>": ...}`).
                var encoded: [UInt8] = []
                JSON.writeString(k, &encoded, escapeHTML: true)
                if String(decoding: encoded, as: UTF8.self).unicodeScalars.count > 1024 {
                    throw YAMLError(message: "error converting JSON to YAML: yaml: did not find expected ',' or '}'")
                }
                entries.append((rereadJSONString(k), try v2Node(m[key] ?? .null)))
            }
            return .map(entries)
        case .object(let o):
            if let j = o.jsonValue { return try v2Node(j) }
            return .map([])
        }
    }

    static func v3Node(_ v: Value) -> YAMLEmitter.Node {
        switch v {
        case .null: return .plain("null")
        case .bool(let b): return .plain(b ? "true" : "false")
        case .int(let i): return .plain(String(i))
        case .int64(let i): return .plain(String(i))
        case .uint64(let u): return .plain(String(u))
        case .intN(let i, _): return .plain(String(i))
        case .float64(let d):
            if d.isNaN { return .plain(".nan") }
            if d.isInfinite { return .plain(d < 0 ? "-.inf" : ".inf") }
            return .plain(GoFloat.formatG(d))
        case .string(let s):
            return GoString.hasInvalidBytes(s) ? .binary(v3Base64(GoString.bytes(s))) : .string(s)
        case .bytes(let b): return .string(JSON.base64(b))
        case .list(let items, _): return .seq(items.map(v3Node))
        case .map(let m, _):
            return .map(sortedKeys(Array(m.keys), v3: true).map { ($0, v3Node(m[$0] ?? .null)) })
        case .object(let o):
            if let j = o.jsonValue { return v3Node(j) }
            return .map([])
        }
    }

    /// yaml.v3's `encodeBase64`: standard base64 in lines of 70 characters, each line
    /// ending in a newline once there is more than one (70 characters make two lines).
    static func v3Base64(_ b: [UInt8]) -> String {
        let text = Array(JSON.base64(b).utf8)
        let lines = text.count / 70 + 1
        if lines == 1 { return String(decoding: text, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count + lines)
        var i = 0
        while i < text.count {
            out.append(contentsOf: text[i..<min(i + 70, text.count)])
            out.append(0x0A)
            i += 70
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Key order

    /// Sorts keys with go-yaml's `keyList.Less` (v2, or v3's variant).
    ///
    /// `keyLess` is not transitive for keys that mix digit runs and letters (`x1y10`,
    /// `x10y1`), so the result depends on the algorithm as well as on the map's (random)
    /// iteration order. chartr starts from byte order (the order encoding/json writes and a
    /// small Go map then iterates from its first slot) and insertion-sorts up to 12 keys as
    /// Go's `sort.Sort` does, so the result is deterministic and one Helm can print.
    static func sortedKeys(_ keys: [String], v3: Bool) -> [String] {
        if keys.count < 2 { return keys }
        var decorated = keys.sorted(by: goStringLess).map { ($0, Array($0.unicodeScalars)) }
        if decorated.count <= 12 {
            for i in 1..<decorated.count {
                var j = i
                while j > 0 && keyLess(decorated[j].1, decorated[j - 1].1, v3: v3) {
                    decorated.swapAt(j, j - 1)
                    j -= 1
                }
            }
            return decorated.map { $0.0 }
        }
        return decorated.sorted { keyLess($0.1, $1.1, v3: v3) }.map { $0.0 }
    }

    @inline(__always)
    static func isLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return u.properties.generalCategory == .decimalNumber
    }

    static func keyLess(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], v3: Bool) -> Bool {
        var digits = false
        var i = 0
        while i < a.count && i < b.count {
            if a[i] == b[i] {
                digits = isDigit(a[i])
                i += 1
                continue
            }
            let al = isLetter(a[i])
            let bl = isLetter(b[i])
            if al && bl { return a[i].value < b[i].value }
            if al || bl {
                if v3 && digits { return al }
                return bl
            }
            var an: Int64 = 0, bn: Int64 = 0
            if a[i] == "0" || b[i] == "0" {
                var j = i - 1
                while j >= 0 && isDigit(a[j]) {
                    if a[j] != "0" {
                        an = 1
                        bn = 1
                        break
                    }
                    j -= 1
                }
            }
            var ai = i
            while ai < a.count && isDigit(a[ai]) {
                an = an &* 10 &+ (Int64(a[ai].value) - 48)
                ai += 1
            }
            var bi = i
            while bi < b.count && isDigit(b[bi]) {
                bn = bn &* 10 &+ (Int64(b[bi].value) - 48)
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return a[i].value < b[i].value
        }
        return a.count < b.count
    }
}
