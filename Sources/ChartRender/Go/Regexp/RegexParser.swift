/// Parser for Go's `regexp/syntax` with the `Perl` flags `regexp.Compile` uses
/// (Perl classes and flags, Unicode groups, `$` = `\z` unless `(?m)`, negated classes
/// match `\n`). Grammar:
///
///     alternation := concat ('|' concat)*
///     concat      := (atom repeat?)*
///     repeat      := ('*' | '+' | '?' | '{' n (',' m?)? '}') '?'?
///     atom        := literal | '.' | '^' | '$' | class | escape | '(' group ')'
///     group       := '?' flags (':' alternation)? | '?P<' name '>' alternation
///                  | '?<' name '>' alternation | alternation
///
/// Errors carry Go's codes and the same offending text Go reports.
struct RegexParser {
    /// Go's parse flags that change meaning inside a group.
    struct Flags {
        var fold = false
        /// Not `(?m)`: `^`/`$` match only at text boundaries.
        var oneLine = true
        var dotNL = false
        var nonGreedy = false
    }

    let p: [UInt8]
    var i = 0
    var numCap = 0
    /// Capture names by index (index 0 is the whole match, always "").
    var names: [String] = [""]
    var depth = 0

    init(_ pattern: String) { p = GoString.bytes(pattern) }

    var whole: String { GoString.string(p) }
    func text(_ a: Int, _ b: Int) -> String { GoString.string(p[Swift.max(0, a)..<Swift.min(b, p.count)]) }

    /// Go's `nextRune`: the rune at `i`, or `invalid UTF-8` with the rest of the pattern.
    func nextRune() throws -> (UInt32, Int) {
        let (r, w) = decodeRune(p, i)
        if r == 0xFFFD && w == 1 { throw fail(RegexSyntaxError.invalidUTF8, text(i, p.count)) }
        return (r, w)
    }

    func fail(_ code: String, _ expr: String) -> RegexSyntaxError { RegexSyntaxError(code: code, expr: expr) }

    /// regexp := alternation, with every `(` closed.
    mutating func parse() throws -> RegexNode {
        var flags = Flags()
        let node = try parseAlternation(&flags)
        if i < p.count { throw fail(RegexSyntaxError.unexpectedParen, whole) }
        return node
    }

