#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A compiled Go `regexp.Regexp` (RE2 syntax, leftmost-first matching over UTF-8
/// bytes) with the methods Sprig calls: `MatchString`, `FindString`,
/// `FindAllString`, `ReplaceAllString` (with `Expand` rules),
/// `ReplaceAllLiteralString`, `Split`, and `QuoteMeta`.
final class GoRegexp: Sendable {
    let expr: String
    /// Capture names by index; index 0 is the whole match.
    let subexpNames: [String]
    let prog: RegexProgram
    let anchoredAtStart: Bool

    /// `regexp.Compile`, through a small cache of compiled expressions (templates call
    /// the regex functions with the same pattern in loops).
    static func compile(_ expr: String) throws -> GoRegexp {
        if let re = RegexCache.shared.get(expr) { return re }
        let re = try GoRegexp(expr)
        RegexCache.shared.put(expr, re)
        return re
    }

    /// `regexp.Compile`.
    init(_ expr: String) throws {
        var parser = RegexParser(expr)
        let root = try parser.parse()
        self.expr = expr
        subexpNames = parser.names
        prog = try RegexProgram.compile(root, expr: expr)
        anchoredAtStart = Self.startsWithBeginText(root)
    }

    var numSubexp: Int { subexpNames.count - 1 }

    static func startsWithBeginText(_ n: RegexNode) -> Bool {
        switch n {
        case .assertion(.beginText): return true
        case .concat(let xs): return xs.first.map(startsWithBeginText) ?? false
        case .capture(_, let sub): return startsWithBeginText(sub)
        default: return false
        }
    }

    /// What `regexp.MustCompile` panics with: `regexp: Compile(`x`): error parsing …`.
    static func mustCompileMessage(_ expr: String, _ error: Error) -> String {
        "regexp: Compile(" + goQuoteForRegexp(expr) + "): " + String(describing: error)
    }

    /// All matches' capture positions, Go's `allMatches` (an empty match right after a
    /// previous match is skipped); `n < 0` means all.
    func allMatches(_ input: [UInt8], _ n: Int, slots: Int) -> [[Int]] {
        let matcher = RegexMatcher(prog: prog, input: input, slots: slots)
        let visited = VisitedSet(programSize: prog.insts.count, inputLength: input.count)
        let limit = n < 0 ? input.count + 1 : n
        var out: [[Int]] = []
        var pos = 0
        var prevMatchEnd = -1
        while out.count < limit && pos <= input.count {
            guard let m = matcher.search(from: pos, visited: visited, anchoredAtStart: anchoredAtStart) else { break }
            var accept = true
            if m[1] == pos {
                if m[0] == prevMatchEnd { accept = false }
                pos += pos < input.count ? decodeRune(input, pos).1 : 1
            } else {
                pos = m[1]
            }
            prevMatchEnd = m[1]
            visited.clearColumn(m[1], programSize: prog.insts.count)
            if accept { out.append(m) }
        }
        return out
    }

    /// `MatchString`.
    func matches(_ s: String) -> Bool {
        let input = GoString.bytes(s)
        let visited = VisitedSet(programSize: prog.insts.count, inputLength: input.count)
        return RegexMatcher(prog: prog, input: input, slots: 2).search(from: 0, visited: visited, anchoredAtStart: anchoredAtStart) != nil
    }

    /// `FindString`: the leftmost match, or "".
    func find(_ s: String) -> String {
        let input = GoString.bytes(s)
        guard let m = allMatches(input, 1, slots: 2).first else { return "" }
        return GoString.string(input[m[0]..<m[1]])
    }

    /// `FindAllString(s, n)`: nil (printed `[]`) when there is none.
    func findAll(_ s: String, _ n: Int) -> [String] {
        let input = GoString.bytes(s)
        return allMatches(input, n, slots: 2).map { GoString.string(input[$0[0]..<$0[1]]) }
    }

    /// `FindAllStringSubmatch(s, n)`: each match's groups ("" when a group is unset).
    func findAllSubmatches(_ s: String, _ n: Int) -> [[String]] {
        let input = GoString.bytes(s)
        return allMatches(input, n, slots: 2 * (numSubexp + 1)).map { m in
            stride(from: 0, to: m.count, by: 2).map { k in
                m[k] >= 0 && m[k + 1] >= m[k] ? GoString.string(input[m[k]..<m[k + 1]]) : ""
            }
        }
    }

    /// `FindStringSubmatch(s)`: the first match's groups, or nil.
    func findSubmatch(_ s: String) -> [String]? { findAllSubmatches(s, 1).first }

