/// The libyaml scanner as go-yaml v2 (`scannerc.go`) has it: turns UTF-8 bytes into
/// tokens, tracking indentation (BLOCK-MAPPING-START / BLOCK-END), flow levels and
/// "simple keys" (a KEY token inserted before a scalar once the following `:` is seen).
///
/// Works on the output of `YAMLReader.prepare` (validated UTF-8 followed by NUL bytes;
/// NUL is the end of the stream). Errors and their marks follow go-yaml exactly.
struct YAMLScanner {
    private struct SimpleKey {
        var possible = false
        var required = false
        var tokenNumber = 0
        var mark = YAMLMark()
    }

    let buf: [UInt8]
    var pos = 0
    var mark = YAMLMark()

    private var tokens: [YAMLToken] = []
    private var head = 0
    private(set) var tokensParsed = 0
    private var tokenAvailable = false
    private var streamStartProduced = false
    private(set) var streamEndProduced = false
    private var indent = -1
    private var indents: [Int] = []
    private var simpleKeyAllowed = false
    private var simpleKeys: [SimpleKey] = []
    /// go-yaml v2.4's `simple_keys_by_tok`: token number → index of a possible simple key.
    private var simpleKeysByToken: [Int: Int] = [:]
    private var flowLevel = 0

    static let maxFlowLevel = 10000
    static let maxIndents = 10000

    init(prepared: [UInt8]) {
        self.buf = prepared
    }

    /// The current block indentation column (-1 at top level).
    var currentIndent: Int { indent }
    /// The current flow nesting level (0 in block context).
    var currentFlowLevel: Int { flowLevel }
    /// A plain scalar that spanned lines lets a simple key follow it.
    mutating func allowSimpleKey() { simpleKeyAllowed = true }

    // MARK: - Character classes (libyaml's is_* macros)

    @inline(__always) func at(_ i: Int) -> UInt8 { i < buf.count ? buf[i] : 0 }
    @inline(__always) func isZ(_ i: Int) -> Bool { at(i) == 0 }
    @inline(__always) func isBlank(_ i: Int) -> Bool { let c = at(i); return c == 0x20 || c == 0x09 }
    @inline(__always) func isSpace(_ i: Int) -> Bool { at(i) == 0x20 }
    @inline(__always) func isTab(_ i: Int) -> Bool { at(i) == 0x09 }
    @inline(__always) func isBreak(_ i: Int) -> Bool {
        let c = at(i)
        if c == 0x0A || c == 0x0D { return true }
        if c == 0xC2 { return at(i + 1) == 0x85 }
        if c == 0xE2 { return at(i + 1) == 0x80 && (at(i + 2) == 0xA8 || at(i + 2) == 0xA9) }
        return false
    }
    @inline(__always) func isBreakZ(_ i: Int) -> Bool { at(i) == 0 || isBreak(i) }
    @inline(__always) func isBlankZ(_ i: Int) -> Bool { isBlank(i) || isBreakZ(i) }
    @inline(__always) func isAlpha(_ i: Int) -> Bool {
        let c = at(i)
        return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
    }
    @inline(__always) func isDigit(_ i: Int) -> Bool { let c = at(i); return c >= 0x30 && c <= 0x39 }
    @inline(__always) func isHex(_ i: Int) -> Bool {
        let c = at(i)
        return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }
    @inline(__always) func asHex(_ i: Int) -> Int {
        let c = at(i)
        if c >= 0x41 && c <= 0x46 { return Int(c) - 0x41 + 10 }
        if c >= 0x61 && c <= 0x66 { return Int(c) - 0x61 + 10 }
        return Int(c) - 0x30
    }
    @inline(__always) func isBOM(_ i: Int) -> Bool { at(i) == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF }

    @inline(__always) static func width(_ c: UInt8) -> Int {
        if c & 0x80 == 0 { return 1 }
        if c & 0xE0 == 0xC0 { return 2 }
        if c & 0xF0 == 0xE0 { return 3 }
        if c & 0xF8 == 0xF0 { return 4 }
        return 0
    }

    // MARK: - Movement

    @inline(__always) mutating func skip() {
        mark.index += 1
        mark.column += 1
        pos += max(1, YAMLScanner.width(at(pos)))
    }

    @inline(__always) mutating func skipLine() {
        if at(pos) == 0x0D && at(pos + 1) == 0x0A {
            mark.index += 2
            mark.column = 0
            mark.line += 1
            pos += 2
        } else if isBreak(pos) {
            mark.index += 1
            mark.column = 0
            mark.line += 1
            pos += max(1, YAMLScanner.width(at(pos)))
        }
    }

