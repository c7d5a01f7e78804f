/// The part of Go's `net/url` behind Sprig's `urlParse` and `urlJoin`: `url.Parse`
/// (scheme, opaque, authority with userinfo and host, escaped path, query, fragment)
/// and `(*URL).String`, with Go's error texts.
struct SprigURL {
    var scheme = ""
    var opaque = ""
    /// Userinfo: username and optional password, both unescaped.
    var user: (name: String, password: String?)?
    var host = ""
    var path = ""
    var rawPath = ""
    var omitHost = false
    var forceQuery = false
    var rawQuery = ""
    var fragment = ""

    /// A parse failure: Go's message without the `parse "<url>": ` frame.
    struct Failure: Error { var message: String }

    enum Mode { case path, pathSegment, host, zone, userPassword, queryComponent, fragment }

    // MARK: url.Parse

    /// `url.Parse`; the thrown message includes `parse "<url>": `.
    static func parse(_ raw: String) throws -> SprigURL {
        let bytes = Array(raw.utf8)
        var frag: [UInt8]? = nil
        var main = bytes
        if let h = bytes.firstIndex(of: UInt8(ascii: "#")) {
            main = Array(bytes[..<h])
            frag = Array(bytes[(h + 1)...])
        }
        var u: SprigURL
        do {
            u = try parseMain(main)
        } catch let f as Failure {
            throw FunctionError("parse " + quoted(main) + ": " + f.message)
        }
        if let frag, !frag.isEmpty {
            do {
                u.fragment = try unescape(frag, .fragment)
            } catch let f as Failure {
                throw FunctionError("parse " + quoted(bytes) + ": " + f.message)
            }
        }
        return u
    }

    private static func quoted(_ b: [UInt8]) -> String {
        GoFmt.sprintf("%q", [.string(String(decoding: b, as: UTF8.self))])
    }

