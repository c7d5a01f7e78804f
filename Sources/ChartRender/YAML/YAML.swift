/// Helm's YAML: go-yaml v2 (YAML 1.1) read through JSON by sigs.k8s.io/yaml, so every
/// number is a float64, keys are strings, and errors carry go-yaml's and encoding/json's
/// wording.
public enum YAML {
    /// Parses the first document of `bytes` the way `sigs.k8s.io/yaml.Unmarshal` into
    /// `interface{}` does: maps, lists, float64 numbers, bools, strings, nulls.
    /// Errors read `error converting YAML to JSON: yaml: line N: ...` and the like.
    /// With `keepIntegers`, YAML integers stay int64/uint64 (for typed Go targets).
    public static func parse(_ bytes: [UInt8], keepIntegers: Bool = false) throws -> Value {
        let composed: YAMLComposer
        do {
            // go-yaml's newParser: an empty input is read as "\n".
            let prepared = try YAMLReader.prepare(bytes.isEmpty ? [0x0A] : bytes)
            composed = try YAMLComposer.composeFirstDocument(prepared)
        } catch let e as YAMLSyntaxError {
            throw YAMLError("error converting YAML to JSON: ", e)
        } catch let e as YAMLError {
            throw e.wrapped("error converting YAML to JSON: ")
        }
        let decode = { () throws -> Value in
            var d = YAMLDecoder(nodes: composed.nodes)
            d.keepIntegers = keepIntegers
            let value: Value
            do {
                value = try d.decodeDocument(composed.root)
            } catch let e as YAMLError {
                throw YAMLError(message: "error converting YAML to JSON: " + e.message)
            }
            return try d.finish(value)
        }
        // Deep trees (or aliases, which can nest deeper than the text) decode recursively
        // on a large stack.
        if composed.maxDepth > 200 || composed.hasAliases {
            return try LargeStack.run(decode)
        }
        return try decode()
    }

    /// Parses like `parse` and requires a map (or nothing), naming the Go target type in
    /// the error as encoding/json does (`json: cannot unmarshal array into Go value of type
    /// map[string]interface {}`).
    public static func parseMap(_ bytes: [UInt8], typeName: String = "map[string]interface {}") throws -> [String: Value] {
        let v = try parse(bytes)
        switch v {
        case .null: return [:]
        case .map(let m, _): return m.dictionary
        default:
            throw YAMLError(message: "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKind(v)) into Go value of type \(typeName)")
        }
    }

    /// encoding/json's name for the JSON kind of a value in `cannot unmarshal X into ...`.
    static func jsonKind(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "bool"
        case .string: return "string"
        case .list: return "array"
        case .map: return "object"
        default: return "number"
        }
    }

    /// Helm's `LoadValues`: splits documents with apimachinery's YAMLReader (lines of
    /// `---` followed only by blanks or a comment; CRLF read as LF; every line ends with a
    /// newline), parses each as a map and deep-merges them, later documents winning.
    /// Errors carry Helm's wording without the file prefix.
    public static func loadValues(_ bytes: [UInt8]) throws -> [String: Value] {
        var values: [String: Value] = [:]
        var splitter = YAMLDocumentSplitter(bytes)
        while let doc = try splitter.next() {
            let current: [String: Value]
            do {
                current = try parseMap(doc)
            } catch let e as YAMLError {
                throw e.wrapped("cannot unmarshal yaml document: ")
            }
            if values.isEmpty {
                values = current
            } else if JSON.needsLargeStack(.map(current)) {
                let base = values
                values = try LargeStack.run { mergeMaps(base, current) }
            } else {
                values = mergeMaps(values, current)
            }
        }
        return values
    }

    /// Helm's `MergeMaps`: nested maps merge, anything else from `b` replaces.
    static func mergeMaps(_ a: [String: Value], _ b: [String: Value]) -> [String: Value] {
        var out = a
        for (k, v) in b {
            if case .map(let bm, _) = v, let existing = out[k], case .map(let am, _) = existing {
                out[k] = .map(mergeMaps(am.dictionary, bm.dictionary))
            } else {
                out[k] = v
            }
        }
        return out
    }
}

/// A YAML or JSON read failure, with Helm's message text.
/// A YAML or JSON document that does not parse or convert: go-yaml's or encoding/json's
/// message, and for syntax errors where the problem is (1-based line and column of the
/// problem mark; go-yaml's message numbers lines its own way, see `YAMLSyntaxError`).
public struct YAMLError: Error, CustomStringConvertible {
    public var message: String
    /// 1-based line of the problem, for syntax errors.
    public var line: Int?
    /// 1-based column of the problem, for syntax errors.
    public var column: Int?
    public init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }
    /// A syntax error under a wrapping message (`error converting YAML to JSON: `).
    init(_ prefix: String, _ e: YAMLSyntaxError) {
        self.init(message: prefix + e.message, line: e.problemMark.line + 1, column: e.problemMark.column + 1)
    }
    /// Another message around this error, keeping its position.
    func wrapped(_ prefix: String) -> YAMLError {
        YAMLError(message: prefix + message, line: line, column: column)
    }
    public var description: String { message }
}

/// apimachinery's `YAMLReader` over a `LineReader` (bufio `ReadLine`), as Helm's
/// `LoadValues` uses it.
struct YAMLDocumentSplitter {
    let bytes: [UInt8]
    var pos = 0
    var done = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next line without its `\n` / `\r\n`, or nil at the end.
    private mutating func readLine() -> ArraySlice<UInt8>? {
        if pos >= bytes.count { return nil }
        // memchr-style search over the raw buffer: no per-byte retain/release even in
        // debug builds (a 100 MB single-line values file must load in seconds).
        let end = bytes.withUnsafeBufferPointer { b -> Int in
            var e = pos
            while e < b.count && b[e] != 0x0A { e += 1 }
            return e
        }
        var line = bytes[pos..<end]
        if end < bytes.count {
            pos = end + 1
            if let last = line.last, last == 0x0D { line = line.dropLast() }
        } else {
            pos = end
        }
        return line
    }

    mutating func next() throws -> [UInt8]? {
        if done { return nil }
        var buffer: [UInt8] = []
        while true {
            guard let line = readLine() else {
                done = true
                return buffer.isEmpty ? nil : buffer
            }
            if line.count >= 3 && line[line.startIndex] == 0x2D && line[line.startIndex + 1] == 0x2D && line[line.startIndex + 2] == 0x2D {
                let trimmed = YAMLDocumentSplitter.trimSpace(Array(line.dropFirst(3)) + [0x0A])
                if !trimmed.isEmpty && trimmed[0] != UInt8(ascii: "#") {
                    done = true
                    throw YAMLError(message: "error reading yaml document: invalid Yaml document separator: " + String(decoding: trimmed, as: UTF8.self))
                }
                if !buffer.isEmpty { return buffer }
                // A separator opening a document stays part of it (apimachinery writes the
                // line to the empty buffer), so line numbers count it.
            }
            buffer.append(contentsOf: line)
            buffer.append(0x0A)
        }
    }

    /// Go's `strings.TrimSpace` (Unicode white space).
    static func trimSpace(_ b: [UInt8]) -> [UInt8] {
        Array(b[GoStrings.trimSpaceBounds(b)])
    }
}
