/// An error of Go's `time` package, its description Go's text: `time: invalid duration "x"`,
/// `parsing time "x" as "2006": cannot parse "x" as "2006"`, `unknown time zone Mars/Base`.
struct GoTimeError: Error, CustomStringConvertible, Sendable {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