    /// Copies the current character to `s` and advances.
    @inline(__always) mutating func read(_ s: inout [UInt8]) {
        let w = max(1, YAMLScanner.width(at(pos)))
        var k = 0
        while k < w { s.append(at(pos + k)); k += 1 }
        pos += w
        mark.index += 1
        mark.column += 1
    }

    /// Copies a line break to `s` normalised as libyaml does (CR, LF, CRLF, NEL → LF;
    /// LS and PS kept) and advances.
    @inline(__always) mutating func readLine(_ s: inout [UInt8]) {
        let c = at(pos)
        if c == 0x0D && at(pos + 1) == 0x0A {
            s.append(0x0A)
            pos += 2
            mark.index += 1
        } else if c == 0x0D || c == 0x0A {
            s.append(0x0A)
            pos += 1
        } else if c == 0xC2 && at(pos + 1) == 0x85 {
            s.append(0x0A)
            pos += 2
        } else if c == 0xE2 && at(pos + 1) == 0x80 && (at(pos + 2) == 0xA8 || at(pos + 2) == 0xA9) {
            s.append(c); s.append(0x80); s.append(at(pos + 2))
            pos += 3
        } else {
            return
        }
        mark.index += 1
        mark.column = 0
        mark.line += 1
    }

    func scannerError(_ context: String, _ contextMark: YAMLMark, _ problem: String) -> YAMLSyntaxError {
        YAMLSyntaxError(isScanner: true, context: context, contextMark: contextMark, problem: problem, problemMark: mark)
    }

    // MARK: - Token queue

    /// The token at the head of the queue, fetching more as needed (`peek_token`).
    mutating func peek() throws -> YAMLToken {
        if !tokenAvailable { try fetchMoreTokens() }
        return tokens[head]
    }

    /// The kind of the head token, fetching more as needed.
    mutating func peekKind() throws -> YAMLTokenKind {
        if !tokenAvailable { try fetchMoreTokens() }
        return tokens[head].kind
    }

    /// Drops the head token (`skip_token`).
    mutating func skipToken() {
        tokenAvailable = false
        tokensParsed += 1
        if head < tokens.count {
            if tokens[head].kind == .streamEnd { streamEndProduced = true }
            head += 1
        }
        if head > 256 && head * 2 > tokens.count {
            tokens.removeFirst(head)
            head = 0
        }
    }

    private mutating func insertToken(_ at: Int, _ token: YAMLToken) {
        if at < 0 {
            tokens.append(token)
        } else {
            tokens.insert(token, at: head + at)
        }
    }

    /// Fetches tokens until the head token cannot become a simple key's KEY (go-yaml v2.4).
    private mutating func fetchMoreTokens() throws {
        while true {
            if head != tokens.count {
                guard let index = simpleKeysByToken[tokensParsed] else { break }
                if !(try simpleKeyIsValid(index)) { break }
            }
            try fetchNextToken()
        }
        tokenAvailable = true
    }

    private mutating func simpleKeyIsValid(_ i: Int) throws -> Bool {
        let key = simpleKeys[i]
        if !key.possible { return false }
        // "The ':' indicator must appear at most 1024 Unicode characters beyond the start
        // of the key. In addition, the key is restricted to a single line."
        if key.mark.line < mark.line || key.mark.index + 1024 < mark.index {
            if key.required {
                throw scannerError("while scanning a simple key", key.mark, "could not find expected ':'")
            }
            simpleKeys[i].possible = false
            return false
        }
        return true
    }

