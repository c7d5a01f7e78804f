/// An execution error with Go's structure (`text/template.ExecError`): where it
/// happened and its cause, which is either the executor's own message or an error
/// returned by a called function (`error calling NAME: ...`), possibly itself an
/// execution error of an included template. Helm's error formatting walks this chain.
public struct TemplateExecError: Error, CustomStringConvertible {
    /// Why execution stopped.
    public indirect enum Cause {
        case message(String)
        case call(String, Error)
    }

    /// Name of the template being executed (`executing "NAME"`).
    public let templateName: String
    /// `file:line:col`, or nil when no node was being evaluated.
    public let location: String?
    /// The node's source form (`at <...>`).
    public let context: String
    public let cause: Cause

    public var causeText: String {
        switch cause {
        case .message(let m): return m
        case .call(let name, let err): return "error calling " + name + ": " + String(describing: err)
        }
    }

    /// Go's message: `template: LOC: executing "NAME" at <CTX>: CAUSE`.
    public var description: String {
        guard let location else { return "template: " + templateName + ": " + causeText }
        return "template: " + location + ": executing " + GoQuote.quote(templateName) + " at <" + context + ">: " + causeText
    }
}

/// `ExecuteTemplate` of a name the set does not hold.
public struct TemplateNotFoundError: Error, CustomStringConvertible {
    public let name: String
    public let setName: String
    public var description: String {
        "template: no template " + GoQuote.quote(name) + " associated with template " + GoQuote.quote(setName)
    }
}

/// `{{break}}` and `{{continue}}` unwind to their range as Swift errors.
enum LoopSignal: Error {
    case breakLoop
    case continueLoop
}
