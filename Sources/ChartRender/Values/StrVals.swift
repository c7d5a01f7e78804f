/// Helm's `--set` family parser (`pkg/strvals`), applied into an existing values map
/// (Helm's `ParseInto`, `ParseIntoString`, `ParseJSON`, `ParseIntoFile`, `ParseLiteralInto`).
///
/// Grammar (per comma-separated assignment):
///     assignment: key ( "." key )* index* "=" value
///     key:        runes up to one of "=[,." ("\" escapes the next rune; not in literal mode)
///     index:      "[" integer "]"
///     value:      "{" item ("," item)* "}" | runes up to "," | JSON (--set-json) | rest of input (--set-literal)
///
/// Typed mode (`--set`): `true`/`false` (any case) are bools, `null` is nil, integers
/// without a leading zero that fit int64 are `int64`, all else strings. Limits: index
/// 65536, nesting 30. Errors carry Helm's texts; Go panics on type clashes are reported
/// as `unable to parse key: interface conversion: ...` like Helm's recover.
struct StrVals {
    enum Mode: Sendable { case typed, string, file, json, literal }

    /// Helm's `MaxIndex` and `MaxNestedNameLevel`.
    static let maxIndex = 65536
    static let maxNestedNameLevel = 30
    /// chartr's own bound on `a[0][0][0]...` nesting.
    static let maxListDepth = 1000

    /// An error with Helm's message (without the `failed parsing --set data: ` prefix).
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    enum Signal: Error { case eof, notList }
    struct Panic: Error { var message: String }

    var s: [Unicode.Scalar]
    var i = 0
    let mode: Mode
    let readFile: (String) throws -> Value

    /// Parses `expression` into `data`. `readFile` serves `--set-file` (path -> value).
    static func parse(_ expression: String, mode: Mode, into data: inout [String: Value],
                             readFile: @escaping (String) throws -> Value = { _ in .null }) throws {
        var p = StrVals(s: Array(expression.unicodeScalars), mode: mode, readFile: readFile)
        do {
            while true { try p.key(&data, 0) }
        } catch Signal.eof {
            return
        } catch let f as Failure {
            throw f
        } catch Signal.notList {
            throw Failure(message: "parse error")
        } catch let p as Panic {
            throw Failure(message: "unable to parse key: " + p.message)
        } catch {
            throw Failure(message: "\(error)")
        }
    }

    mutating func read() throws -> Unicode.Scalar {
        guard i < s.count else { throw Signal.eof }
        i += 1
        return s[i - 1]
    }

    /// `runesUntil`: (text, stop rune or nil at end of input).
    mutating func runesUntil(_ stop: String, escapes: Bool) -> (String, Unicode.Scalar?) {
        var v = String.UnicodeScalarView()
        let stops = Array(stop.unicodeScalars)
        while i < s.count {
            let r = s[i]
            i += 1
            if stops.contains(r) { return (String(v), r) }
            if escapes && r == "\\" {
                guard i < s.count else { return (String(v), nil) }
                v.append(s[i])
                i += 1
            } else {
                v.append(r)
            }
        }
        return (String(v), nil)
    }

    var escapes: Bool { mode != .literal }

    func fail(_ m: String) -> Failure { Failure(message: m) }

    /// `key`: recovers type-assertion panics as Helm's deferred recover does.
    mutating func key(_ data: inout [String: Value], _ level: Int) throws {
        do { try keyBody(&data, level) } catch let p as Panic {
            throw Failure(message: "unable to parse key: " + p.message)
        }
    }