    private mutating func fetchNextToken() throws {
        if !streamStartProduced {
            fetchStreamStart()
            return
        }
        try scanToNextToken()
        unrollIndent(mark.column)

        let c = at(pos)
        if c == 0 { try fetchStreamEnd(); return }
        if mark.column == 0 && c == UInt8(ascii: "%") { try fetchDirective(); return }
        if mark.column == 0 && c == UInt8(ascii: "-") && at(pos + 1) == c && at(pos + 2) == c && isBlankZ(pos + 3) {
            try fetchDocumentIndicator(.documentStart); return
        }
        if mark.column == 0 && c == UInt8(ascii: ".") && at(pos + 1) == c && at(pos + 2) == c && isBlankZ(pos + 3) {
            try fetchDocumentIndicator(.documentEnd); return
        }
        switch c {
        case UInt8(ascii: "["): try fetchFlowCollectionStart(.flowSequenceStart); return
        case UInt8(ascii: "{"): try fetchFlowCollectionStart(.flowMappingStart); return
        case UInt8(ascii: "]"): try fetchFlowCollectionEnd(.flowSequenceEnd); return
        case UInt8(ascii: "}"): try fetchFlowCollectionEnd(.flowMappingEnd); return
        case UInt8(ascii: ","): try fetchFlowEntry(); return
        default: break
        }
        if c == UInt8(ascii: "-") && isBlankZ(pos + 1) { try fetchBlockEntry(); return }
        if c == UInt8(ascii: "?") && (flowLevel > 0 || isBlankZ(pos + 1)) { try fetchKey(); return }
        if c == UInt8(ascii: ":") && (flowLevel > 0 || isBlankZ(pos + 1)) { try fetchValue(); return }
        switch c {
        case UInt8(ascii: "*"): try fetchAnchor(.alias); return
        case UInt8(ascii: "&"): try fetchAnchor(.anchor); return
        case UInt8(ascii: "!"): try fetchTag(); return
        case UInt8(ascii: "|") where flowLevel == 0: try fetchBlockScalar(literal: true); return
        case UInt8(ascii: ">") where flowLevel == 0: try fetchBlockScalar(literal: false); return
        case UInt8(ascii: "'"): try fetchFlowScalar(single: true); return
        case UInt8(ascii: "\""): try fetchFlowScalar(single: false); return
        default: break
        }
        // A plain scalar may start with any non-blank character except indicators; `-`,
        // `?`, `:` may start one when followed by a non-blank (`?`/`:` only in block context).
        let isIndicator: Bool
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            isIndicator = true
        default:
            isIndicator = false
        }
        if !(isBlankZ(pos) || isIndicator)
            || (c == UInt8(ascii: "-") && !isBlank(pos + 1))
            || (flowLevel == 0 && (c == UInt8(ascii: "?") || c == UInt8(ascii: ":")) && !isBlankZ(pos + 1)) {
            try fetchPlainScalar()
            return
        }
        throw scannerError("while scanning for the next token", mark, "found character that cannot start any token")
    }

    // MARK: - Simple keys, indentation, flow levels

    private mutating func saveSimpleKey() throws {
        let required = flowLevel == 0 && indent == mark.column
        if simpleKeyAllowed {
            let key = SimpleKey(possible: true, required: required, tokenNumber: tokensParsed + (tokens.count - head), mark: mark)
            try removeSimpleKey()
            simpleKeys[simpleKeys.count - 1] = key
            simpleKeysByToken[key.tokenNumber] = simpleKeys.count - 1
        }
    }

    private mutating func removeSimpleKey() throws {
        let i = simpleKeys.count - 1
        if simpleKeys[i].possible {
            if simpleKeys[i].required {
                throw scannerError("while scanning a simple key", simpleKeys[i].mark, "could not find expected ':'")
            }
            simpleKeys[i].possible = false
            simpleKeysByToken[simpleKeys[i].tokenNumber] = nil
        }
    }

    private mutating func increaseFlowLevel() throws {
        simpleKeys.append(SimpleKey(possible: false, required: false, tokenNumber: 0, mark: mark))
        flowLevel += 1
        if flowLevel > YAMLScanner.maxFlowLevel {
            throw scannerError("while increasing flow level", simpleKeys[simpleKeys.count - 1].mark,
                               "exceeded max depth of \(YAMLScanner.maxFlowLevel)")
        }
    }

    private mutating func decreaseFlowLevel() {
        if flowLevel > 0 {
            flowLevel -= 1
            if let last = simpleKeys.popLast() { simpleKeysByToken[last.tokenNumber] = nil }
        }
    }

    private mutating func rollIndent(_ column: Int, _ number: Int, _ kind: YAMLTokenKind, _ at: YAMLMark) throws {
        if flowLevel > 0 { return }
        if indent < column {
            indents.append(indent)
            indent = column
            if indents.count > YAMLScanner.maxIndents {
                throw scannerError("while increasing indent level", simpleKeys[simpleKeys.count - 1].mark,
                                   "exceeded max depth of \(YAMLScanner.maxIndents)")
            }
            let token = YAMLToken(kind: kind, start: at, end: at)
            insertToken(number > -1 ? number - tokensParsed : -1, token)
        }
    }

    private mutating func unrollIndent(_ column: Int) {
        if flowLevel > 0 { return }
        while indent > column {
            tokens.append(YAMLToken(kind: .blockEnd, start: mark, end: mark))
            indent = indents.popLast() ?? -1
        }
    }

    // MARK: - Fetchers

    private mutating func fetchStreamStart() {
        indent = -1
        simpleKeys.append(SimpleKey())
        simpleKeyAllowed = true
        streamStartProduced = true
        tokens.append(YAMLToken(kind: .streamStart, start: mark, end: mark))
    }

    private mutating func fetchStreamEnd() throws {
        if mark.column != 0 {
            mark.column = 0
            mark.line += 1
        }
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        tokens.append(YAMLToken(kind: .streamEnd, start: mark, end: mark))
    }

    private mutating func fetchDirective() throws {
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        tokens.append(try scanDirective())
    }

    private mutating func fetchDocumentIndicator(_ kind: YAMLTokenKind) throws {
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skip(); skip(); skip()
        tokens.append(YAMLToken(kind: kind, start: start, end: mark))
    }

    private mutating func fetchFlowCollectionStart(_ kind: YAMLTokenKind) throws {
        try saveSimpleKey()
        try increaseFlowLevel()
        simpleKeyAllowed = true
        let start = mark
        skip()
        tokens.append(YAMLToken(kind: kind, start: start, end: mark))
    }

    private mutating func fetchFlowCollectionEnd(_ kind: YAMLTokenKind) throws {
        try removeSimpleKey()
        decreaseFlowLevel()
        simpleKeyAllowed = false
        let start = mark
        skip()
        tokens.append(YAMLToken(kind: kind, start: start, end: mark))
    }

    private mutating func fetchFlowEntry() throws {
        try removeSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skip()
        tokens.append(YAMLToken(kind: .flowEntry, start: start, end: mark))
    }

    private mutating func fetchBlockEntry() throws {
        if flowLevel == 0 {
            if !simpleKeyAllowed {
                throw scannerError("", mark, "block sequence entries are not allowed in this context")
            }
            try rollIndent(mark.column, -1, .blockSequenceStart, mark)
        }
        try removeSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skip()
        tokens.append(YAMLToken(kind: .blockEntry, start: start, end: mark))
    }

    private mutating func fetchKey() throws {
        if flowLevel == 0 {
            if !simpleKeyAllowed {
                throw scannerError("", mark, "mapping keys are not allowed in this context")
            }
            try rollIndent(mark.column, -1, .blockMappingStart, mark)
        }
        try removeSimpleKey()
        simpleKeyAllowed = flowLevel == 0
        let start = mark
        skip()
        tokens.append(YAMLToken(kind: .key, start: start, end: mark))
    }

    private mutating func fetchValue() throws {
        let i = simpleKeys.count - 1
        if try simpleKeyIsValid(i) {
            let key = simpleKeys[i]
            insertToken(key.tokenNumber - tokensParsed, YAMLToken(kind: .key, start: key.mark, end: key.mark))
            try rollIndent(key.mark.column, key.tokenNumber, .blockMappingStart, key.mark)
            simpleKeys[i].possible = false
            simpleKeysByToken[key.tokenNumber] = nil
            simpleKeyAllowed = false
        } else {
            if flowLevel == 0 {
                if !simpleKeyAllowed {
                    throw scannerError("", mark, "mapping values are not allowed in this context")
                }
                try rollIndent(mark.column, -1, .blockMappingStart, mark)
            }
            simpleKeyAllowed = flowLevel == 0
        }
        let start = mark
        skip()
        tokens.append(YAMLToken(kind: .value, start: start, end: mark))
    }

    private mutating func fetchAnchor(_ kind: YAMLTokenKind) throws {
        try saveSimpleKey()
        simpleKeyAllowed = false
        tokens.append(try scanAnchor(kind))
    }

    private mutating func fetchTag() throws {
        try saveSimpleKey()
        simpleKeyAllowed = false
        tokens.append(try scanTag())
    }

    private mutating func fetchBlockScalar(literal: Bool) throws {
        try removeSimpleKey()
        simpleKeyAllowed = true
        tokens.append(try scanBlockScalar(literal: literal))
    }

    private mutating func fetchFlowScalar(single: Bool) throws {
        try saveSimpleKey()
        simpleKeyAllowed = false
        tokens.append(try scanFlowScalar(single: single))
    }

    private mutating func fetchPlainScalar() throws {
        try saveSimpleKey()
        simpleKeyAllowed = false
        tokens.append(try scanPlainScalar())
    }

    /// Skips spaces, comments and line breaks. Tabs are skipped only in flow context or
    /// where a simple key is not allowed (so not as block indentation).
    private mutating func scanToNextToken() throws {
        while true {
            // go-yaml v2 keeps a BOM that is not at the very start as content (the reader
            // already dropped a leading one).
            while at(pos) == 0x20 || ((flowLevel > 0 || !simpleKeyAllowed) && at(pos) == 0x09) {
                skip()
            }
            if at(pos) == UInt8(ascii: "#") {
                while !isBreakZ(pos) { skip() }
            }
            if isBreak(pos) {
                skipLine()
                if flowLevel == 0 { simpleKeyAllowed = true }
            } else {
                break
            }
        }
    }
}
