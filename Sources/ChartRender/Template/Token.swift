/// One lexical item of a template, as Go's `text/template/parse` lexer emits it
/// (`item` in lex.go): its kind, byte offset, text and the line it starts on.
struct Token {
    var kind: TokenKind
    /// Byte offset of the item in the template text.
    var pos: Int
    /// The item's text (for `.error` the message).
    var text: String
    /// 1-based line of the item's start.
    var line: Int

    static let none = Token(kind: .eof, pos: 0, text: "", line: 0)

    /// Go's `item.String()`, used in parse errors: `EOF`, the error text, `<keyword>`,
    /// or the quoted text (at most 10 characters, then `...`).
    var goDescription: String {
        switch kind {
        case .eof: return "EOF"
        case .error: return text
        default:
            if kind.isKeyword { return "<" + text + ">" }
            let scalars = Array(text.unicodeScalars)
            if scalars.count > 10 {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[0..<10])
                return GoQuote.quote(String(s)) + "..."
            }
            return GoQuote.quote(text)
        }
    }
}

/// Go's `itemType` values. The keyword kinds (`itemKeyword` and after) print as
/// `<text>` in errors.
enum TokenKind: Equatable {
    case error, bool, char, charConstant, comment, complex, assign, declare, eof, field,
         identifier, leftDelim, leftParen, number, pipe, rawString, rightDelim, rightParen,
         space, string, text, variable
    // Keywords.
    case block, breakKeyword, continueKeyword, dot, define, elseKeyword, end, ifKeyword,
         nilKeyword, range, template, with

    var isKeyword: Bool {
        switch self {
        case .block, .breakKeyword, .continueKeyword, .dot, .define, .elseKeyword, .end,
             .ifKeyword, .nilKeyword, .range, .template, .with:
            return true
        default:
            return false
        }
    }

    /// Go's `key` table: words the lexer turns into keywords.
    static let keywords: [String: TokenKind] = [
        ".": .dot, "block": .block, "break": .breakKeyword, "continue": .continueKeyword,
        "define": .define, "else": .elseKeyword, "end": .end, "if": .ifKeyword,
        "range": .range, "nil": .nilKeyword, "template": .template, "with": .with,
    ]
}
