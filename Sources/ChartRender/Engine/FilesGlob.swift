/// `.Files.Glob` patterns as Helm compiles them: gobwas/glob v0.2.3 with `/` as the
/// separator. `*` is any run without `/`, `**` any run, `?` one rune other than `/`,
/// `[abc]` / `[!abc]` / `[a-z]` / `[!a-z]` one rune (`/` included), `{a,b}` alternatives
/// (nested, and an unclosed `{` simply ends with the pattern), `\` escapes the next rune.
/// A pattern gobwas cannot compile (an unclosed or empty class, `[z-a]`, invalid UTF-8)
/// matches every file, as Helm falls back to `**`.
///
/// Alternatives are matched where they stand, never expanded: matching is dynamic
/// programming over the path's runes, O(pattern × path) for any pattern.
struct FilesGlob {
    indirect enum Node {
        case text([UInt32])
        /// `*`
        case any
        /// `**`
        case superAny
        /// `?`
        case single
        case range(lo: UInt32, hi: UInt32, not: Bool)
        case list([UInt32], not: Bool)
        case anyOf([[Node]])
    }

    /// The compiled pattern; nil when gobwas would fail to compile it (matches all).
    private let pattern: [Node]?

    /// Deepest `{` nesting chartr compiles (chartr's bound; deeper counts as a pattern
    /// that does not compile).
    static let maxNesting = 10_000

    init(_ pattern: String) {
        var parser = GlobParser(Array(pattern.unicodeScalars.map(\.value)))
        self.pattern = parser.parse()
    }

    func matches(_ path: String) -> Bool {
        guard let pattern else { return true }
        let text = path.unicodeScalars.map(\.value)
        var reach = [Bool](repeating: false, count: text.count + 1)
        reach[0] = true
        return FilesGlob.advance(pattern, reach, text)[text.count]
    }

    private static let slash = UInt32(UInt8(ascii: "/"))

    /// The path prefixes matched after `nodes`, given those matched before.
    private static func advance(_ nodes: [Node], _ start: [Bool], _ text: [UInt32]) -> [Bool] {
        var reach = start
        let n = text.count
        for node in nodes {
            var next = [Bool](repeating: false, count: n + 1)
            switch node {
            case .text(let runes):
                for j in 0...n where reach[j] && j + runes.count <= n {
                    var k = 0
                    while k < runes.count && text[j + k] == runes[k] { k += 1 }
                    if k == runes.count { next[j + runes.count] = true }
                }
            case .any, .superAny:
                let crossesSlash: Bool
                if case .superAny = node { crossesSlash = true } else { crossesSlash = false }
                var on = false
                for j in 0...n {
                    if j > 0 && !crossesSlash && text[j - 1] == slash { on = false }
                    if reach[j] { on = true }
                    next[j] = on
                }
            case .single:
                for j in 0..<n where reach[j] && text[j] != slash { next[j + 1] = true }
            case .range(let lo, let hi, let not):
                for j in 0..<n where reach[j] && ((text[j] >= lo && text[j] <= hi) != not) { next[j + 1] = true }
            case .list(let chars, let not):
                for j in 0..<n where reach[j] && (chars.contains(text[j]) != not) { next[j + 1] = true }
            case .anyOf(let alternatives):
                // gobwas: a group whose alternatives are all empty (`{}`, `{,}`) never matches.
                if alternatives.allSatisfy(\.isEmpty) { return next }
                for alternative in alternatives {
                    let got = advance(alternative, reach, text)
                    for j in 0...n where got[j] { next[j] = true }
                }
            }
            reach = next
            // Nothing matched this far: no later node can match.
            if !reach.contains(true) { return reach }
        }
        return reach
    }
}

/// gobwas/glob v0.2.3's lexer (`syntax/lexer`) and parser (`syntax/ast`) in one pass.
/// The lexer reads runes; U+0000 is its end-of-input mark, and U+FFFD or invalid UTF-8
/// is an error.
///
///     pattern := (text | "*" | "**" | "?" | class | "{" pattern ("," pattern)* "}"?)*
///     class   := "[" "!"? (rune "-" rune | text) "]"
struct GlobParser {
    private let p: [UInt32]
    private var i = 0
    /// Open `{` groups: the alternatives so far and the one being read.
    private var groups: [(alternatives: [[FilesGlob.Node]], current: [FilesGlob.Node])] = []
    private var root: [FilesGlob.Node] = []

