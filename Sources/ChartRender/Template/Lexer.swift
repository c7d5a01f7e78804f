/// The template lexer, modelled on Go's `text/template/parse/lex.go`: a state machine
/// over the bytes of the template that yields `Token`s. Delimiters are `{{` and `}}`;
/// `{{- ` and ` -}}` trim the adjacent ASCII whitespace (space, tab, CR, LF).
///
/// Tokens are produced on demand (`next()`), so an error token appears exactly where
/// Go's lexer would emit it relative to the parser's reads.
struct Lexer {
    private let input: [UInt8]
    private var start = 0
    private var pos = 0
    private var line = 1
    private var startLine = 1
    private var insideAction = false
    private var parenDepth = 0
    private var done = false
    private var pending: [Token] = []

    private static let leftDelim: [UInt8] = Array("{{".utf8)
    private static let rightDelim: [UInt8] = Array("}}".utf8)
    private static let leftComment: [UInt8] = Array("/*".utf8)
    private static let rightComment: [UInt8] = Array("*/".utf8)

    init(_ input: [UInt8]) {
        self.input = input
    }

    /// The next token; after EOF or an error, keeps returning that last token.
    mutating func next() -> Token {
        while pending.isEmpty {
            if done { return Token(kind: .eof, pos: pos, text: "", line: line) }
            step()
        }
        let t = pending.removeFirst()
        if t.kind == .eof || t.kind == .error {
            done = true
            lastTerminal = t
        }
        return t
    }

    private var lastTerminal: Token? = nil

    // MARK: - helpers

    private func byte(at i: Int) -> UInt8? { i < input.count ? input[i] : nil }

    private func hasPrefix(_ p: [UInt8], at i: Int) -> Bool {
        if i < 0 || i + p.count > input.count { return false }
        var k = 0
        while k < p.count {
            if input[i + k] != p[k] { return false }
            k += 1
        }
        return true
    }

    private func text(_ from: Int, _ to: Int) -> String {
        GoString.string(input[from..<to])
    }

    private func countNewlines(_ from: Int, _ to: Int) -> Int {
        var n = 0
        var i = from
        while i < to { if input[i] == 10 { n += 1 }; i += 1 }
        return n
    }

    private mutating func emit(_ kind: TokenKind) {
        pending.append(Token(kind: kind, pos: start, text: text(start, pos), line: startLine))
        start = pos
        startLine = line
    }

    /// Go's `ignore`: drops the pending text, counting its newlines.
    private mutating func ignore() {
        line += countNewlines(start, pos)
        start = pos
        startLine = line
    }

    private mutating func error(_ message: String) {
        pending.append(Token(kind: .error, pos: start, text: message, line: startLine))
        done = true
    }

