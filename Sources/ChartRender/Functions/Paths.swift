/// Sprig v3.3.0's path functions (Go `path`, and `path/filepath` which on Linux
/// behaves the same), URL functions (`url.go`), and the two network-facing functions
/// Helm renders offline: `getHostByName` ("" with DNS disabled) and Helm's `lookup`
/// (an empty map without a cluster).
extension Functions {
    static let pathsAndURLs: [String: Function] = {
        var t: [String: Function] = [:]
        let s1 = FunctionSignature([.string], returns: .string)
        let isAbs = FunctionSignature([.string], returns: .bool)
        for prefix in ["", "os"] {
            func name(_ base: String) -> String {
                prefix.isEmpty ? base : prefix + base.prefix(1).uppercased() + base.dropFirst()
            }
            t[name("base")] = Function(s1) { c in .string(SprigPath.base(c.string(0))) }
            t[name("dir")] = Function(s1) { c in .string(SprigPath.dir(c.string(0))) }
            t[name("clean")] = Function(s1) { c in .string(SprigPath.clean(c.string(0))) }
            t[name("ext")] = Function(s1) { c in .string(SprigPath.ext(c.string(0))) }
            t[name("isAbs")] = Function(isAbs) { c in .bool(c.string(0).utf8.first == UInt8(ascii: "/")) }
        }

        t["urlParse"] = Function(FunctionSignature([.string], returns: .stringMap)) { c in
            let u: SprigURL
            do {
                u = try SprigURL.parse(c.string(0))
            } catch let e as FunctionError {
                throw FunctionError("unable to parse url: " + e.message)
            }
            return .map([
                "scheme": .string(u.scheme),
                "host": .string(u.host),
                "hostname": .string(u.hostname),
                "path": .string(u.path),
                "query": .string(u.rawQuery),
                "opaque": .string(u.opaque),
                "fragment": .string(u.fragment),
                "userinfo": .string(u.userinfoString ?? ""),
            ], .stringMap)
        }
        t["urlJoin"] = Function(FunctionSignature([.stringMap], returns: .string)) { c in
            .string(try SprigPath.urlJoin(c[0].mapEntries ?? [:]))
        }

        t["getHostByName"] = Function(FunctionSignature([.string], returns: .string)) { _ in .string("") }
        t["lookup"] = Function(FunctionSignature([.string, .string, .string, .string], returns: .stringMap, throws: true)) { _ in
            .map([:], .stringMap)
        }
        return t
    }()
}

/// Go's `path` package (slash-separated, lexical).
enum SprigPath {
    /// `path.Clean`: the shortest equivalent path, `.` for empty.
    static func clean(_ p: String) -> String {
        let path = Array(p.utf8)
        if path.isEmpty { return "." }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let rooted = path[0] == slash
        let n = path.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var r = 0
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

    /// `path.Base`: the last element, trailing slashes removed; `.` for empty, `/` for
    /// only slashes.
    static func base(_ p: String) -> String {
        var b = Array(p.utf8)
        if b.isEmpty { return "." }
        while b.count > 0 && b[b.count - 1] == UInt8(ascii: "/") { b.removeLast() }
        if let i = b.lastIndex(of: UInt8(ascii: "/")) { b = Array(b[(i + 1)...]) }
        if b.isEmpty { return "/" }
        return String(decoding: b, as: UTF8.self)
    }

    /// `path.Dir`: everything up to the last slash, cleaned.
    static func dir(_ p: String) -> String {
        let b = Array(p.utf8)
        let cut = (b.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        return clean(String(decoding: b[0..<cut], as: UTF8.self))
    }

    /// `path.Ext`: from the last dot of the last element, or "".
    static func ext(_ p: String) -> String {
        let b = Array(p.utf8)
        var i = b.count - 1
        while i >= 0 && b[i] != UInt8(ascii: "/") {
            if b[i] == UInt8(ascii: ".") { return String(decoding: b[i...], as: UTF8.self) }
            i -= 1
        }
        return ""
    }

    /// Sprig's `urlJoin`: a `url.URL` from the dict's string fields, printed.
    static func urlJoin(_ d: [String: Value]) throws -> String {
        func field(_ key: String) throws -> String {
            guard let v = d[key] else { return "" }
            if v.isNull { throw FunctionError(GoCast.nilDereference) }
            guard let s = v.stringValue else {
                throw FunctionError("unable to parse \(key) key, must be of type string, but \(v.goKind) found")
            }
            return s
        }
        var u = SprigURL()
        u.scheme = try field("scheme")
        u.host = try field("host")
        u.path = try field("path")
        u.rawQuery = try field("query")
        u.opaque = try field("opaque")
        u.fragment = try field("fragment")
        let userinfo = try field("userinfo")
        if !userinfo.isEmpty {
            do {
                u.user = try SprigURL.parse("proto://" + userinfo + "@host").user
            } catch let e as FunctionError {
                throw FunctionError("unable to parse userinfo in dict: " + e.message)
            }
        }
        return u.string
    }
}
