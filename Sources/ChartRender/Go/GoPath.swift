/// Go's `path` package (slash-separated, purely lexical), which is also what
/// `path/filepath` does on Linux: `Clean`, `Base`, `Dir`, `Ext`, `IsAbs`, `Join`. This is
/// the one port; Sprig's path functions, the chart loader, `.helmignore`, the manifest
/// sorter and `--output-dir` use it.
///
/// Works on the UTF-8 bytes; the escape scalars of `GoString` never contain `/` or `.`,
/// so strings holding invalid bytes come back intact.
public enum GoPath {
    static let slash = UInt8(ascii: "/")
    static let dot = UInt8(ascii: ".")

    /// `path.Clean`: the shortest equivalent path — repeated slashes folded, `.` elements
    /// dropped, `..` elements eaten with the element before them (at the root they
    /// vanish), no trailing slash; `.` for an empty result.
    public static func clean(_ p: String) -> String {
        let path = Array(p.utf8)
        if path.isEmpty { return "." }
        let rooted = path[0] == slash
        let n = path.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var r = 0
        // Where `..` can no longer back up to.
        var dotdot = 0
        if rooted {
            out.append(slash)
            r = 1
            dotdot = 1
        }
        while r < n {
            if path[r] == slash {
                r += 1
            } else if path[r] == dot && (r + 1 == n || path[r + 1] == slash) {
                r += 1
            } else if path[r] == dot && r + 1 < n && path[r + 1] == dot && (r + 2 == n || path[r + 2] == slash) {
                r += 2
                if out.count > dotdot {
                    // Drop the last element and the slash before it.
                    var removed = out.removeLast()
                    while out.count > dotdot && removed != slash { removed = out.removeLast() }
                } else if !rooted {
                    if !out.isEmpty { out.append(slash) }
                    out.append(dot)
                    out.append(dot)
                    dotdot = out.count
                }
            } else {
                if (rooted && out.count != 1) || (!rooted && !out.isEmpty) { out.append(slash) }
                while r < n && path[r] != slash {
                    out.append(path[r])
                    r += 1
                }
            }
        }
        if out.isEmpty { return "." }
        return String(decoding: out, as: UTF8.self)
    }

    /// `path.Base`: the last element, trailing slashes removed; `.` for an empty path, `/`
    /// for one of only slashes.
    public static func base(_ p: String) -> String {
        var b = Array(p.utf8)
        if b.isEmpty { return "." }
        while let last = b.last, last == slash { b.removeLast() }
        if let i = b.lastIndex(of: slash) { b = Array(b[(i + 1)...]) }
        if b.isEmpty { return "/" }
        return String(decoding: b, as: UTF8.self)
    }

    /// `path.Dir`: everything up to the last slash, cleaned.
    public static func dir(_ p: String) -> String {
        let b = Array(p.utf8)
        let cut = (b.lastIndex(of: slash) ?? -1) + 1
        return clean(String(decoding: b[0..<cut], as: UTF8.self))
    }

    /// `path.Ext`: from the last dot of the last element, or "".
    public static func ext(_ p: String) -> String {
        let b = Array(p.utf8)
        var i = b.count - 1
        while i >= 0 && b[i] != slash {
            if b[i] == dot { return String(decoding: b[i...], as: UTF8.self) }
            i -= 1
        }
        return ""
    }

    /// `path.IsAbs`.
    public static func isAbs(_ p: String) -> Bool {
        p.utf8.first == slash
    }

    /// `path.Join`: the non-empty elements joined with slashes, cleaned; "" when all are empty.
    public static func join(_ elements: String...) -> String {
        let parts = elements.drop { $0.isEmpty }
        if parts.isEmpty { return "" }
        return clean(parts.joined(separator: "/"))
    }
}