    /// Decodes the rune at `i`: (scalar value, byte width); invalid bytes give U+FFFD width 1.
    private func rune(at i: Int) -> (UInt32, Int) {
        guard i < input.count else { return (UInt32.max, 0) }
        let b0 = input[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        var need = 0
        var v: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { need = 1; v = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { need = 2; v = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { need = 3; v = UInt32(b0 & 0x07) }
        else { return (0xFFFD, 1) }
        if i + need >= input.count { return (0xFFFD, 1) }
        var k = 1
        while k <= need {
            let b = input[i + k]
            if b & 0xC0 != 0x80 { return (0xFFFD, 1) }
            v = (v << 6) | UInt32(b & 0x3F)
            k += 1
        }
        return (v, need + 1)
    }

    /// `eof` is represented by UInt32.max.
    private mutating func nextRune() -> UInt32 {
        let (r, w) = rune(at: pos)
        if w == 0 { lastWidth = 0; return UInt32.max }
        pos += w
        if r == 10 { line += 1 }
        lastWidth = w
        return r
    }

    private var lastWidth = 0

    private mutating func backup() {
        if lastWidth > 0 {
            pos -= lastWidth
            if byte(at: pos) == 10 { line -= 1 }
            lastWidth = 0
        }
    }

    private func peekRune() -> UInt32 { rune(at: pos).0 }

    private static func isSpace(_ r: UInt32) -> Bool { r == 32 || r == 9 || r == 13 || r == 10 }

    static func isAlphaNumeric(_ r: UInt32) -> Bool {
        if r == 95 { return true }
        if r < 0x80 {
            return (r >= 48 && r <= 57) || (r >= 65 && r <= 90) || (r >= 97 && r <= 122)
        }
        guard r != UInt32.max, let s = Unicode.Scalar(r) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType == .decimal
    }

    private func hasLeftTrimMarker(at i: Int) -> Bool {
        guard let a = byte(at: i), let b = byte(at: i + 1) else { return false }
        return a == UInt8(ascii: "-") && Lexer.isSpace(UInt32(b))
    }

    private func hasRightTrimMarker(at i: Int) -> Bool {
        guard let a = byte(at: i), let b = byte(at: i + 1) else { return false }
        return Lexer.isSpace(UInt32(a)) && b == UInt8(ascii: "-")
    }

    /// Go's `atRightDelim`: (at a delimiter, with a trim marker).
    private func atRightDelim() -> (Bool, Bool) {
        if hasRightTrimMarker(at: pos) && hasPrefix(Lexer.rightDelim, at: pos + 2) { return (true, true) }
        if hasPrefix(Lexer.rightDelim, at: pos) { return (true, false) }
        return (false, false)
    }

    private func leftTrimLength(from i: Int) -> Int {
        var k = i
        while k < input.count, Lexer.isSpace(UInt32(input[k])) { k += 1 }
        return k - i
    }

    // MARK: - states

    private mutating func step() {
        if insideAction { lexInsideAction() } else { lexText() }
    }

    private func indexOfLeftDelim(from i: Int) -> Int? {
        var k = i
        while k + 1 < input.count {
            if input[k] == UInt8(ascii: "{") && input[k + 1] == UInt8(ascii: "{") { return k }
            k += 1
        }
        return nil
    }

    private mutating func lexText() {
        if let x = indexOfLeftDelim(from: pos) {
            if x > pos {
                pos = x
                var trimLength = 0
                let delimEnd = pos + 2
                if hasLeftTrimMarker(at: delimEnd) {
                    var k = pos
                    while k > start, Lexer.isSpace(UInt32(input[k - 1])) { k -= 1 }
                    trimLength = pos - k
                }
                pos -= trimLength
                line += countNewlines(start, pos)
                let item = Token(kind: .text, pos: start, text: text(start, pos), line: startLine)
                start = pos
                startLine = line
                pos += trimLength
                ignore()
                if !item.text.isEmpty { pending.append(item) }
            }
            lexLeftDelim()
            return
        }
        pos = input.count
        if pos > start {
            line += countNewlines(start, pos)
            emit(.text)
            return
        }
        emit(.eof)
    }

    private mutating func lexLeftDelim() {
        pos += 2
        let trimSpace = hasLeftTrimMarker(at: pos)
        let afterMarker = trimSpace ? 2 : 0
        if hasPrefix(Lexer.leftComment, at: pos + afterMarker) {
            pos += afterMarker
            ignore()
            lexComment()
            return
        }
        let item = Token(kind: .leftDelim, pos: start, text: text(start, pos), line: startLine)
        start = pos
        startLine = line
        insideAction = true
        pos += afterMarker
        ignore()
        parenDepth = 0
        pending.append(item)
    }

    private mutating func lexComment() {
        pos += 2
        var x: Int? = nil
        var k = pos
        while k + 1 < input.count {
            if input[k] == UInt8(ascii: "*") && input[k + 1] == UInt8(ascii: "/") { x = k; break }
            k += 1
        }
        guard let end = x else {
            error("unclosed comment")
            return
        }
        pos = end + 2
        let (delim, trimSpace) = atRightDelim()
        if !delim {
            error("comment ends before closing delimiter")
            return
        }
        // The comment item itself is not emitted (Helm does not set ParseComments).
        line += countNewlines(start, pos)
        start = pos
        startLine = line
        if trimSpace { pos += 2 }
        pos += 2
        if trimSpace { pos += leftTrimLength(from: pos) }
        ignore()
    }

    private mutating func lexRightDelim() {
        let (_, trimSpace) = atRightDelim()
        if trimSpace {
            pos += 2
            ignore()
        }
        pos += 2
        emit(.rightDelim)
        if trimSpace {
            pos += leftTrimLength(from: pos)
            ignore()
        }
        insideAction = false
    }

    private mutating func lexInsideAction() {
        let (delim, _) = atRightDelim()
        if delim {
            if parenDepth == 0 {
                lexRightDelim()
                return
            }
            error("unclosed left paren")
            return
        }
        let r = nextRune()
        switch r {
        case UInt32.max:
            error("unclosed action")
        case 32, 9, 13, 10:
            backup()
            lexSpace()
        case 61: // =
            emit(.assign)
        case 58: // :
            if nextRune() != 61 {
                error("expected :=")
                return
            }
            emit(.declare)
        case 124: // |
            emit(.pipe)
        case 34: // "
            lexQuote()
        case 96: // `
            lexRawQuote()
        case 36: // $
            lexVariable()
        case 39: // '
            lexChar()
        case 46: // .
            if pos < input.count {
                let c = input[pos]
                if c < 48 || c > 57 {
                    lexFieldOrVariable(.field)
                    return
                }
            }
            backup()
            lexNumber()
        case 43, 45, 48...57:
            backup()
            lexNumber()
        case 40: // (
            parenDepth += 1
            emit(.leftParen)
        case 41: // )
            parenDepth -= 1
            if parenDepth < 0 {
                error("unexpected right paren")
                return
            }
            emit(.rightParen)
        default:
            if Lexer.isAlphaNumeric(r) {
                backup()
                lexIdentifier()
            } else if r < 0x80 && r >= 0x20 && r != 0x7F {
                emit(.char)
            } else {
                error("unrecognized character in action: " + Lexer.formatU(r))
            }
        }
    }

    /// Go's `%#U`: `U+002D '-'`.
    static func formatU(_ r: UInt32) -> String {
        var hex = String(r, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        var s = "U+" + hex
        if let scalar = Unicode.Scalar(r), r >= 0x20, r != 0x7F, !(r >= 0x80 && r < 0xA0) {
            s += " '" + String(scalar) + "'"
        }
        return s
    }

    private mutating func lexSpace() {
        var numSpaces = 0
        while true {
            let r = peekRune()
            if !Lexer.isSpace(r) { break }
            _ = nextRune()
            numSpaces += 1
        }
        if hasRightTrimMarker(at: pos - 1) && hasPrefix(Lexer.rightDelim, at: pos - 1 + 2) {
            lastWidth = 1
            backup()
            if numSpaces == 1 { return }
        }
        emit(.space)
    }

    private func atTerminator() -> Bool {
        let r = peekRune()
        if Lexer.isSpace(r) { return true }
        switch r {
        case UInt32.max, 46, 44, 124, 58, 41, 40: return true
        default: return hasPrefix(Lexer.rightDelim, at: pos)
        }
    }

    private mutating func lexIdentifier() {
        while true {
            let r = nextRune()
            if Lexer.isAlphaNumeric(r) { continue }
            if r != UInt32.max { backup() }
            let word = text(start, pos)
            if !atTerminator() {
                error("bad character " + Lexer.formatU(r))
                return
            }
            if let k = TokenKind.keywords[word], k != .dot {
                emit(k)
            } else if word.utf8.first == UInt8(ascii: ".") {
                emit(.field)
            } else if word == "true" || word == "false" {
                emit(.bool)
            } else {
                emit(.identifier)
            }
            return
        }
    }

    private mutating func lexVariable() {
        if atTerminator() {
            emit(.variable)
            return
        }
        lexFieldOrVariable(.variable)
    }

    private mutating func lexFieldOrVariable(_ kind: TokenKind) {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return
        }
        var r: UInt32 = 0
        while true {
            r = nextRune()
            if !Lexer.isAlphaNumeric(r) {
                if r != UInt32.max { backup() }
                break
            }
        }
        if !atTerminator() {
            error("bad character " + Lexer.formatU(r))
            return
        }
        emit(kind)
    }

    private mutating func lexChar() {
        while true {
            let r = nextRune()
            if r == 92 { // backslash
                let r2 = nextRune()
                if r2 != UInt32.max && r2 != 10 { continue }
                error("unterminated character constant")
                return
            }
            if r == UInt32.max || r == 10 {
                error("unterminated character constant")
                return
            }
            if r == 39 { break }
        }
        emit(.charConstant)
    }

    private mutating func lexQuote() {
        while true {
            let r = nextRune()
            if r == 92 {
                let r2 = nextRune()
                if r2 != UInt32.max && r2 != 10 { continue }
                error("unterminated quoted string")
                return
            }
            if r == UInt32.max || r == 10 {
                error("unterminated quoted string")
                return
            }
            if r == 34 { break }
        }
        emit(.string)
    }

    private mutating func lexRawQuote() {
        while true {
            let r = nextRune()
            if r == UInt32.max {
                error("unterminated raw quoted string")
                return
            }
            if r == 96 { break }
        }
        emit(.rawString)
    }

    private mutating func lexNumber() {
        if !scanNumber() {
            error("bad number syntax: " + GoQuote.quote(text(start, pos)))
            return
        }
        if let s = byte(at: pos), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") {
            if !scanNumber() || pos == 0 || input[pos - 1] != UInt8(ascii: "i") {
                error("bad number syntax: " + GoQuote.quote(text(start, pos)))
                return
            }
            emit(.complex)
            return
        }
        emit(.number)
    }

    private mutating func accept(_ set: String) -> Bool {
        if let b = byte(at: pos), set.utf8.contains(b) {
            pos += 1
            return true
        }
        return false
    }

    private mutating func acceptRun(_ set: String) {
        while let b = byte(at: pos), set.utf8.contains(b) { pos += 1 }
    }

    /// Go's `scanNumber`: accepts any number syntax Go accepts, leaving validation to
    /// the parser (`strconv`).
    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") {
            acceptRun(digits)
        }
        if digits.utf8.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.utf8.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        let r = peekRune()
        if Lexer.isAlphaNumeric(r) {
            _ = nextRune()
            return false
        }
        return true
    }
}