    /// `ReplaceAllString` (`literal` false: `$1`/`${name}` expanded) and
    /// `ReplaceAllLiteralString` (`literal` true), Go's `replaceAll` loop.
    func replaceAll(_ s: String, _ repl: String, literal: Bool) -> String {
        let input = GoString.bytes(s)
        let template = GoString.bytes(repl)
        let slots = literal ? 2 : 2 * (numSubexp + 1)
        let matcher = RegexMatcher(prog: prog, input: input, slots: slots)
        let visited = VisitedSet(programSize: prog.insts.count, inputLength: input.count)
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var lastMatchEnd = 0
        var searchPos = 0
        while searchPos <= input.count {
            guard let a = matcher.search(from: searchPos, visited: visited, anchoredAtStart: anchoredAtStart) else { break }
            out.append(contentsOf: input[lastMatchEnd..<a[0]])
            if a[1] > lastMatchEnd || a[0] == 0 {
                if literal { out.append(contentsOf: template) } else { expand(&out, template, input, a) }
            }
            lastMatchEnd = a[1]
            let width = searchPos < input.count ? decodeRune(input, searchPos).1 : 0
            if searchPos + width > a[1] {
                searchPos += width
            } else if searchPos + 1 > a[1] {
                searchPos += 1
            } else {
                searchPos = a[1]
            }
            visited.clearColumn(a[1], programSize: prog.insts.count)
        }
        out.append(contentsOf: input[lastMatchEnd...])
        return GoString.string(out)
    }

    /// Go's `Regexp.expand`: `$$` is `$`; `$name`/`${name}` is a group by number or name
    /// (the longest run of letters, digits and `_`); a malformed reference keeps its `$`.
    func expand(_ dst: inout [UInt8], _ template: [UInt8], _ src: [UInt8], _ match: [Int]) {
        var i = 0
        let n = template.count
        while i < n {
            let c = template[i]
            if c != UInt8(ascii: "$") { dst.append(c); i += 1; continue }
            i += 1
            if i < n, template[i] == UInt8(ascii: "$") { dst.append(c); i += 1; continue }
            guard let (name, num, rest) = Self.extract(template, i) else { dst.append(c); continue }
            i = rest
            if num >= 0 {
                if 2 * num + 1 < match.count, match[2 * num] >= 0 {
                    dst.append(contentsOf: src[match[2 * num]..<match[2 * num + 1]])
                }
            } else {
                for (k, nameK) in subexpNames.enumerated() where nameK == name {
                    if 2 * k + 1 < match.count, match[2 * k] >= 0 {
                        dst.append(contentsOf: src[match[2 * k]..<match[2 * k + 1]])
                        break
                    }
                }
            }
        }
    }

    /// Go's `extract`: the name after `$`, its number (-1 when not a plain number), and
    /// where the template continues.
    static func extract(_ t: [UInt8], _ start: Int) -> (String, Int, Int)? {
        var i = start
        guard i < t.count else { return nil }
        var brace = false
        if t[i] == UInt8(ascii: "{") { brace = true; i += 1 }
        let nameStart = i
        while i < t.count {
            let (r, w) = decodeRune(t, i)
            let isNameRune: Bool
            if r < 0x80 {
                isNameRune = isWordByte(UInt8(r))
            } else if let s = Unicode.Scalar(r) {
                let cat = s.properties.generalCategory
                isNameRune = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber].contains(cat)
            } else {
                isNameRune = false
            }
            if !isNameRune { break }
            i += w
        }
        if i == nameStart { return nil }
        let nameBytes = Array(t[nameStart..<i])
        if brace {
            guard i < t.count, t[i] == UInt8(ascii: "}") else { return nil }
            i += 1
        }
        var num = 0
        for b in nameBytes {
            if b < 48 || b > 57 || num >= 100_000_000 { num = -1; break }
            num = num * 10 + Int(b - 48)
        }
        if nameBytes.count > 1 && nameBytes[0] == 48 { num = -1 }
        return (GoString.string(nameBytes), num, i)
    }

    /// `Split(s, n)`: nil for n == 0, `[""]` for empty input with a non-empty expression.
    func split(_ s: String, _ n: Int) -> [String] {
        if n == 0 { return [] }
        if !expr.isEmpty && s.isEmpty { return [""] }
        let input = GoString.bytes(s)
        let matches = allMatches(input, n, slots: 2)
        var out: [String] = []
        var beg = 0
        var end = 0
        for m in matches {
            if n > 0 && out.count == n - 1 { break }
            end = m[0]
            if m[1] != 0 { out.append(GoString.string(input[beg..<end])) }
            beg = m[1]
        }
        if end != input.count { out.append(GoString.string(input[beg...])) }
        return out
    }

    /// `regexp.QuoteMeta`: a backslash before each of `\.+*?()|[]{}^$`.
    static func quoteMeta(_ s: String) -> String {
        let special = Array("\\.+*?()|[]{}^$".utf8)
        var out: [UInt8] = []
        for b in GoString.bytes(s) {
            if special.contains(b) { out.append(UInt8(ascii: "\\")) }
            out.append(b)
        }
        return GoString.string(out)
    }
}

/// `regexp`'s `quote`: backquoted when `strconv.CanBackquote`, else `strconv.Quote`.
func goQuoteForRegexp(_ s: String) -> String {
    if GoQuote.canBackquote(GoString.bytes(s)) { return "`" + s + "`" }
    return GoQuote.quote(s)
}

/// A bounded, lock-protected cache of compiled expressions (a compiled `GoRegexp` is
/// immutable, so sharing it between renders is safe).
/// Shared by every render; its entries are immutable `GoRegexp`s and every access holds the lock.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    private var entries: [String: GoRegexp] = [:]
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let limit = 512

    init() { pthread_mutex_init(lock, nil) }

    func get(_ key: String) -> GoRegexp? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return entries[key]
    }

    func put(_ key: String, _ re: GoRegexp) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = re
    }
}
