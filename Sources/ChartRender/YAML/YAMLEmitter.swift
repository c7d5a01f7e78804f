/// The libyaml block emitter as go-yaml writes documents (`emitterc.go`), driven directly
/// by a value tree: 2-space indentation, keys sorted by go-yaml's `keyList.Less`, scalar
/// style chosen by `yaml_emitter_analyze_scalar`/`select_scalar_style`, plain and quoted
/// scalars folded at 80 columns, literal blocks with chomping and indentation hints.
///
/// `Flavor` captures the differences between yaml.v2 (`toYaml`) and yaml.v3
/// (`toYamlPretty`).
struct YAMLEmitter {
    struct Flavor {
        /// yaml.v2 writes block sequences under a mapping key without indenting them.
        var indentlessSequences: Bool
        /// Folding width (`best_width`); `Int.max` disables folding.
        var width: Int
        /// yaml.v3's sorter tweak: after equal digits, letters sort first.
        var v3Sort: Bool
        /// yaml.v3 quotes YAML 1.1 booleans as "old bools" and resolves YAML 1.2 style.
        var v3: Bool

        static let v2 = Flavor(indentlessSequences: true, width: 80, v3Sort: false, v3: false)
        static let v3 = Flavor(indentlessSequences: false, width: Int.max, v3Sort: true, v3: true)
    }

    /// A node as the emitter sees it (after the JSON round trip for yaml.v2).
    indirect enum Node {
        /// A scalar that resolves to a non-string type and is written plain (`1`, `true`, `null`).
        case plain(String)
        case string(String)
        /// yaml.v3's form of a string that is not UTF-8: `!!binary` and its base64 text
        /// (broken into 70-character lines when longer).
        case binary(String)
        case seq([Node])
        case map([(String, Node)])
    }

    let flavor: Flavor
    var out: [UInt8] = []
    var column = 0
    var indent = -1
    var indents: [Int] = []
    var whitespace = true
    var indention = true
    let bestIndent = 2

    init(flavor: Flavor) {
        self.flavor = flavor
        out.reserveCapacity(1024)
    }

    /// Emits one implicit document holding `root`; the result ends with a newline.
    static func emit(_ root: Node, flavor: Flavor) -> String {
        var e = YAMLEmitter(flavor: flavor)
        e.node(root, mappingContext: false, simpleKey: false)
        e.writeIndent()
        return GoString.string(e.out)
    }

    // MARK: Writer primitives

    mutating func put(_ c: UInt8) {
        out.append(c)
        column += 1
    }

    mutating func putBreak() {
        out.append(0x0A)
        column = 0
    }

    /// Copies one UTF-8 character of `v` at `i`.
    mutating func write(_ v: [UInt8], _ i: inout Int) {
        let w = max(1, YAMLScanner.width(v[i]))
        var k = 0
        while k < w && i + k < v.count { out.append(v[i + k]); k += 1 }
        i += w
        column += 1
    }

    mutating func writeBreak(_ v: [UInt8], _ i: inout Int) {
        if v[i] == 0x0A {
            putBreak()
            i += 1
        } else {
            write(v, &i)
            column = 0
        }
    }

    mutating func writeIndent() {
        let ind = max(indent, 0)
        if !indention || column > ind || (column == ind && !whitespace) {
            putBreak()
        }
        while column < ind { put(0x20) }
        whitespace = true
        indention = true
    }