    private static func parseMain(_ raw: [UInt8]) throws -> SprigURL {
        if raw.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw Failure(message: "net/url: invalid control character in URL")
        }
        var u = SprigURL()
        if raw == [UInt8(ascii: "*")] {
            u.path = "*"
            return u
        }
        var (scheme, rest) = try getScheme(raw)
        u.scheme = String(decoding: scheme.map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 }, as: UTF8.self)
        scheme = []
        let q = UInt8(ascii: "?")
        if rest.last == q && rest.filter({ $0 == q }).count == 1 {
            u.forceQuery = true
            rest.removeLast()
        } else if let i = rest.firstIndex(of: q) {
            u.rawQuery = String(decoding: rest[(i + 1)...], as: UTF8.self)
            rest = Array(rest[..<i])
        }
        let slash = UInt8(ascii: "/")
        if rest.first != slash {
            if !u.scheme.isEmpty {
                u.opaque = String(decoding: rest, as: UTF8.self)
                return u
            }
            let segment = rest.split(separator: slash, maxSplits: 1, omittingEmptySubsequences: false).first ?? []
            if segment.contains(UInt8(ascii: ":")) {
                throw Failure(message: "first path segment in URL cannot contain colon")
            }
        }
        let startsAuthority = rest.count >= 2 && rest[0] == slash && rest[1] == slash
        let tripleSlash = rest.count >= 3 && startsAuthority && rest[2] == slash
        if (!u.scheme.isEmpty || !tripleSlash) && startsAuthority {
            var authority = Array(rest[2...])
            rest = []
            if let i = authority.firstIndex(of: slash) {
                rest = Array(authority[i...])
                authority = Array(authority[..<i])
            }
            try u.parseAuthority(authority)
        } else if !u.scheme.isEmpty && rest.first == slash {
            u.omitHost = true
        }
        u.path = try unescape(rest, .path)
        let escaped = escape(Array(u.path.utf8), .path)
        u.rawPath = escaped == String(decoding: rest, as: UTF8.self) ? "" : String(decoding: rest, as: UTF8.self)
        return u
    }

    /// `getScheme`: letters, then letters, digits, `+`, `-`, `.` up to a colon.
    private static func getScheme(_ raw: [UInt8]) throws -> ([UInt8], [UInt8]) {
        for (i, c) in raw.enumerated() {
            switch c {
            case 97...122, 65...90:
                continue
            case 48...57, UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if i == 0 { return ([], raw) }
            case UInt8(ascii: ":"):
                if i == 0 { throw Failure(message: "missing protocol scheme") }
                return (Array(raw[..<i]), Array(raw[(i + 1)...]))
            default:
                return ([], raw)
            }
        }
        return ([], raw)
    }

    private mutating func parseAuthority(_ authority: [UInt8]) throws {
        let at = authority.lastIndex(of: UInt8(ascii: "@"))
        host = try SprigURL.parseHost(at.map { Array(authority[($0 + 1)...]) } ?? authority)
        guard let at else { return }
        let info = Array(authority[..<at])
        if !SprigURL.validUserinfo(info) { throw Failure(message: "net/url: invalid userinfo") }
        if let colon = info.firstIndex(of: UInt8(ascii: ":")) {
            user = (try SprigURL.unescape(Array(info[..<colon]), .userPassword),
                    try SprigURL.unescape(Array(info[(colon + 1)...]), .userPassword))
        } else {
            user = (try SprigURL.unescape(info, .userPassword), nil)
        }
    }

    private static func parseHost(_ host: [UInt8]) throws -> String {
        if host.first == UInt8(ascii: "[") {
            guard let close = host.lastIndex(of: UInt8(ascii: "]")) else {
                throw Failure(message: "missing ']' in host")
            }
            let colonPort = Array(host[(close + 1)...])
            if !validOptionalPort(colonPort) {
                throw Failure(message: "invalid port " + quoted(colonPort) + " after host")
            }
            // Go 1.26 checks the IP literal with netip.ParseAddr (zone unescaped).
            let unescaped = Array(try unescape(host, .host).utf8)
            let end = unescaped.lastIndex(of: UInt8(ascii: "]")) ?? unescaped.count
            let literal = String(decoding: unescaped[1..<max(1, end)], as: UTF8.self)
            switch SprigNetIP.parseAddr(literal) {
            case .failure(let e): throw Failure(message: "invalid host: " + e.message)
            case .success(.v4): throw Failure(message: "invalid IP-literal")
            case .success(.v6): break
            }
        } else if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
            let colonPort = Array(host[colon...])
            if !validOptionalPort(colonPort) {
                throw Failure(message: "invalid port " + quoted(colonPort) + " after host")
            }
        }
        return try unescape(host, .host)
    }

    /// `validOptionalPort`: empty, or a colon and digits.
    static func validOptionalPort(_ p: [UInt8]) -> Bool {
        if p.isEmpty { return true }
        if p[0] != UInt8(ascii: ":") { return false }
        return p.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    private static func validUserinfo(_ s: [UInt8]) -> Bool {
        for c in s {
            switch c {
            case 97...122, 65...90, 48...57: continue
            default:
                if !"-._:~!$&'()*+,;=%@".utf8.contains(c) { return false }
            }
        }
        return true
    }

    /// `(*URL).Hostname`: the host without port and IPv6 brackets.
    var hostname: String {
        var h = Array(host.utf8)
        if let colon = h.lastIndex(of: UInt8(ascii: ":")), SprigURL.validOptionalPort(Array(h[colon...])) {
            h = Array(h[..<colon])
        }
        if h.first == UInt8(ascii: "["), h.last == UInt8(ascii: "]"), h.count >= 2 {
            h = Array(h[1..<(h.count - 1)])
        }
        return String(decoding: h, as: UTF8.self)
    }

    /// `(*Userinfo).String`: escaped user, `:` and escaped password when set.
    var userinfoString: String? {
        guard let user else { return nil }
        var s = SprigURL.escape(Array(user.name.utf8), .userPassword)
        if let p = user.password { s += ":" + SprigURL.escape(Array(p.utf8), .userPassword) }
        return s
    }

    // MARK: (*URL).String

    var string: String {
        var out = ""
        if !scheme.isEmpty { out += scheme + ":" }
        if !opaque.isEmpty {
            out += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || user != nil {
                if omitHost && host.isEmpty && user == nil {
                    // empty host omitted
                } else {
                    if !host.isEmpty || !path.isEmpty || user != nil { out += "//" }
                    if let ui = userinfoString { out += ui + "@" }
                    if !host.isEmpty { out += SprigURL.escape(Array(host.utf8), .host) }
                }
            }
            let p = escapedPath
            if !p.isEmpty && !p.hasPrefix("/") && !host.isEmpty { out += "/" }
            if out.isEmpty {
                let segment = p.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if segment.contains(":") { out += "./" }
            }
            out += p
        }
        if forceQuery || !rawQuery.isEmpty { out += "?" + rawQuery }
        if !fragment.isEmpty { out += "#" + SprigURL.escape(Array(fragment.utf8), .fragment) }
        return out
    }

    var escapedPath: String {
        if !rawPath.isEmpty, let unescaped = try? SprigURL.unescape(Array(rawPath.utf8), .path), unescaped == path {
            return rawPath
        }
        if path == "*" { return "*" }
        return SprigURL.escape(Array(path.utf8), .path)
    }

    // MARK: escaping

    static func isHex(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c | 0x20 >= 97 && c | 0x20 <= 102)
    }

    static func unhex(_ c: UInt8) -> UInt8 {
        if c >= 48 && c <= 57 { return c - 48 }
        return (c | 0x20) - 97 + 10
    }

    /// `shouldEscape(c, mode)` of net/url.
    static func shouldEscape(_ c: UInt8, _ mode: Mode) -> Bool {
        switch c {
        case 97...122, 65...90, 48...57: return false
        default: break
        }
        if mode == .host || mode == .zone {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                 UInt8(ascii: ">"), UInt8(ascii: "\""):
                return false
            default: break
            }
        }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            switch mode {
            case .path: return c == UInt8(ascii: "?")
            case .pathSegment: return c == UInt8(ascii: "/") || c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == UInt8(ascii: "?")
            case .userPassword: return c == UInt8(ascii: "@") || c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":")
            case .queryComponent: return true
            case .fragment: return false
            case .host, .zone: return true
            }
        default: break
        }
        if mode == .fragment {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"): return false
            default: break
            }
        }
        return true
    }

    /// `escape(s, mode)`: `%XX` (upper-case hex) for every byte that must be escaped.
    static func escape(_ s: [UInt8], _ mode: Mode) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s {
            if shouldEscape(c, mode) {
                if c == UInt8(ascii: " ") && mode == .queryComponent {
                    out.append(UInt8(ascii: "+"))
                } else {
                    out.append(UInt8(ascii: "%"))
                    out.append(hex[Int(c >> 4)])
                    out.append(hex[Int(c & 15)])
                }
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `unescape(s, mode)` with Go's `invalid URL escape "%zz"` and
    /// `invalid character " " in host name` errors.
    static func unescape(_ s: [UInt8], _ mode: Mode) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "%") {
                if i + 2 >= s.count || !isHex(s[i + 1]) || !isHex(s[i + 2]) {
                    let bad = Array(s[i..<min(s.count, i + 3)])
                    throw Failure(message: "invalid URL escape " + quoted(bad))
                }
                let v = unhex(s[i + 1]) << 4 | unhex(s[i + 2])
                if mode == .host && unhex(s[i + 1]) < 8 && !(s[i + 1] == UInt8(ascii: "2") && s[i + 2] == UInt8(ascii: "5")) {
                    throw Failure(message: "invalid URL escape " + quoted(Array(s[i..<(i + 3)])))
                }
                out.append(v)
                i += 3
            } else if c == UInt8(ascii: "+") {
                out.append(mode == .queryComponent ? UInt8(ascii: " ") : c)
                i += 1
            } else {
                if (mode == .host || mode == .zone) && c < 0x80 && shouldEscape(c, mode) {
                    throw Failure(message: "invalid character " + quoted([c]) + " in host name")
                }
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