    mutating func keyBody(_ data: inout [String: Value], _ level: Int) throws {
        let stop = mode == .literal ? "=[." : "=[,."
        let (k, last) = runesUntil(stop, escapes: escapes)
        guard let last else {
            if k.isEmpty { throw Signal.eof }
            throw fail("key \(GoQuote.quote(k)) has no value")
        }
        switch last {
        case "[":
            let idx: Int
            do { idx = try keyIndex() } catch let f as Failure { throw fail("error parsing index: " + f.message) }
            var lst: [Value] = []
            if let existing = data[k] { lst = try StrVals.assertList(existing) }
            do { try listItem(&lst, idx, level) } catch {
                if !k.isEmpty { data[k] = .list(lst) }
                throw error
            }
            if !k.isEmpty { data[k] = .list(lst) }
        case "=":
            if mode == .literal {
                let rest = String(String.UnicodeScalarView(s[i...]))
                i = s.count
                if !k.isEmpty { data[k] = .string(rest) }
                return
            }
            if mode == .json {
                if emptyVal() { if !k.isEmpty { data[k] = .null }; return }
                let v = try jsonValue()
                if !k.isEmpty { data[k] = v }
                _ = emptyVal()
                return
            }
            do {
                let vl = try valList()
                if !k.isEmpty { data[k] = .list(vl) }
            } catch Signal.eof {
                if !k.isEmpty { data[k] = .string("") }
                throw Signal.eof
            } catch Signal.notList {
                let rs = val()
                let v = try readValue(rs)
                if !k.isEmpty { data[k] = v }
            }
        case ",":
            if !k.isEmpty { data[k] = .string("") }
            throw fail("key \(GoQuote.quote(k)) has no value (cannot end with ,)")
        default: // "."
            let next = level + 1
            if next > StrVals.maxNestedNameLevel {
                throw fail("value name nested level is greater than maximum supported nested level of \(StrVals.maxNestedNameLevel)")
            }
            var inner: [String: Value] = [:]
            if let existing = data[k] { inner = try StrVals.assertMap(existing) }
            var caught: Error? = nil
            do { try key(&inner, next) } catch { caught = error }
            if caught == nil && inner.isEmpty { throw fail("key map \(GoQuote.quote(k)) has no value") }
            if !inner.isEmpty && !k.isEmpty { data[k] = .map(inner) }
            if let caught { throw caught }
        }
    }

    mutating func keyIndex() throws -> Int {
        let (v, last) = runesUntil("]", escapes: escapes)
        if last == nil { throw Signal.eof }
        return try StrVals.goAtoi(v)
    }

    static func setIndex(_ lst: inout [Value], _ index: Int, _ val: Value) throws {
        if index < 0 { throw Failure(message: "negative \(index) index not allowed") }
        if index > maxIndex { throw Failure(message: "index of \(index) is greater than maximum supported index of \(maxIndex)") }
        if lst.count <= index { lst.append(contentsOf: [Value](repeating: .null, count: index + 1 - lst.count)) }
        lst[index] = val
    }

    mutating func listItem(_ lst: inout [Value], _ idx: Int, _ level: Int, listDepth: Int = 0) throws {
        if idx < 0 { throw fail("negative \(idx) index not allowed") }
        // Helm has no limit on nested indexes (Go stacks grow); we stop before ours would overflow.
        if listDepth > StrVals.maxListDepth { throw fail("list index nesting is greater than maximum supported nesting of \(StrVals.maxListDepth)") }
        let (k, last) = runesUntil("[.=", escapes: escapes)
        if !k.isEmpty {
            throw fail("unexpected data at end of array index: [" + k.unicodeScalars.map { String(decoding: GoQuote.quoteRune($0.value, asciiOnly: false), as: UTF8.self) }.joined(separator: " ") + "]")
        }
        guard let last else { throw Signal.eof }
        switch last {
        case "=":
            if mode == .literal {
                let rest = String(String.UnicodeScalarView(s[i...]))
                i = s.count
                try StrVals.setIndex(&lst, idx, .string(rest))
                return
            }
            if mode == .json {
                if emptyVal() { try StrVals.setIndex(&lst, idx, .null); return }
                let v = try jsonValue()
                try StrVals.setIndex(&lst, idx, v)
                _ = emptyVal()
                return
            }
            do {
                let vl = try valList()
                try StrVals.setIndex(&lst, idx, .list(vl))
            } catch Signal.eof {
                try StrVals.setIndex(&lst, idx, .string(""))
            } catch Signal.notList {
                let rs = val()
                try StrVals.setIndex(&lst, idx, try readValue(rs))
            }
        case "[":
            let next: Int
            do { next = try keyIndex() } catch let f as Failure { throw fail("error parsing index: " + f.message) }
            var crt: [Value] = []
            if lst.count > idx, !lst[idx].isNull { crt = try StrVals.assertList(lst[idx]) }
            try listItem(&crt, next, level, listDepth: listDepth + 1)
            try StrVals.setIndex(&lst, idx, .list(crt))
        case ".":
            var inner: [String: Value] = [:]
            if lst.count > idx {
                if case .map(let m, _) = lst[idx] { inner = m.dictionary } else { lst[idx] = .map([:]) }
            }
            do { try key(&inner, level) } catch {
                if lst.count > idx { lst[idx] = .map(inner) }
                throw error
            }
            try StrVals.setIndex(&lst, idx, .map(inner))
        default:
            throw fail("parse error: unexpected token \(last)")
        }
    }

