/// A place in a template: the name it was parsed under, the UTF-8 byte offset of a node,
/// and the line and column Go computes from it (the column counts bytes from the line
/// start, 0-based, as `text/template` prints it).
public struct TemplatePosition: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let offset: Int
    public let line: Int
    public let column: Int
    public init(file: String, offset: Int, line: Int, column: Int) {
        self.file = file
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Go's `file:line:col`.
    public var description: String { file + ":" + String(line) + ":" + String(column) }
}

/// An execution error with Go's structure (`text/template.ExecError`): where it
/// happened and its cause, which is either the executor's own message or an error
/// returned by a called function (`error calling NAME: ...`), possibly itself an
/// execution error of an included template. Helm's error formatting walks this chain.
/// A class, so that the recursive executor's frames hold one pointer for it, not its fields
/// (each `{{template}}` level is a few frames; Go allows 100000 levels).
public final class TemplateExecError: Error, CustomStringConvertible {
    /// Why execution stopped.
    public indirect enum Cause {
        case message(String)
        case call(String, Error)
    }

    /// Name of the template being executed (`executing "NAME"`).
    public let templateName: String
    /// Where the failing node is, or nil when no node was being evaluated.
    public let position: TemplatePosition?
    /// Go's `file:line:col`, or nil when no node was being evaluated.
    public var location: String? { position?.description }
    /// The node's source form (`at <...>`).
    public let context: String
    public let cause: Cause

    init(templateName: String, position: TemplatePosition?, context: String, cause: Cause) {
        self.templateName = templateName
        self.position = position
        self.context = context
        self.cause = cause
    }

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
