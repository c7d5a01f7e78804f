/// Helm v4.2.3 `releaseutil.SplitManifests`: a rendered file is cut into documents with
/// the regex `(?:^|\s*\n)---\s*` after trimming leading white space; white-space-only
/// pieces are dropped and each kept piece loses its leading white space. So `---x` splits
/// too, and of consecutive `---` lines only the first is a separator.
enum SplitManifests {
    /// Go's `\s` in RE2: `[\t\n\f\r ]`.
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
    }

    /// The documents of `text`, in order.
    static func split(_ text: String) -> [String] {
        let all = GoString.bytes(text)
        let s = all[GoStrings.trimLeadingSpace(all)...]
        var pieces: [ArraySlice<UInt8>] = []
        var segStart = s.startIndex
        var pos = s.startIndex
        var j = s.startIndex
        while j + 3 <= s.endIndex {
            guard s[j] == UInt8(ascii: "-"), s[j + 1] == UInt8(ascii: "-"), s[j + 2] == UInt8(ascii: "-") else { j += 1; continue }
            var start: Int
            if j == s.startIndex {
                start = j
            } else if j - 1 >= pos, s[j - 1] == UInt8(ascii: "\n") {
                start = j - 1
                while start - 1 >= pos, isSpace(s[start - 1]) { start -= 1 }
            } else {
                j += 1
                continue
            }
            var end = j + 3
            while end < s.endIndex, isSpace(s[end]) { end += 1 }
            pieces.append(s[segStart..<start])
            segStart = end
            pos = end
            j = end
        }
        pieces.append(s[segStart...])
        var docs: [String] = []
        for p in pieces {
            let a = GoStrings.trimLeadingSpace(p)
            if a == p.endIndex { continue }
            docs.append(GoString.string(p[a...]))
        }
        return docs
    }
}
