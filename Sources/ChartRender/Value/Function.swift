/// A template function: its Go signature and its body.
///
/// `text/template` checks and converts arguments by the Go signature before the call
/// (`wrong number of args for upper: want 1 got 2`, `wrong type for value; expected
/// string; got float64`, untyped number literals converted to the parameter type), so
/// every function declares it; the body receives arguments already converted.
public struct Function: Sendable {
    public var signature: FunctionSignature
    public var body: @Sendable (inout FunctionCall) throws -> Value

    public init(_ signature: FunctionSignature, _ body: @escaping @Sendable (inout FunctionCall) throws -> Value) {
        self.signature = signature
        self.body = body
    }
}

/// A Go function signature, e.g. `func(c int, s string) string` is
/// `FunctionSignature([.int, .string], returns: .string)`.
public struct FunctionSignature: Sendable {
    /// Fixed parameter types.
    public var params: [GoType]
    /// Element type of a final `...T` parameter, if any.
    public var variadic: GoType?
    /// The first result type (used for typed zero values and `call`).
    public var result: GoType
    /// Whether the Go function has a second `error` result (`mustX`, `include`, ...).
    public var returnsError: Bool

    public init(_ params: [GoType], variadic: GoType? = nil, returns result: GoType = .interface, throws returnsError: Bool = false) {
        self.params = params
        self.variadic = variadic
        self.result = result
        self.returnsError = returnsError
    }
}

/// One call of a function: the converted arguments and the services of the render.
public struct FunctionCall {
    /// Arguments after `text/template`'s conversion to the parameter types
    /// (variadic arguments follow the fixed ones).
    public var args: [Value]
    /// Name the function was called by (for messages).
    public var name: String
    /// Services of the current render (random source, clock, the template runtime).
    public var env: RenderEnvironment

    public init(args: [Value], name: String, env: RenderEnvironment) {
        self.args = args
        self.name = name
        self.env = env
    }

    public subscript(i: Int) -> Value { i < args.count ? args[i] : .null }

    /// Argument `i` as a Swift string; the signature guarantees the Go type.
    public func string(_ i: Int) -> String {
        if case .string(let s) = self[i] { return s }
        return ""
    }

    /// Argument `i` as an `int` parameter.
    public func int(_ i: Int) -> Int {
        switch self[i] {
        case .int(let v): return v
        case .int64(let v): return Int(v)
        case .intN(let v, _): return Int(v)
        case .uint64(let v): return Int(truncatingIfNeeded: v)
        default: return 0
        }
    }

    public func bool(_ i: Int) -> Bool {
        if case .bool(let b) = self[i] { return b }
        return false
    }
}

/// The settings of one render, as plain values: the random seed, the clock and the limits.
/// Two renders of one prepared chart with equal settings give identical bytes.
public struct RenderSettings: Sendable, Equatable {
    /// Go's `maxExecDepth` for nested `{{template}}` calls.
    public static let maxExecDepth = 100000

    /// Seed for `randAlphaNum`, `uuidv4`, `genCA`, ... (`--seed`); nil draws from the system.
    public var seed: UInt64?
    /// Seconds since the Unix epoch for `now` (`SOURCE_DATE_EPOCH`); nil means the real clock.
    public var fixedNow: Double?
    /// Go's `maxExecDepth` for nested `{{template}}` calls (100000), with its error text.
    /// Only instrumented builds lower it: under AddressSanitizer and coverage a level costs
    /// ~20 µs, so the fuzz harness uses 10000 to keep every input under libFuzzer's 1 s.
    public var maxTemplateDepth = RenderSettings.maxExecDepth
    /// Template nodes one render may execute (chartr's bound, Helm has none): a
    /// `range $i := 1000000000` ends with an error instead of running for minutes. The
    /// largest corpus chart needs well under 1% of it; the fuzz harness lowers it.
    public var maxSteps = 10_000_000
    /// `missingkey=error` instead of Helm's default `missingkey=zero`.
    public var strict = false
    /// Helm's lint mode (`required`/`fail` do not stop rendering).
    public var lintMode = false

    public init(seed: UInt64? = nil, fixedNow: Double? = nil) {
        self.seed = seed
        self.fixedNow = fixedNow
    }
}

/// The state of one render, made afresh by each render from its `RenderSettings`: the
/// random stream, the step counter, the build budget and the runtime hook for functions
/// that need the template engine (`include`, `tpl`). Nothing in it outlives the render.
public final class RenderEnvironment {
    public var random: RandomSource
    /// Seconds since the Unix epoch for `now`; nil means the real clock.
    public let fixedNow: Double?
    /// The engine that runs templates; set by the executor.
    public weak var runtime: TemplateRuntime?
    /// Whether `lookup`-style functions must stay offline (always true in chartr).
    public let offline = true
    /// Bytes the current render may still build (output and function results).
    public let buildBudget = BuildBudget()
    /// See `RenderSettings.maxTemplateDepth`.
    public let maxTemplateDepth: Int
    /// See `RenderSettings.maxSteps`.
    public let maxSteps: Int
    /// Nodes executed so far by this render (every executor of it).
    var steps = 0

    public init(settings: RenderSettings) {
        self.random = RandomSource(seed: settings.seed)
        self.fixedNow = settings.fixedNow
        self.maxTemplateDepth = settings.maxTemplateDepth
        self.maxSteps = settings.maxSteps
    }

    public convenience init(seed: UInt64? = nil, fixedNow: Double? = nil) {
        self.init(settings: RenderSettings(seed: seed, fixedNow: fixedNow))
    }

    /// The current time in seconds since the epoch (fractional), honouring `fixedNow`.
    public func now() -> Double {
        if let t = fixedNow { return t }
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// What the template engine offers to functions that call back into it.
public protocol TemplateRuntime: AnyObject {
    /// Helm's `include`: runs the named template with `data`, returns its output.
    func include(_ name: String, data: Value) throws -> String
    /// Helm's `tpl`: parses `text` as a template in the current template set and runs it.
    func tpl(_ text: String, data: Value) throws -> String
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