    /// alternation := concat ('|' concat)*; stops before `)` or at the end.
    mutating func parseAlternation(_ flags: inout Flags) throws -> RegexNode {
        var branches: [RegexNode] = []
        var items: [RegexNode] = []
        var lastRepeat: Int? = nil
        while i < p.count {
            let c = p[i]
            var thisRepeat: Int? = nil
            switch c {
            case UInt8(ascii: "|"):
                branches.append(Self.concat(items))
                items = []
                i += 1
            case UInt8(ascii: ")"):
                if depth == 0 { throw fail(RegexSyntaxError.unexpectedParen, whole) }
                branches.append(Self.concat(items))
                return branches.count == 1 ? branches[0] : .alternate(branches)
            case UInt8(ascii: "("):
                if let node = try parseGroup(&flags) { items.append(node) }
            case UInt8(ascii: "^"):
                items.append(.assertion(flags.oneLine ? .beginText : .beginLine)); i += 1
            case UInt8(ascii: "$"):
                items.append(.assertion(flags.oneLine ? .endText : .endLine)); i += 1
            case UInt8(ascii: "."):
                items.append(.anyChar(matchesNewline: flags.dotNL)); i += 1
            case UInt8(ascii: "["):
                items.append(.runeClass(try parseClass(flags)))
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
                let before = i
                i += 1
                let (mn, mx) = c == UInt8(ascii: "*") ? (0, -1) : c == UInt8(ascii: "+") ? (1, -1) : (0, 1)
                try applyRepeat(&items, min: mn, max: mx, counted: false, before: before, lastRepeat: lastRepeat, flags: flags)
                thisRepeat = before
            case UInt8(ascii: "{"):
                let before = i
                if let (mn, mx, after) = parseRepeatBraces(at: i) {
                    i = after
                    if mn < 0 || mn > 1000 || mx > 1000 || (mx >= 0 && mn > mx) {
                        throw fail(RegexSyntaxError.invalidRepeatSize, text(before, i))
                    }
                    try applyRepeat(&items, min: mn, max: mx, counted: true, before: before, lastRepeat: lastRepeat, flags: flags)
                    thisRepeat = before
                } else {
                    items.append(.runeClass(.literal(UInt32(c), fold: flags.fold)))
                    i += 1
                }
            case UInt8(ascii: "\\"):
                try parseBackslash(&items, flags)
            default:
                let (r, w) = try nextRune()
                i += w
                items.append(.runeClass(.literal(r, fold: flags.fold)))
            }
            lastRepeat = thisRepeat
        }
        branches.append(Self.concat(items))
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    static func concat(_ items: [RegexNode]) -> RegexNode {
        items.isEmpty ? .empty : items.count == 1 ? items[0] : .concat(items)
    }

    /// Applies a repetition operator to the last item, with Go's checks in Go's order
    /// (nested operator, missing argument, nested counts over 1000).
    mutating func applyRepeat(_ items: inout [RegexNode], min: Int, max: Int, counted: Bool, before: Int,
                              lastRepeat: Int?, flags: Flags) throws {
        var greedy = !flags.nonGreedy
        if i < p.count, p[i] == UInt8(ascii: "?") { i += 1; greedy.toggle() }
        if let lr = lastRepeat { throw fail(RegexSyntaxError.invalidRepeatOp, text(lr, i)) }
        guard let last = items.popLast() else { throw fail(RegexSyntaxError.missingRepeatArgument, text(before, i)) }
        let node = RegexNode.repeatNode(last, min: min, max: max, greedy: greedy, counted: counted)
        if counted && (min >= 2 || max >= 2) && !Self.repeatIsValid(node, 1000) {
            throw fail(RegexSyntaxError.invalidRepeatSize, text(before, i))
        }
        items.append(node)
    }

    /// Go's `repeatIsValid`: nested counted repetitions may not multiply beyond 1000.
    static func repeatIsValid(_ node: RegexNode, _ limit: Int) -> Bool {
        var n = limit
        switch node {
        case .repeatNode(let sub, let mn, let mx, _, let counted):
            if counted {
                var m = mx
                if m == 0 { return true }
                if m < 0 { m = mn }
                if m > n { return false }
                if m > 0 { n /= m }
            }
            return repeatIsValid(sub, n)
        case .capture(_, let sub): return repeatIsValid(sub, n)
        case .concat(let xs), .alternate(let xs): return xs.allSatisfy { repeatIsValid($0, n) }
        default: return true
        }
    }

    /// `{n}`, `{n,}`, `{n,m}` at `at`; nil when the text is not a repetition (then `{`
    /// is a literal). Numbers too large give -1 so the caller reports them.
    func parseRepeatBraces(at start: Int) -> (Int, Int, Int)? {
        var j = start + 1
        // Go's parseInt: digits without a leading zero; -1 when too large.
        func number() -> Int? {
            guard j < p.count, p[j] >= 48, p[j] <= 57 else { return nil }
            if j + 1 < p.count, p[j] == 48, p[j + 1] >= 48, p[j + 1] <= 57 { return nil }
            var v = 0
            while j < p.count, p[j] >= 48, p[j] <= 57 {
                if v >= 0 { v = v >= 100_000_000 ? -1 : v * 10 + Int(p[j] - 48) }
                j += 1
            }
            return v
        }
        guard var mn = number() else { return nil }
        var mx = mn
        if j < p.count, p[j] == UInt8(ascii: ",") {
            j += 1
            if j < p.count, p[j] == UInt8(ascii: "}") {
                mx = -1
            } else {
                guard let m = number() else { return nil }
                mx = m
                if m < 0 { mn = -1 }
            }
        }
        guard j < p.count, p[j] == UInt8(ascii: "}") else { return nil }
        return (mn, mx, j + 1)
    }

    /// `(` … `)`: capture, named capture, non-capturing group or a flag change (nil).
    mutating func parseGroup(_ flags: inout Flags) throws -> RegexNode? {
        let open = i
        depth += 1
        defer { depth -= 1 }
        if depth > 1000 { throw fail(RegexSyntaxError.nestingDepth, whole) }
        var inner = flags
        var capIndex: Int? = nil
        if open + 1 < p.count, p[open + 1] == UInt8(ascii: "?") {
            let t = open
            let isP = t + 4 < p.count && p[t + 2] == UInt8(ascii: "P") && p[t + 3] == UInt8(ascii: "<")
            let isAngle = t + 3 < p.count && p[t + 2] == UInt8(ascii: "<")
            if isP || isAngle {
                let begin = t + (isP ? 4 : 3)
                var end = t
                while end < p.count, p[end] != UInt8(ascii: ">") { end += 1 }
                if end >= p.count { throw fail(RegexSyntaxError.invalidNamedCapture, text(t, p.count)) }
                let name = text(begin, end)
                let valid = begin < end && p[begin..<end].allSatisfy { isWordByte($0) }
                if !valid { throw fail(RegexSyntaxError.invalidNamedCapture, text(t, end + 1)) }
                numCap += 1
                capIndex = numCap
                names.append(name)
                i = end + 1
            } else {
                // Flags: (?flags) or (?flags:re), Go's parsePerlFlags.
                var j = t + 2
                var f = flags
                var negate = false
                var sawFlag = false
                var opensGroup = false
                var done = false
                while j < p.count && !done {
                    let (c, w) = decodeRune(p, j)
                    j += w
                    switch c {
                    case 0x69: f.fold = !negate; sawFlag = true  // i
                    case 0x6D: f.oneLine = negate; sawFlag = true  // m
                    case 0x73: f.dotNL = !negate; sawFlag = true  // s
                    case 0x55: f.nonGreedy = !negate; sawFlag = true  // U
                    case 0x2D:  // -
                        if negate { throw fail(RegexSyntaxError.invalidPerlOp, text(t, j)) }
                        negate = true
                        sawFlag = false
                    case 0x3A, 0x29:  // : )
                        if negate && !sawFlag { throw fail(RegexSyntaxError.invalidPerlOp, text(t, j)) }
                        opensGroup = c == 0x3A
                        done = true
                    default:
                        throw fail(RegexSyntaxError.invalidPerlOp, text(t, j))
                    }
                }
                if !done { throw fail(RegexSyntaxError.invalidPerlOp, text(t, j)) }
                i = j
                if !opensGroup {
                    flags = f
                    return nil
                }
                inner = f
            }
        } else {
            numCap += 1
            capIndex = numCap
            names.append("")
            i = open + 1
        }
        let body = try parseAlternation(&inner)
        guard i < p.count, p[i] == UInt8(ascii: ")") else { throw fail(RegexSyntaxError.missingParen, whole) }
        i += 1
        if let n = capIndex { return .capture(n, body) }
        return body
    }

    /// A backslash outside a class: assertions, `\Q…\E`, Unicode and Perl classes,
    /// or an escaped rune.
    mutating func parseBackslash(_ items: inout [RegexNode], _ flags: Flags) throws {
        if i + 1 < p.count {
            let c = p[i + 1]
            switch c {
            case UInt8(ascii: "A"): items.append(.assertion(.beginText)); i += 2; return
            case UInt8(ascii: "z"): items.append(.assertion(.endText)); i += 2; return
            case UInt8(ascii: "b"): items.append(.assertion(.wordBoundary)); i += 2; return
            case UInt8(ascii: "B"): items.append(.assertion(.notWordBoundary)); i += 2; return
            case UInt8(ascii: "C"): throw fail(RegexSyntaxError.invalidEscape, "\\C")
            case UInt8(ascii: "Q"):
                var j = i + 2
                var end = p.count
                var next = p.count
                while j + 1 < p.count {
                    if p[j] == UInt8(ascii: "\\"), p[j + 1] == UInt8(ascii: "E") { end = j; next = j + 2; break }
                    j += 1
                }
                var k = i + 2
                while k < end {
                    let (r, w) = decodeRune(p, k)
                    items.append(.runeClass(.literal(r, fold: flags.fold)))
                    k += w
                }
                i = next
                return
            case UInt8(ascii: "p"), UInt8(ascii: "P"):
                let item = try parseUnicodeClass()
                items.append(.runeClass(CharClass(items: [item], fold: flags.fold)))
                return
            case UInt8(ascii: "d"), UInt8(ascii: "s"), UInt8(ascii: "w"):
                items.append(.runeClass(CharClass(items: [.table(.ranges(UnicodeTable.perl[c] ?? []), negated: false)], fold: flags.fold)))
                i += 2
                return
            case UInt8(ascii: "D"), UInt8(ascii: "S"), UInt8(ascii: "W"):
                items.append(.runeClass(CharClass(items: [.table(.ranges(UnicodeTable.perl[c + 32] ?? []), negated: true)], fold: flags.fold)))
                i += 2
                return
            default: break
            }
        }
        let r = try parseEscape()
        items.append(.runeClass(.literal(r, fold: flags.fold)))
    }

    /// Go's `parseEscape`: `\` followed by punctuation, an octal or hex escape, or one of
    /// `\a\f\n\r\t\v`; anything else is `invalid escape sequence`.
    mutating func parseEscape() throws -> UInt32 {
        let start = i
        i += 1
        if i >= p.count { throw fail(RegexSyntaxError.trailingBackslash, "") }
        let (c, w) = try nextRune()
        i += w
        func bad() -> RegexSyntaxError { fail(RegexSyntaxError.invalidEscape, text(start, i)) }
        func isOctal(_ k: Int) -> Bool { k < p.count && p[k] >= 48 && p[k] <= 55 }
        switch c {
        case 0x31...0x37:
            if !isOctal(i) { throw bad() }
            fallthrough
        case 0x30:
            var r = c - 48
            for _ in 1..<3 where isOctal(i) {
                r = r * 8 + UInt32(p[i] - 48)
                i += 1
            }
            return r
        case UInt32(UInt8(ascii: "x")):
            if i >= p.count { throw bad() }
            let (c2, w2) = decodeRune(p, i)
            i += w2
            if c2 == UInt32(UInt8(ascii: "{")) {
                var nhex = 0
                var r: UInt32 = 0
                while true {
                    if i >= p.count { throw bad() }
                    let (d, wd) = decodeRune(p, i)
                    i += wd
                    if d == UInt32(UInt8(ascii: "}")) { break }
                    guard let v = hexValue(d) else { throw bad() }
                    r = r * 16 + v
                    if r > 0x10FFFF { throw bad() }
                    nhex += 1
                }
                if nhex == 0 { throw bad() }
                return r
            }
            let x = hexValue(c2)
            if i >= p.count { throw bad() }
            let (c3, w3) = decodeRune(p, i)
            i += w3
            guard let hx = x, let hy = hexValue(c3) else { throw bad() }
            return hx * 16 + hy
        case UInt32(UInt8(ascii: "a")): return 7
        case UInt32(UInt8(ascii: "f")): return 12
        case UInt32(UInt8(ascii: "n")): return 10
        case UInt32(UInt8(ascii: "r")): return 13
        case UInt32(UInt8(ascii: "t")): return 9
        case UInt32(UInt8(ascii: "v")): return 11
        default:
            if c < 0x80 && !isAlnum(c) { return c }
            throw bad()
        }
    }

    /// `\pN`, `\p{Greek}`, `\PL`, `\p{^L}` as a class item.
    mutating func parseUnicodeClass() throws -> CharClass.Item {
        let start = i
        var negated = p[i + 1] == UInt8(ascii: "P")
        i += 2
        var name: String
        if i >= p.count {
            throw fail(RegexSyntaxError.invalidCharRange, text(start, i))
        }
        if p[i] != UInt8(ascii: "{") {
            let (_, w) = decodeRune(p, i)
            name = text(i, i + w)
            i += w
        } else {
            var close = i
            while close < p.count, p[close] != UInt8(ascii: "}") { close += 1 }
            if close >= p.count { throw fail(RegexSyntaxError.invalidCharRange, text(start, p.count)) }
            name = text(i + 1, close)
            i = close + 1
        }
        let seq = text(start, i)
        if name.hasPrefix("^") { negated.toggle(); name.removeFirst() }
        guard let table = UnicodeTable.named(name) else { throw fail(RegexSyntaxError.invalidCharRange, seq) }
        return .table(table, negated: negated)
    }

    /// class := '[' '^'? (posix | unicode | perl | char ('-' char)?)+ ']'
    /// (a `]` right after `[` or `[^` is a literal).
    mutating func parseClass(_ flags: Flags) throws -> CharClass {
        let start = i
        i += 1
        var cls = CharClass()
        cls.fold = flags.fold
        if i < p.count, p[i] == UInt8(ascii: "^") { cls.negated = true; i += 1 }
        var first = true
        func missing() -> RegexSyntaxError { fail(RegexSyntaxError.missingBracket, text(start, p.count)) }
        while i >= p.count || p[i] != UInt8(ascii: "]") || first {
            if i >= p.count { throw missing() }
            first = false
            // POSIX [:name:] and [:^name:]
            if i + 2 < p.count, p[i] == UInt8(ascii: "["), p[i + 1] == UInt8(ascii: ":") {
                var j = i + 2
                var found = -1
                while j + 1 < p.count {
                    if p[j] == UInt8(ascii: ":"), p[j + 1] == UInt8(ascii: "]") { found = j; break }
                    j += 1
                }
                if found >= 0 {
                    let full = text(i, found + 2)
                    var name = text(i + 2, found)
                    var neg = false
                    if name.hasPrefix("^") { neg = true; name.removeFirst() }
                    guard let ranges = UnicodeTable.posix[name] else { throw fail(RegexSyntaxError.invalidCharRange, full) }
                    cls.items.append(.table(.ranges(ranges), negated: neg))
                    i = found + 2
                    continue
                }
            }
            if i + 1 < p.count, p[i] == UInt8(ascii: "\\") {
                let c = p[i + 1]
                if c == UInt8(ascii: "p") || c == UInt8(ascii: "P") {
                    cls.items.append(try parseUnicodeClass())
                    continue
                }
                if let r = UnicodeTable.perl[c] {
                    cls.items.append(.table(.ranges(r), negated: false)); i += 2; continue
                }
                if c >= 65 && c <= 90, let r = UnicodeTable.perl[c + 32] {
                    cls.items.append(.table(.ranges(r), negated: true)); i += 2; continue
                }
            }
            let rangeStart = i
            let lo = try parseClassChar(classStart: start)
            var hi = lo
            if i + 1 < p.count, p[i] == UInt8(ascii: "-"), p[i + 1] != UInt8(ascii: "]") {
                i += 1
                hi = try parseClassChar(classStart: start)
                if hi < lo { throw fail(RegexSyntaxError.invalidCharRange, text(rangeStart, i)) }
            }
            cls.items.append(.range(lo, hi))
        }
        i += 1
        cls.finalize()
        return cls
    }

    mutating func parseClassChar(classStart: Int) throws -> UInt32 {
        if i >= p.count { throw fail(RegexSyntaxError.missingBracket, text(classStart, p.count)) }
        if p[i] == UInt8(ascii: "\\") { return try parseEscape() }
        let (r, w) = try nextRune()
        i += w
        return r
    }
}

/// ASCII word byte (`[0-9A-Za-z_]`).
@inline(__always) func isWordByte(_ b: UInt8) -> Bool {
    (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95
}

@inline(__always) func isAlnum(_ c: UInt32) -> Bool {
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/// Decodes one UTF-8 rune at `i` (Go's `utf8.DecodeRune`: invalid input is U+FFFD, width 1).
@inline(__always) func decodeRune(_ b: [UInt8], _ i: Int) -> (UInt32, Int) {
    UTF8Decode.rune(b, at: i)
}
