/// A parse error of Go's `regexp/syntax`, printed as Go prints `*syntax.Error`:
/// `error parsing regexp: missing closing ]: `[a``.
struct RegexSyntaxError: Error, CustomStringConvertible, Equatable {
    /// Go's `ErrorCode` text.
    var code: String
    /// The offending part of the expression, as Go reports it for this code.
    var expr: String

    var description: String { "error parsing regexp: \(code): `\(expr)`" }

    static let missingBracket = "missing closing ]"
    static let missingParen = "missing closing )"
    static let unexpectedParen = "unexpected )"
    static let invalidEscape = "invalid escape sequence"
    static let invalidCharRange = "invalid character class range"
    static let invalidNamedCapture = "invalid named capture"
    static let invalidPerlOp = "invalid or unsupported Perl syntax"
    static let invalidRepeatOp = "invalid nested repetition operator"
    static let invalidRepeatSize = "invalid repeat count"
    static let missingRepeatArgument = "missing argument to repetition operator"
    static let trailingBackslash = "trailing backslash at end of expression"
    static let nestingDepth = "expression nests too deeply"
    static let large = "expression too large"
    static let invalidUTF8 = "invalid UTF-8"
}

/// A parsed regular expression (Go's `syntax.Regexp`, unsimplified).
indirect enum RegexNode {
    /// Matches the empty string.
    case empty
    /// One rune from a class (literals are one-rune classes; `fold` is in the class).
    case runeClass(CharClass)
    /// `.`: any rune, or any but `\n` without `(?s)`.
    case anyChar(matchesNewline: Bool)
    case assertion(RegexAssertion)
    /// `( … )`, numbered from 1.
    case capture(Int, RegexNode)
    case concat([RegexNode])
    case alternate([RegexNode])
    /// `x*`, `x+`, `x?`, `x{n,m}`; `max` is -1 for no upper bound; `counted` for `{}` forms.
    case repeatNode(RegexNode, min: Int, max: Int, greedy: Bool, counted: Bool)
}

/// Zero-width assertions of RE2.
enum RegexAssertion {
    case beginLine, endLine, beginText, endText, wordBoundary, notWordBoundary
}
