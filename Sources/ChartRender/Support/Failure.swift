/// The two message-carrying errors that every layer above `Support/` may throw: a Go
/// `error` returned by a template function, and a failure with Helm's complete message.
/// (Typed errors with payloads replace message strings layer by layer; see issue 10.)

/// An error returned by a function (Go's `error` result). The executor reports it as
/// `error calling NAME: <message>`.
struct FunctionError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// A render failure with Helm's complete message (one of its four shapes).
struct RenderError: Error, CustomStringConvertible {
    var message: String
    init(message: String) { self.message = message }
    var description: String { message }
}
