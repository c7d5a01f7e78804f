/// Helm's engine-bound template functions (`pkg/engine/engine.go` `initFunMap`):
/// `include` and `tpl` call back into the engine; `required` and `fail` wrap their
/// message in Helm's error markers so the engine can report it as
/// `execution error at (<file>:<line>:<col>): <message>`.
enum HelmFunctions {
    static let warnStart = "HELM_ERR_START"
    static let warnEnd = "HELM_ERR_END"

    static func warnWrap(_ s: String) -> String { warnStart + s + warnEnd }

    /// The four functions for one render.
    static func table(lintMode: Bool) -> [String: Function] {
        [
            "include": Function(FunctionSignature([.string, .interface], returns: .string, throws: true)) { call in
                guard let rt = call.env.runtime else { throw FunctionError("template runtime unavailable") }
                return .string(try rt.include(call.string(0), data: call[1]))
            },
            "tpl": Function(FunctionSignature([.string, .interface], returns: .string, throws: true)) { call in
                guard let rt = call.env.runtime else { throw FunctionError("template runtime unavailable") }
                return .string(try rt.tpl(call.string(0), data: call[1]))
            },
            "required": Function(FunctionSignature([.string, .interface], returns: .interface, throws: true)) { call in
                let val = call[1]
                var missing = val.isNull
                if case .string(let s) = val, s.isEmpty { missing = true }
                if missing {
                    if lintMode { return .string("") }
                    throw FunctionError(warnWrap(call.string(0)))
                }
                return val
            },
            "fail": Function(FunctionSignature([.string], returns: .string, throws: true)) { call in
                if lintMode { return .string("") }
                throw FunctionError(warnWrap(call.string(0)))
            },
        ]
    }
}

/// A template of the chart that did not parse or execute, as data. `helmMessage` is the
/// one place Helm's wording of it is made.
enum TemplateFailure: Error, CustomStringConvertible {
    case parse(TemplateParseError)
    /// The template at `file` stopped: a `TemplateExecError` (its cause chain runs through
    /// `include`s), or chartr's render-wide `NestingLimitError`.
    case execution(file: String, any Error)

    /// The template file that failed (for a parse error, the file being parsed).
    var file: String {
        switch self {
        case .parse(let e): return e.parseName
        case .execution(let file, _): return file
        }
    }

    /// Where it failed: the failing node of the outermost template for execution errors,
    /// the token for parse errors (column 0: Go reports only the line).
    var position: TemplatePosition? {
        switch self {
        case .parse(let e): return TemplatePosition(file: e.parseName, offset: e.offset, line: e.line, column: 0)
        case .execution(_, let error): return (error as? TemplateExecError)?.position
        }
    }

    /// Helm's message (`parse error at (...)`, `execution error at (...)`, or the trace).
    var helmMessage: String { helmMessage(.engine) }

    /// Helm's message in one of its two wordings.
    func helmMessage(_ style: HelmErrorFormat.Style) -> String {
        switch self {
        case .parse(let e): return HelmErrorFormat.parseError(e, style)
        case .execution(let file, let error): return HelmErrorFormat.execError(error, filename: file, style)
        }
    }

    var description: String { helmMessage }
}

/// Helm's rewriting of template errors into its four message shapes
/// (`cleanupParseError`, `cleanupExecError` and the multi-line trace form).
enum HelmErrorFormat {
    /// The engine says `parse error at (LOC): MSG` and `execution error at (LOC): MSG`;
    /// Helm's `--name-template` says `template: LOC: MSG` for both.
    enum Style {
        case engine
        case nameTemplate

        func located(_ parse: Bool, _ location: String, _ message: String) -> String {
            switch self {
            case .engine: return (parse ? "parse error at (" : "execution error at (") + location + "): " + message
            case .nameTemplate: return "template: " + location + ": " + message
            }
        }
    }

