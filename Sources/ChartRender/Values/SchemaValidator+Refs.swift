/// `$ref`s to other documents, loaded before validation as jsonschema v6's compiler
/// does. Issue 6: no network ever (any non-`file:` URL fails with a clear reason), files
/// are read only when regular (5 MiB at most) or as a 4 KiB prefix of a device, and at
/// most `maxDocuments` documents are loaded.
extension SchemaValidator {
    static let maxDocuments = 64
    static let maxDocumentSize = 5 * 1024 * 1024

    /// Splits a `$ref` into the absolute document URL (resolved against `base`) and the
    /// JSON-pointer fragment.
    static func splitRef(_ ref: String, base: String) -> (doc: String, fragment: String) {
        let hash = ref.firstIndex(of: "#")
        let urlPart = hash.map { String(ref[..<$0]) } ?? ref
        let fragment = hash.map { String(ref[ref.index(after: $0)...]) } ?? ""
        if urlPart.isEmpty { return (base, fragment) }
        if hasScheme(urlPart) { return (urlPart, fragment) }
        // Relative to the base document's directory (only file: bases reach here).
        guard base.hasPrefix("file://") else { return (urlPart, fragment) }
        let basePath = String(base.dropFirst("file://".count))
        let dir = basePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let path = urlPart.hasPrefix("/") ? urlPart : dir + "/" + urlPart
        return ("file://" + GoPath.clean(path.hasPrefix("/") ? path : "/" + path), fragment)
    }

    /// RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":".
    static func hasScheme(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard let colon = u.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return false }
        for (i, c) in u[..<colon].enumerated() {
            let alpha = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            if i == 0 && !alpha { return false }
            if !(alpha || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")) { return false }
        }
        return true
    }

    /// Loads every document `schema` refers to (and theirs); returns v6's
    /// `failing loading "URL": REASON` for the first that cannot be loaded.
    func loadReferences(_ schema: Value, base: String, depth: Int) -> String? {
        if depth > SchemaValidator.maxDepth { return nil }
        switch schema {
        case .map(let m, _):
            if case .string(let ref)? = m["$ref"], !ref.hasPrefix("#") {
                let (doc, _) = SchemaValidator.splitRef(ref, base: base)
                if state.documents[doc] == nil {
                    if state.documents.count >= SchemaValidator.maxDocuments {
                        return "failing loading \(GoQuote.quote(doc)): more than chartr's limit of \(SchemaValidator.maxDocuments) schema documents"
                    }
                    switch SchemaValidator.loadDocument(doc) {
                    case .failure(let reason): return "failing loading \(GoQuote.quote(doc)): " + reason.text
                    case .success(let value):
                        state.documents[doc] = value
                        if let f = loadReferences(value, base: doc, depth: depth + 1) { return f }
                    }
                }
            }
            for k in m.goSortedKeys where !["enum", "const", "default", "examples"].contains(k) {
                if let v = m[k], let f = loadReferences(v, base: base, depth: depth + 1) { return f }
            }
        case .list(let l, _):
            for v in l {
                if let f = loadReferences(v, base: base, depth: depth + 1) { return f }
            }
        default:
            break
        }
        return nil
    }

    struct LoadFailure: Error { let text: String }

    /// Reads and parses one `file:` document without blocking or using the network.
    static func loadDocument(_ url: String) -> Result<Value, LoadFailure> {
        guard url.hasPrefix("file://") else {
            return .failure(LoadFailure(text: "chartr never fetches schemas over the network (only file: $refs are read)"))
        }
        let path = String(url.dropFirst("file://".count))
        let bytes: [UInt8]
        do {
            let info = try SafeFile.statInfo(path)
            if info.isCharDevice {
                bytes = try SafeFile.readPrefix(path, limit: 4096)
            } else if info.isRegular {
                if info.size > maxDocumentSize {
                    return .failure(LoadFailure(text: "file is larger than chartr's limit of \(maxDocumentSize) bytes"))
                }
                bytes = try SafeFile.readRegular(path, limit: maxDocumentSize)
            } else {
                return .failure(LoadFailure(text: "open \(path): not a regular file"))
            }
        } catch {
            return .failure(LoadFailure(text: error.text))
        }
        do {
            return .success(try JSON.decode(bytes))
        } catch {
            return .failure(LoadFailure(text: goJSONError(bytes)))
        }
    }

    /// encoding/json's message for a document that does not parse, for the common
    /// cases: empty input or a bad first character.
    static func goJSONError(_ b: [UInt8]) -> String {
        var i = 0
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        guard i < b.count else { return "EOF" }
        let c = b[i]
        let starts: [UInt8] = Array("{[\"-0123456789tfn".utf8)
        if starts.contains(c) { return "invalid JSON" }
        return "invalid character \(goQuoteChar(c)) looking for beginning of value"
    }

    /// encoding/json's `quoteChar` for one byte.
    static func goQuoteChar(_ c: UInt8) -> String {
        switch c {
        case UInt8(ascii: "'"): return "'\\''"
        case UInt8(ascii: "\""): return "'\"'"
        case 0x07: return "'\\a'"
        case 0x08: return "'\\b'"
        case 0x0B: return "'\\v'"
        case 0x0C: return "'\\f'"
        case 0x20..<0x7F: return "'" + String(UnicodeScalar(c)) + "'"
        case 0x80...: return "'\\ufffd'"
        default:
            let hex = Array("0123456789abcdef")
            return "'\\x" + String(hex[Int(c >> 4)]) + String(hex[Int(c & 0xF)]) + "'"
        }
    }
}
