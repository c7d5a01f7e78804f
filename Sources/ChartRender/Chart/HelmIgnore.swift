/// `.helmignore` rules (Helm's `pkg/ignore`): one pattern per line, `#` comments,
/// `!` negation, a trailing `/` for directories only, a leading `/` anchors at the chart
/// root, patterns with a `/` match the whole relative path, others the base name only.
/// `**` is rejected. Helm adds `templates/.?*` (dotfiles in templates/) to every rule set.
struct HelmIgnore {
    struct Rule {
        var pattern: String
        var negate: Bool
        var mustDir: Bool
        /// 0: base name only, 1: whole path, 2: anchored at root (leading `/` removed).
        var scope: Int
    }

    var rules: [Rule] = []

    init() {}

    /// Parses the text of a `.helmignore` file; errors carry Helm's messages.
    init(parsing bytes: [UInt8]) throws {
        var start = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == UInt8(ascii: "\n") {
                var line = String(decoding: bytes[start..<i], as: UTF8.self)
                if line.hasSuffix("\r") { line.removeLast() }
                try addRule(line)
                start = i + 1
            }
            i += 1
        }
    }

    /// Helm's `AddDefaults`: dotfiles under templates/ are never templates.
    mutating func addDefaults() {
        try? addRule("templates/.?*")
    }

    /// Helm's `parseRule`.
    mutating func addRule(_ text: String) throws {
        var rule = goTrimSpace(text)
        if rule.isEmpty || rule.hasPrefix("#") { return }
        if rule.contains("**") {
            throw RenderError(message: "double-star (**) syntax is not supported")
        }
        do { _ = try GoPathMatch.match(rule, "abc") } catch {
            throw RenderError(message: "syntax error in pattern")
        }
        var negate = false
        if rule.hasPrefix("!") { negate = true; rule.removeFirst() }
        var mustDir = false
        if rule.hasSuffix("/") { mustDir = true; rule.removeLast() }
        var scope = 0
        if rule.hasPrefix("/") { scope = 2; rule.removeFirst() } else if rule.contains("/") { scope = 1 }
        rules.append(Rule(pattern: rule, negate: negate, mustDir: mustDir, scope: scope))
    }

    /// Helm's `Rules.Ignore`: note that a negated rule that does *not* match ignores the
    /// path (Helm's own semantics, reproduced as is).
    func ignore(_ path: String, isDirectory: Bool) -> Bool {
        if path.isEmpty || path == "." || path == "./" { return false }
        for r in rules {
            let subject: String
            if r.scope == 0 {
                subject = GoPath.base(path)
            } else {
                subject = path
            }
            let m = GoPathMatch.matches(r.pattern, subject)
            if r.negate {
                if r.mustDir && !isDirectory { return true }
                if !m { return true }
                continue
            }
            if r.mustDir && !isDirectory { continue }
            if m { return true }
        }
        return false
    }
}