    mutating func writeIndicator(_ s: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(0x20) }
        for c in s.utf8 { put(c) }
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? bestIndent : 0
        } else if !indentless {
            indent += bestIndent
        }
    }

    mutating func popIndent() {
        indent = indents.popLast() ?? -1
    }

    // MARK: Nodes

    mutating func node(_ n: Node, mappingContext: Bool, simpleKey: Bool) {
        switch n {
        case .plain(let s):
            scalar(GoString.bytes(s), requested: .plain, simpleKey: simpleKey)
        case .string(let s):
            scalar(GoString.bytes(s), requested: YAMLEmitter.requestedStyle(s, v3: flavor.v3), simpleKey: simpleKey)
        case .binary(let b64):
            writeIndicator("!!binary", needWhitespace: true, isWhitespace: false, isIndention: false)
            scalar(Array(b64.utf8), requested: b64.utf8.contains(0x0A) ? .literal : .plain, simpleKey: simpleKey)
        case .seq(let items):
            if items.isEmpty {
                emptyFlow("[", "]")
                return
            }
            increaseIndent(flow: false, indentless: flavor.indentlessSequences && mappingContext && !indention)
            for item in items {
                writeIndent()
                writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
                node(item, mappingContext: false, simpleKey: false)
            }
            popIndent()
        case .map(let entries):
            if entries.isEmpty {
                emptyFlow("{", "}")
                return
            }
            increaseIndent(flow: false, indentless: false)
            for (k, v) in entries {
                writeIndent()
                if flavor.v3 && GoString.hasInvalidBytes(k) {
                    binaryKey(YAML.v3Base64(GoString.bytes(k)))
                    node(v, mappingContext: true, simpleKey: false)
                    continue
                }
                let key = GoString.bytes(k)
                let analysis = ScalarAnalysis(key, v3: flavor.v3)
                if !analysis.multiline && key.count <= 128 {
                    scalar(key, requested: YAMLEmitter.requestedStyle(k, v3: flavor.v3), simpleKey: true)
                    writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
                } else {
                    writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                    scalar(key, requested: YAMLEmitter.requestedStyle(k, v3: flavor.v3), simpleKey: false)
                    writeIndent()
                    writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
                }
                node(v, mappingContext: true, simpleKey: false)
            }
            popIndent()
        }
    }

    /// A yaml.v3 map key that is not UTF-8: `!!binary` base64, a simple key while it fits
    /// on one line (libyaml's 128-character limit counts the tag), else a `? ` key.
    mutating func binaryKey(_ b64: String) {
        if !b64.utf8.contains(0x0A) && b64.utf8.count + 8 <= 128 {
            node(.binary(b64), mappingContext: false, simpleKey: true)
            writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
        } else {
            writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
            node(.binary(b64), mappingContext: false, simpleKey: false)
            writeIndent()
            writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
        }
    }

    mutating func emptyFlow(_ open: String, _ close: String) {
        writeIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false)
        increaseIndent(flow: true, indentless: false)
        popIndent()
        writeIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    /// go-yaml's `stringv`: literal when the text has a newline, plain when it would read
    /// back as a string, double-quoted otherwise.
    static func requestedStyle(_ s: String, v3: Bool) -> YAMLScalarStyle {
        if s.utf8.contains(0x0A) { return .literal }
        return YAMLEmitter.readsBackAsString(s, v3: v3) ? .plain : .doubleQuoted
    }

    /// Whether a plain scalar would resolve to `!!str` (and is not a base-60 float, nor for
    /// yaml.v3 an "old bool").
    static func readsBackAsString(_ s: String, v3: Bool) -> Bool {
        let b = Array(s.utf8)
        if isBase60Float(b) { return false }
        if v3 && YAMLEmitter.oldBools.contains(s) { return false }
        if let first = b.first, (first >= 48 && first <= 57) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-"),
           YAMLResolver.isTimestamp(b) {
            return false
        }
        guard case .string? = try? YAMLResolver.resolve(tag: "", s) else { return false }
        return true
    }

    static let oldBools: Set<String> = ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF"]

    /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
    static func isBase60Float(_ s: [UInt8]) -> Bool {
        guard let c = s.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || (c >= 48 && c <= 57), s.contains(UInt8(ascii: ":")) else { return false }
        var i = 0
        let n = s.count
        func digit(_ k: Int) -> Bool { k < n && s[k] >= 48 && s[k] <= 57 }
        if s[0] == UInt8(ascii: "+") || s[0] == UInt8(ascii: "-") { i = 1 }
        if !digit(i) { return false }
        i += 1
        while i < n && (digit(i) || s[i] == UInt8(ascii: "_")) { i += 1 }
        var groups = 0
        while i < n && s[i] == UInt8(ascii: ":") {
            i += 1
            if digit(i) && s[i] <= UInt8(ascii: "5") && digit(i + 1) { i += 2 } else if digit(i) { i += 1 } else { return false }
            groups += 1
        }
        if groups == 0 { return false }
        if i < n && s[i] == UInt8(ascii: ".") {
            i += 1
            while i < n && (digit(i) || s[i] == UInt8(ascii: "_")) { i += 1 }
        }
        return i == n
    }
}