    private static let star = UInt32(UInt8(ascii: "*")), question = UInt32(UInt8(ascii: "?"))
    private static let open = UInt32(UInt8(ascii: "[")), close = UInt32(UInt8(ascii: "]"))
    private static let braceOpen = UInt32(UInt8(ascii: "{")), braceClose = UInt32(UInt8(ascii: "}"))
    private static let comma = UInt32(UInt8(ascii: ",")), backslash = UInt32(UInt8(ascii: "\\"))
    private static let bang = UInt32(UInt8(ascii: "!")), dash = UInt32(UInt8(ascii: "-"))

    init(_ runes: [UInt32]) {
        // The lexer stops at U+0000 (its eof) and fails on U+FFFD (`could not read rune`);
        // escape scalars are bytes that are not UTF-8, which fail too.
        var end = runes.count
        if let nul = runes.firstIndex(of: 0) { end = nul }
        p = Array(runes[0..<end])
    }

    /// The pattern's nodes, or nil for a pattern gobwas does not compile.
    mutating func parse() -> [FilesGlob.Node]? {
        if p.contains(where: { $0 == 0xFFFD || ($0 >= GoString.escapeBase + 0x80 && $0 <= 0x10FFFF) }) { return nil }
        while i < p.count {
            let r = p[i]
            i += 1
            switch r {
            case GlobParser.braceOpen:
                if groups.count >= FilesGlob.maxNesting { return nil }
                groups.append(([], []))
            case GlobParser.comma where !groups.isEmpty:
                let g = groups.count - 1
                groups[g].alternatives.append(groups[g].current)
                groups[g].current = []
            case GlobParser.braceClose where !groups.isEmpty:
                closeGroup()
            case GlobParser.open:
                guard let node = parseClass() else { return nil }
                append(node)
            case GlobParser.question:
                append(.single)
            case GlobParser.star:
                if i < p.count && p[i] == GlobParser.star {
                    i += 1
                    append(.superAny)
                } else {
                    append(.any)
                }
            default:
                i -= 1
                var breakers: [UInt32] = [GlobParser.question, GlobParser.star, GlobParser.open, GlobParser.braceOpen]
                if !groups.isEmpty { breakers += [GlobParser.braceClose, GlobParser.comma] }
                let text = readText(breakers)
                if !text.isEmpty { append(.text(text)) }
            }
        }
        // An unclosed `{` ends with the pattern.
        while !groups.isEmpty { closeGroup() }
        return root
    }

    private mutating func append(_ node: FilesGlob.Node) {
        if groups.isEmpty { root.append(node) } else { groups[groups.count - 1].current.append(node) }
    }

    private mutating func closeGroup() {
        guard let g = groups.popLast() else { return }
        append(.anyOf(g.alternatives + [g.current]))
    }

    /// `fetchText`: runes up to a breaker, `\` escaping the next one (a trailing `\` is
    /// dropped).
    private mutating func readText(_ breakers: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var escaped = false
        while i < p.count {
            let r = p[i]
            if !escaped {
                if r == GlobParser.backslash { escaped = true; i += 1; continue }
                if breakers.contains(r) { break }
            }
            escaped = false
            out.append(r)
            i += 1
        }
        return out
    }

    /// `fetchRange` and `parserRange` after the `[`: nil where gobwas fails (unexpected
    /// end, a missing `]`, `[z-a]`, an empty class).
    private mutating func parseClass() -> FilesGlob.Node? {
        var not = false
        if i < p.count && p[i] == GlobParser.bang { not = true; i += 1 }
        guard i < p.count else { return nil }
        let first = p[i]
        if i + 1 < p.count && p[i + 1] == GlobParser.dash {
            // lo "-" hi "]"
            guard i + 3 < p.count, p[i + 3] == GlobParser.close else { return nil }
            let hi = p[i + 2]
            i += 4
            if hi < first || first == 0 || hi == 0 { return nil }
            return .range(lo: first, hi: hi, not: not)
        }
        let chars = readText([GlobParser.close])
        guard i < p.count, p[i] == GlobParser.close, !chars.isEmpty else { return nil }
        i += 1
        return .list(chars, not: not)
    }
}
