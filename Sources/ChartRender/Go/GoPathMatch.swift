/// Go's `path/filepath.Match` with `/` as separator, over UTF-8 bytes. Used by
/// `.helmignore` rules and `helm template --show-only`.
///
/// Pattern:
///     { term }
/// term:
///     '*'  any sequence of non-separator characters
///     '?'  any single non-separator character
///     '[' [ '^' ] { character-range } ']'
///     c    matches character c (c != '*', '?', '\\', '[')
///     '\\' c  matches character c
enum GoPathMatch {
    /// `filepath.ErrBadPattern`.
    struct BadPattern: Error {}

    /// Whether `name` matches `pattern`; throws `BadPattern` for a malformed pattern
    /// (Go reports it only when it reaches the bad part).
    static func match(_ pattern: String, _ name: String) throws -> Bool {
        var p = ArraySlice(Array(pattern.utf8))
        var n = ArraySlice(Array(name.utf8))
        patternLoop: while !p.isEmpty {
            let (star, chunk, rest) = scanChunk(p)
            p = rest
            if star && chunk.isEmpty {
                // A trailing * matches the rest unless it holds a separator.
                return !n.contains(UInt8(ascii: "/"))
            }
            let (t, ok) = try matchChunk(chunk, n)
            if ok && (t.isEmpty || !p.isEmpty) {
                n = t
                continue
            }
            if star {
                var i = n.startIndex
                while i < n.endIndex && n[i] != UInt8(ascii: "/") {
                    let (t2, ok2) = try matchChunk(chunk, n[(i + 1)...])
                    if ok2 {
                        if p.isEmpty && !t2.isEmpty { i += 1; continue }
                        n = t2
                        continue patternLoop
                    }
                    i += 1
                }
            }
            // Check the rest of the pattern is well formed before answering false.
            while !p.isEmpty {
                let (_, c, r) = scanChunk(p)
                p = r
                _ = try matchChunk(c, [])
            }
            return false
        }
        return n.isEmpty
    }

    /// Like `match`, but a malformed pattern matches nothing (how Helm uses it).
    static func matches(_ pattern: String, _ name: String) -> Bool {
        (try? match(pattern, name)) ?? false
    }

    static func scanChunk(_ pattern: ArraySlice<UInt8>) -> (Bool, ArraySlice<UInt8>, ArraySlice<UInt8>) {
        var p = pattern
        var star = false
        while let f = p.first, f == UInt8(ascii: "*") { p = p.dropFirst(); star = true }
        var inRange = false
        var i = p.startIndex
        scan: while i < p.endIndex {
            switch p[i] {
            case UInt8(ascii: "\\"):
                if i + 1 < p.endIndex { i += 1 }
            case UInt8(ascii: "["): inRange = true
            case UInt8(ascii: "]"): inRange = false
            case UInt8(ascii: "*"):
                if !inRange { break scan }
            default: break
            }
            i += 1
        }
        return (star, p[p.startIndex..<i], p[i...])
    }

    /// Decodes one UTF-8 rune; invalid bytes give U+FFFD with width 1.
    static func decodeRune(_ s: ArraySlice<UInt8>) -> (UInt32, Int) {
        guard let b0 = s.first else { return (0xFFFD, 0) }
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let width: Int
        var value: UInt32
        if b0 & 0xE0 == 0xC0 { width = 2; value = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { width = 3; value = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { width = 4; value = UInt32(b0 & 0x07) }
        else { return (0xFFFD, 1) }
        if s.count < width { return (0xFFFD, 1) }
        var idx = s.startIndex + 1
        for _ in 1..<width {
            let b = s[idx]
            if b & 0xC0 != 0x80 { return (0xFFFD, 1) }
            value = value << 6 | UInt32(b & 0x3F)
            idx += 1
        }
        return (value, width)
    }

    static func getEsc(_ chunk: ArraySlice<UInt8>) throws -> (UInt32, ArraySlice<UInt8>) {
        var c = chunk
        guard let f = c.first, f != UInt8(ascii: "-"), f != UInt8(ascii: "]") else { throw BadPattern() }
        if f == UInt8(ascii: "\\") {
            c = c.dropFirst()
            if c.isEmpty { throw BadPattern() }
        }
        let (r, w) = decodeRune(c)
        if r == 0xFFFD && w == 1 { throw BadPattern() }
        c = c.dropFirst(w)
        if c.isEmpty { throw BadPattern() }
        return (r, c)
    }

    /// Matches one chunk at the start of `s`; returns the rest and whether it matched.
    static func matchChunk(_ chunk: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) throws -> (ArraySlice<UInt8>, Bool) {
        var c = chunk
        var s = s
        var failed = false
        while let f = c.first {
            if !failed && s.isEmpty { failed = true }
            switch f {
            case UInt8(ascii: "["):
                var r: UInt32 = 0
                if !failed {
                    let (rr, w) = decodeRune(s)
                    r = rr
                    s = s.dropFirst(w)
                }
                c = c.dropFirst()
                var negated = false
                if c.first == UInt8(ascii: "^") { negated = true; c = c.dropFirst() }
                var matched = false
                var nrange = 0
                while true {
                    if c.first == UInt8(ascii: "]") && nrange > 0 { c = c.dropFirst(); break }
                    let (lo, rest) = try getEsc(c)
                    c = rest
                    var hi = lo
                    if c.first == UInt8(ascii: "-") {
                        let (h, rest2) = try getEsc(c.dropFirst())
                        hi = h
                        c = rest2
                    }
                    if lo <= r && r <= hi { matched = true }
                    nrange += 1
                }
                if matched == negated { failed = true }
            case UInt8(ascii: "?"):
                if !failed {
                    if s.first == UInt8(ascii: "/") { failed = true }
                    let (_, w) = decodeRune(s)
                    s = s.dropFirst(w)
                }
                c = c.dropFirst()
            default:
                if f == UInt8(ascii: "\\") {
                    c = c.dropFirst()
                    if c.isEmpty { throw BadPattern() }
                }
                if !failed {
                    if c.first != s.first { failed = true }
                    s = s.dropFirst()
                }
                c = c.dropFirst()
            }
        }
        if failed { return ([], false) }
        return (s, true)
    }
}
