/// The glob syntax of `.Files.Glob` (Helm compiles patterns with `gobwas/glob` and `/`
/// as separator): `*` any run without `/`, `**` any run, `?` one non-`/` character,
/// `[abc]`, `[!a-z]` classes, `{a,b}` alternatives, `\` escapes.
/// Matching is dynamic programming over (pattern, path) positions: linear space,
/// no backtracking blow-up.
struct FilesGlob {
    private enum Piece {
        case literal(UInt8)
        case star
        case superStar
        case any
        case charClass(negated: Bool, ranges: [(UInt8, UInt8)])
    }

    private let alternatives: [[Piece]]

    /// Patterns expand at most this many brace alternatives.
    private static let maxAlternatives = 1024

    init(_ pattern: String) {
        var expanded: [[UInt8]] = []
        FilesGlob.expandBraces(Array(pattern.utf8), into: &expanded, depth: 0)
        alternatives = expanded.map(FilesGlob.compile)
    }

    func matches(_ path: String) -> Bool {
        let text = Array(path.utf8)
        return alternatives.contains { FilesGlob.match($0, text) }
    }

    private static func expandBraces(_ p: [UInt8], into out: inout [[UInt8]], depth: Int) {
        if out.count >= maxAlternatives || depth > 32 { return }
        // Find the first top-level `{`.
        var i = 0
        var open = -1
        while i < p.count {
            if p[i] == UInt8(ascii: "\\") { i += 2; continue }
            if p[i] == UInt8(ascii: "{") { open = i; break }
            i += 1
        }
        guard open >= 0 else { out.append(p); return }
        var level = 0
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        var j = open + 1
        var close = -1
        while j < p.count {
            let c = p[j]
            if c == UInt8(ascii: "\\"), j + 1 < p.count {
                current.append(c); current.append(p[j + 1]); j += 2; continue
            }
            if c == UInt8(ascii: "{") { level += 1 }
            if c == UInt8(ascii: "}") {
                if level == 0 { close = j; break }
                level -= 1
            }
            if c == UInt8(ascii: ","), level == 0 {
                parts.append(current); current = []
            } else {
                current.append(c)
            }
            j += 1
        }
        guard close >= 0 else { out.append(p); return }
        parts.append(current)
        let prefix = Array(p[0..<open])
        let suffix = Array(p[(close + 1)...])
        for part in parts {
            expandBraces(prefix + part + suffix, into: &out, depth: depth + 1)
        }
    }

    private static func compile(_ p: [UInt8]) -> [Piece] {
        var pieces: [Piece] = []
        var i = 0
        while i < p.count {
            let c = p[i]
            switch c {
            case UInt8(ascii: "\\"):
                if i + 1 < p.count { pieces.append(.literal(p[i + 1])); i += 2 } else { pieces.append(.literal(c)); i += 1 }
            case UInt8(ascii: "*"):
                if i + 1 < p.count, p[i + 1] == UInt8(ascii: "*") {
                    pieces.append(.superStar); i += 2
                } else {
                    pieces.append(.star); i += 1
                }
            case UInt8(ascii: "?"):
                pieces.append(.any); i += 1
            case UInt8(ascii: "["):
                var j = i + 1
                var negated = false
                if j < p.count, p[j] == UInt8(ascii: "!") { negated = true; j += 1 }
                var ranges: [(UInt8, UInt8)] = []
                while j < p.count, p[j] != UInt8(ascii: "]") {
                    let lo = p[j]
                    if j + 2 < p.count, p[j + 1] == UInt8(ascii: "-"), p[j + 2] != UInt8(ascii: "]") {
                        ranges.append((lo, p[j + 2])); j += 3
                    } else {
                        ranges.append((lo, lo)); j += 1
                    }
                }
                if j < p.count {
                    pieces.append(.charClass(negated: negated, ranges: ranges)); i = j + 1
                } else {
                    pieces.append(.literal(c)); i += 1
                }
            default:
                pieces.append(.literal(c)); i += 1
            }
        }
        return pieces
    }

    private static func match(_ pieces: [Piece], _ text: [UInt8]) -> Bool {
        let n = text.count
        // reach[j]: pattern prefix matched text prefix of length j.
        var reach = [Bool](repeating: false, count: n + 1)
        reach[0] = true
        for piece in pieces {
            var next = [Bool](repeating: false, count: n + 1)
            switch piece {
            case .star, .superStar:
                var on = false
                for j in 0...n {
                    if reach[j] { on = true }
                    if case .star = piece, j > 0, text[j - 1] == UInt8(ascii: "/"), !reach[j] { on = false }
                    next[j] = on
                }
            default:
                for j in 0..<n where reach[j] {
                    let c = text[j]
                    var ok = false
                    switch piece {
                    case .literal(let l): ok = c == l
                    case .any: ok = c != UInt8(ascii: "/")
                    case .charClass(let negated, let ranges):
                        let inside = ranges.contains { c >= $0.0 && c <= $0.1 }
                        ok = (inside != negated) && c != UInt8(ascii: "/")
                    default: ok = false
                    }
                    if ok { next[j + 1] = true }
                }
            }
            reach = next
        }
        return reach[n]
    }
}
