/// A Go struct or pointer seen by templates: field access (`.Chart.Name`), method calls
/// (`.Files.Get "x"`, `(semver "1.2.3").Major`), printing with `%v`, and serialisation.
///
/// Implementations live next to what they model (`Chart/`, `Functions/Dates.swift`, ...).
public protocol GoObject: AnyObject {
    /// The Go type, e.g. `.opaque("*chart.Metadata", kind: "ptr")`.
    var goType: GoType { get }

    /// An exported field by name, or nil when the type has no such field
    /// (the executor then tries `method(named:)`, then fails with
    /// `can't evaluate field X in type T`).
    func field(named name: String) -> Value?

    /// A method by name, or nil when there is none.
    func method(named name: String) -> GoMethod?

    /// What `fmt` prints for `%v` (and `{{ . }}`), e.g. `{1.36.0 1 36 ...}` or a time.
    var goDescription: String { get }

    /// The value `encoding/json` would encode (used by `toJson`, `toYaml`); nil when the
    /// object marshals to `{}` with no exported fields.
    var jsonValue: Value? { get }
}

extension GoObject {
    public func method(named name: String) -> GoMethod? { nil }
    public var jsonValue: Value? { nil }
}

/// A Go method or function value with its signature, callable from templates.
public struct GoMethod {
    public var signature: FunctionSignature
    public var body: (inout FunctionCall) throws -> Value

    public init(_ signature: FunctionSignature, _ body: @escaping (inout FunctionCall) throws -> Value) {
        self.signature = signature
        self.body = body
    }
}
