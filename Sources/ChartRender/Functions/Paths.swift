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
            t[name("base")] = Function(s1) { c in .string(GoPath.base(c.string(0))) }
            t[name("dir")] = Function(s1) { c in .string(GoPath.dir(c.string(0))) }
            t[name("clean")] = Function(s1) { c in .string(GoPath.clean(c.string(0))) }
            t[name("ext")] = Function(s1) { c in .string(GoPath.ext(c.string(0))) }
            t[name("isAbs")] = Function(isAbs) { c in .bool(GoPath.isAbs(c.string(0))) }
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

/// Sprig's URL helpers.
enum SprigPath {
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
