/// Sprig's regular-expression functions over the port of Go's `regexp` (`Go/Regexp/`).
///
/// Sprig's plain forms call `regexp.MustCompile`, so a bad pattern panics and
/// `text/template` reports the panic text (`regexp: Compile(`[`): error parsing
/// regexp: …`); `regexMatch` uses `regexp.MatchString` and drops the error (false).
/// The `must` forms return the parse error itself.
extension Functions {
    static let regex: [String: Function] = [
        "regexMatch": Function(FunctionSignature([.string, .string], returns: .bool)) { call in
            guard let re = try? GoRegexp.compile(call.string(0)) else { return .bool(false) }
            return .bool(re.matches(call.string(1)))
        },
        "mustRegexMatch": Function(FunctionSignature([.string, .string], returns: .bool, throws: true)) { call in
            .bool(try compileRegex(call, must: true).matches(call.string(1)))
        },
        "regexFind": Function(FunctionSignature([.string, .string], returns: .string)) { call in
            .string(try compileRegex(call, must: false).find(call.string(1)))
        },
        "mustRegexFind": Function(FunctionSignature([.string, .string], returns: .string, throws: true)) { call in
            .string(try compileRegex(call, must: true).find(call.string(1)))
        },
        "regexFindAll": Function(FunctionSignature([.string, .string, .int], returns: .slice(.string))) { call in
            .strings(try compileRegex(call, must: false).findAll(call.string(1), call.int(2)))
        },
        "mustRegexFindAll": Function(FunctionSignature([.string, .string, .int], returns: .slice(.string), throws: true)) { call in
            .strings(try compileRegex(call, must: true).findAll(call.string(1), call.int(2)))
        },
        "regexReplaceAll": Function(FunctionSignature([.string, .string, .string], returns: .string)) { call in
            .string(try compileRegex(call, must: false).replaceAll(call.string(1), call.string(2), literal: false))
        },
        "mustRegexReplaceAll": Function(FunctionSignature([.string, .string, .string], returns: .string, throws: true)) { call in
            .string(try compileRegex(call, must: true).replaceAll(call.string(1), call.string(2), literal: false))
        },
        "regexReplaceAllLiteral": Function(FunctionSignature([.string, .string, .string], returns: .string)) { call in
            .string(try compileRegex(call, must: false).replaceAll(call.string(1), call.string(2), literal: true))
        },
        "mustRegexReplaceAllLiteral": Function(FunctionSignature([.string, .string, .string], returns: .string, throws: true)) { call in
            .string(try compileRegex(call, must: true).replaceAll(call.string(1), call.string(2), literal: true))
        },
        "regexSplit": Function(FunctionSignature([.string, .string, .int], returns: .slice(.string))) { call in
            .strings(try compileRegex(call, must: false).split(call.string(1), call.int(2)))
        },
        "mustRegexSplit": Function(FunctionSignature([.string, .string, .int], returns: .slice(.string), throws: true)) { call in
            .strings(try compileRegex(call, must: true).split(call.string(1), call.int(2)))
        },
        "regexQuoteMeta": Function(FunctionSignature([.string], returns: .string)) { call in
            .string(GoRegexp.quoteMeta(call.string(0)))
        },
    ]

    /// Compiles argument 0. `must`: the parse error as the function's error; otherwise
    /// the `MustCompile` panic text, which `text/template` turns into the call's error.
    static func compileRegex(_ call: FunctionCall, must: Bool) throws -> GoRegexp {
        let expr = call.string(0)
        do {
            return try GoRegexp.compile(expr)
        } catch {
            throw FunctionError(must ? String(describing: error) : GoRegexp.mustCompileMessage(expr, error))
        }
    }
}
