import Testing
@testable import ChartRender

/// One direct call of a Sprig function and what Helm 4.2.3 makes of it: the value as
/// `{{ }}` prints it, its Go type, or the error text after `error calling NAME: `.
struct SprigCall: CustomTestStringConvertible, Sendable {
    enum Expect: Sendable {
        case prints(String)
        case type(String)
        case fails(String)
    }

    let name: String
    let args: [SendableValue]
    let expect: Expect

    init(_ name: String, _ args: [Value], prints: String) {
        self.name = name
        self.args = args.map(SendableValue.init)
        self.expect = .prints(prints)
    }

    init(_ name: String, _ args: [Value], type: String) {
        self.name = name
        self.args = args.map(SendableValue.init)
        self.expect = .type(type)
    }

    init(_ name: String, _ args: [Value], fails: String) {
        self.name = name
        self.args = args.map(SendableValue.init)
        self.expect = .fails(fails)
    }

    var testDescription: String {
        name + " " + args.map { GoFmt.formatValue($0.value) }.joined(separator: " ")
    }

    /// Runs the call through `Functions.table` and checks the expectation.
    func check() {
        guard let f = Functions.table[name] else {
            Issue.record("function \(name) is not defined")
            return
        }
        var call = FunctionCall(args: args.map(\.value), name: name, env: RenderEnvironment(seed: 1))
        do {
            let v = try f.body(&call)
            switch expect {
            case .prints(let s): #expect(GoFmt.formatValue(v) == s)
            case .type(let t): #expect(v.goType.name == t)
            case .fails(let e): Issue.record("expected failure \(e), got \(GoFmt.formatValue(v))")
            }
        } catch let e as FunctionError {
            if case .fails(let expected) = expect {
                #expect(e.message == expected)
            } else {
                Issue.record("unexpected error: \(e.message)")
            }
        } catch {
            Issue.record("unexpected error type: \(error)")
        }
    }
}

/// `Value` holds class-backed objects, so it is not `Sendable`; test tables only hold
/// plain data.
struct SendableValue: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Shorthands for test tables: template literals are `int`, values-file numbers `float64`.
func i(_ x: Int) -> Value { .int(x) }
func f(_ x: Double) -> Value { .float64(x) }
func s(_ x: String) -> Value { .string(x) }
func l(_ xs: Value...) -> Value { .list(xs) }
func d(_ pairs: KeyValuePairs<String, Value>) -> Value {
    var m: [String: Value] = [:]
    for (k, v) in pairs { m[k] = v }
    return .map(m)
}