    /// `emptyVal`: true at end of input or at a `,` (consumed); skips white space.
    mutating func emptyVal() -> Bool {
        while i < s.count {
            let r = s[i]
            i += 1
            if r == "," { return true }
            if !r.properties.isWhitespace {
                i -= 1
                return false
            }
        }
        return true
    }

    mutating func val() -> String { runesUntil(",", escapes: true).0 }

    mutating func valList() throws -> [Value] {
        let r = try read()
        if r != "{" {
            i -= 1
            throw Signal.notList
        }
        var out: [Value] = []
        while true {
            let (rs, last) = runesUntil(",}", escapes: true)
            guard let last else { throw fail("list must terminate with '}'") }
            if last == "}" {
                if i < s.count, s[i] == "," { i += 1 }
                out.append(try readValue(rs))
                return out
            }
            out.append(try readValue(rs))
        }
    }

    func readValue(_ rs: String) throws -> Value {
        switch mode {
        case .file: return try readFile(rs)
        case .string, .literal: return .string(rs)
        default: return StrVals.typedValue(rs)
        }
    }

    /// `typedVal`: Helm's --set typing.
    static func typedValue(_ v: String) -> Value {
        if GoStrings.equalFold(v, "true") { return .bool(true) }
        if GoStrings.equalFold(v, "false") { return .bool(false) }
        if GoStrings.equalFold(v, "null") { return .null }
        if v == "0" { return .int64(0) }
        if let f = v.utf8.first, f != UInt8(ascii: "0"), let n = try? GoStrconv.parseInt(v, base: 10, bitSize: 64) { return .int64(n) }
        return .string(v)
    }

    /// `strconv.Atoi` with Go's error texts (list indexes).
    static func goAtoi(_ s: String) throws -> Int {
        do {
            return try GoStrconv.atoi(s)
        } catch {
            throw Failure(message: error.description)
        }
    }

    static func goTypeName(_ v: Value) -> String {
        if v.isNull { return "nil" }
        return v.goType.name
    }

    static func assertList(_ v: Value) throws -> [Value] {
        if case .list(let l, _) = v { return l }
        throw Panic(message: "interface conversion: interface {} is \(goTypeName(v)), not []interface {}")
    }

    static func assertMap(_ v: Value) throws -> [String: Value] {
        if case .map(let m, _) = v { return m.dictionary }
        throw Panic(message: "interface conversion: interface {} is \(goTypeName(v)), not map[string]interface {}")
    }

    /// One JSON value at the current position (`json.Decoder.Decode`), numbers as float64.
    mutating func jsonValue() throws -> Value {
        let rest = Array(String(String.UnicodeScalarView(s[i...])).utf8)
        let (v, used) = try JSON.decodePrefix(rest)
        // Advance by the scalars the decoder consumed.
        let consumed = String(decoding: rest[0..<used], as: UTF8.self).unicodeScalars.count
        i += consumed
        return v
    }
}