    /// `parse error at (<file>:<line>): <message>`. Helm's `cleanupParseError` cuts Go's
    /// text `template: NAME:LINE: MESSAGE` at every ": " and keeps the second piece and the
    /// last: a message that itself holds ": " (`bad number syntax: "12a"`) keeps only its
    /// tail. Built here from the fields, with that rule.
    static func parseError(_ e: TemplateParseError, _ style: Style = .engine) -> String {
        // Go's text is "template: " + location + ": " + message, so the second piece is the
        // location's first piece (all of it unless the template name holds ": ").
        style.located(true, firstPiece(e.parseName + ":" + String(e.line)), lastPiece(e.message))
    }

    /// The text before the first ": ".
    private static func firstPiece(_ s: String) -> String {
        guard let r = s.range(of: ": ") else { return s }
        return String(s[..<r.lowerBound])
    }

    /// The text after the last ": ".
    private static func lastPiece(_ s: String) -> String {
        guard let r = s.range(of: ": ", options: .backwards) else { return s }
        return String(s[r.upperBound...])
    }

    /// Execution errors: `fail`/`required` markers, the multi-line trace when every
    /// cause is a template error, else Go's one-line message.
    static func execError(_ error: Error, filename: String, _ style: Style = .engine) -> String {
        // chartr's render-wide nesting limit (Helm has none and crashes): name the file.
        if let limit = error as? NestingLimitError { return "execution error in (" + filename + "): " + limit.message }
        guard let e = error as? TemplateExecError else { return String(describing: error) }
        let full = e.description
        let tokens = splitN(full, ": ", 3)
        if tokens.count != 3 { return "execution error in (" + filename + "): " + full }
        if let warn = extractWarning(tokens[2]) {
            return style.located(false, tokens[1], warn)
        }
        var out = ""
        var current: Error = e
        // Each level is an include (bounded by Helm's include limit).
        while true {
            if let ex = current as? TemplateExecError {
                guard let loc = ex.location else { return full }
                out += loc + "\n  executing " + GoQuote.quote(ex.templateName) + " at <" + ex.context + ">:\n    "
                switch ex.cause {
                case .message(let m):
                    out += m + "\n"
                    return trimTrailingNewline(out)
                case .call(let name, let inner):
                    out += "error calling " + name + ":\n"
                    current = inner
                }
            } else if let nt = current as? TemplateNotFoundError {
                out += nt.description + "\n"
                return trimTrailingNewline(out)
            } else {
                return full
            }
        }
    }

    private static func trimTrailingNewline(_ s: String) -> String {
        var b = Array(s.utf8)
        while let l = b.last, l == 10 || l == 32 { b.removeLast() }
        return String(decoding: b, as: UTF8.self)
    }

    /// Helm's `HELM_ERR_START((?s).*)HELM_ERR_END`: first start marker to last end marker.
    static func extractWarning(_ s: String) -> String? {
        let b = Array(s.utf8)
        let start = Array(HelmFunctions.warnStart.utf8)
        let end = Array(HelmFunctions.warnEnd.utf8)
        guard let i = find(start, in: b, from: 0) else { return nil }
        let from = i + start.count
        var last: Int? = nil
        var k = from
        while let j = find(end, in: b, from: k) {
            last = j
            k = j + 1
        }
        guard let j = last else { return nil }
        return String(decoding: b[from..<j], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        if needle.isEmpty || hay.count < needle.count { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] {
                var ok = true
                var k = 1
                while k < needle.count {
                    if hay[i + k] != needle[k] { ok = false; break }
                    k += 1
                }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }

    /// Go's `strings.SplitN`.
    static func splitN(_ s: String, _ sep: String, _ n: Int) -> [String] {
        let b = Array(s.utf8)
        let sp = Array(sep.utf8)
        var out: [String] = []
        var start = 0
        var i = 0
        while out.count < n - 1, let j = find(sp, in: b, from: i) {
            out.append(String(decoding: b[start..<j], as: UTF8.self))
            start = j + sp.count
            i = start
        }
        out.append(String(decoding: b[start...], as: UTF8.self))
        return out
    }
}
