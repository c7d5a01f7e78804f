import ChartRender

/// A pflag/cobra-style command line parser: `--flag=v`, `--flag v`, `-n v`, `-nv`,
/// `-n=v`, combined short booleans, repeatable array flags, CSV slice flags (`-f a,b`),
/// `--` ending flags, positional arguments interspersed. Error texts follow pflag.
struct FlagSet {
    enum Kind { case bool, string, array, slice, int, duration, map }

    struct Definition {
        var name: String
        var kind: Kind
        var shorthand: Character? = nil
        /// Value used when the flag is given without one (`--dry-run` -> `unset`).
        var noOptValue: String? = nil

        var display: String { shorthand.map { "-\($0), --\(name)" } ?? "--\(name)" }
    }

    struct Failure: Error { var message: String }
    struct HelpRequested: Error {}

    var byName: [String: Definition] = [:]
    var byShort: [Character: Definition] = [:]
    var strings: [String: String] = [:]
    var lists: [String: [String]] = [:]
    var bools: [String: Bool] = [:]
    var changed: [String] = []

    init(_ defs: [Definition]) {
        for d in defs {
            byName[d.name] = d
            if let s = d.shorthand { byShort[s] = d }
        }
    }

    func string(_ name: String) -> String { strings[name] ?? "" }
    func list(_ name: String) -> [String] { lists[name] ?? [] }
    func bool(_ name: String) -> Bool { bools[name] ?? false }
    func isSet(_ name: String) -> Bool { changed.contains(name) }

    /// Parses `args`, returns the positional arguments.
    mutating func parse(_ args: [String]) throws -> [String] {
        var positional: [String] = []
        var rest = args[...]
        while let s = rest.popFirst() {
            if s.count < 2 || !s.hasPrefix("-") { positional.append(s); continue }
            if s.hasPrefix("--") {
                if s == "--" { positional.append(contentsOf: rest); break }
                try long(s, &rest)
            } else {
                var shorts = Substring(s.dropFirst())
                while !shorts.isEmpty { shorts = try short(shorts, &rest) }
            }
        }
        return positional
    }

    mutating func long(_ s: String, _ rest: inout ArraySlice<String>) throws {
        let body = s.dropFirst(2)
        if body.isEmpty || body.hasPrefix("-") || body.hasPrefix("=") {
            throw Failure(message: "bad flag syntax: \(s)")
        }
        let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        guard let def = byName[name] else {
            if name == "help" { throw HelpRequested() }
            throw Failure(message: "unknown flag: --\(name)")
        }
        let value: String
        if parts.count == 2 { value = String(parts[1]) }
        else if let n = def.noOptValue ?? (def.kind == .bool ? "true" : nil) { value = n }
        else if let v = rest.popFirst() { value = v }
        else { throw Failure(message: "flag needs an argument: \(s)") }
        try set(def, value)
    }

    mutating func short(_ shorts: Substring, _ rest: inout ArraySlice<String>) throws -> Substring {
        guard let c = shorts.first else { return "" }
        guard let def = byShort[c] else {
            if c == "h" { throw HelpRequested() }
            throw Failure(message: "unknown shorthand flag: '\(c)' in -\(shorts)")
        }
        let after = shorts.dropFirst()
        var value: String
        var remaining: Substring = ""
        if after.count > 1, after.first == "=" { value = String(after.dropFirst()) }
        else if let n = def.noOptValue ?? (def.kind == .bool ? "true" : nil) { value = n; remaining = after }
        else if !after.isEmpty { value = String(after) }
        else if let v = rest.popFirst() { value = v }
        else { throw Failure(message: "flag needs an argument: '\(c)' in -\(shorts)") }
        try set(def, value)
        return remaining
    }

    mutating func set(_ def: Definition, _ value: String) throws {
        func invalid(_ why: String) -> Failure {
            Failure(message: "invalid argument \(GoQuote.quote(value)) for \(GoQuote.quote(def.display)) flag: \(why)")
        }
        switch def.kind {
        // pflag's boolValue and intValue: `strconv.ParseBool(s)`, `strconv.ParseInt(s, 0, 64)`.
        case .bool:
            do { bools[def.name] = try GoStrconv.parseBool(value) } catch { throw invalid(error.description) }
        case .int:
            do { _ = try GoStrconv.parseInt(value, base: 0, bitSize: 64) } catch { throw invalid(error.description) }
            strings[def.name] = value
        case .string, .duration:
            strings[def.name] = value
        case .array:
            lists[def.name, default: []].append(value)
        case .slice, .map:
            lists[def.name, default: []].append(contentsOf: try csvRecord(value, invalid))
        }
        if !changed.contains(def.name) { changed.append(def.name) }
    }

    /// One `encoding/csv` record (pflag's string slices).
    func csvRecord(_ v: String, _ invalid: (String) -> Failure) throws -> [String] {
        if v.isEmpty { return [] }
        var fields: [String] = []
        var cur = ""
        var inQuotes = false
        var wasQuoted = false
        let chars = Array(v)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { cur.append("\""); i += 2; continue }
                    inQuotes = false
                    if i + 1 < chars.count, chars[i + 1] != "," {
                        throw invalid("parse error on line 1, column \(i + 2): extraneous or missing \" in quoted-field")
                    }
                } else { cur.append(c) }
            } else if c == "," {
                fields.append(cur); cur = ""; wasQuoted = false
            } else if c == "\"" {
                if cur.isEmpty && !wasQuoted { inQuotes = true; wasQuoted = true } else {
                    throw invalid("parse error on line 1, column \(i + 1): bare \" in non-quoted-field")
                }
            } else { cur.append(c) }
            i += 1
        }
        if inQuotes { throw invalid("parse error on line 1, column \(chars.count + 1): extraneous or missing \" in quoted-field") }
        fields.append(cur)
        return fields
    }
}

