import Testing
@testable import ChartRender

/// Calls a builtin by name; returns its printed result or `ERR: message`.
/// Expectations come from Helm 4.2.3 (the oracle).
func callBuiltin(_ name: String, _ args: [Value]) -> String {
    guard let fn = Builtins.table[name] else { return "MISSING \(name)" }
    var call = FunctionCall(args: args, name: name, env: RenderEnvironment())
    do {
        return GoFmt.formatValue(try fn.body(&call))
    } catch let e as FunctionError {
        return "ERR: " + e.message
    } catch {
        return "ERR: \(error)"
    }
}

struct BuiltinCase: CustomTestStringConvertible, Sendable {
    let name: String
    let args: [FmtArg]
    let expected: String
    var testDescription: String { "\(name) \(expected)" }
    init(_ name: String, _ args: [FmtArg], _ expected: String) {
        self.name = name
        self.args = args
        self.expected = expected
    }
}

let builtinCases: [BuiltinCase] = [
    // not / truth
    .init("not", [.int(0)], "true"),
    .init("not", [.s("x")], "false"),
    .init("not", [.map([:])], "true"),
    .init("not", [.null], "true"),
    .init("not", [.list([.null])], "false"),
    .init("not", [.f(0)], "true"),
    // len
    .init("len", [.s("héllo")], "6"),
    .init("len", [.list([.int(1), .int(2)])], "2"),
    .init("len", [.int(3)], "ERR: len of type int"),
    .init("len", [.null], "ERR: len of nil pointer"),
    // index
    .init("index", [.list([.s("a"), .s("b")]), .int(1)], "b"),
    .init("index", [.list([.s("a")])], "[a]"),
    .init("index", [.s("abc"), .int(1)], "98"),
    .init("index", [.map(["a": .list([.int(1), .map(["b": .s("c")])])]), .s("a"), .int(1), .s("b")], "c"),
    .init("index", [.list([.int(1)]), .int64(0)], "1"),
    .init("index", [.list([.s("a")]), .int(-1)], "ERR: index out of range: -1"),
    .init("index", [.list([.int(1), .int(2)]), .int(2)], "ERR: reflect: slice index out of range"),
    .init("index", [.list([.int(1), .int(2)]), .int(3)], "ERR: index out of range: 3"),
    .init("index", [.s("abc"), .int(3)], "ERR: reflect: string index out of range"),
    .init("index", [.list([.s("a")]), .f(0.5)], "ERR: cannot index slice/array with type float64"),
    .init("index", [.list([.int(1)]), .s("a")], "ERR: cannot index slice/array with type string"),
    .init("index", [.list([.int(1)]), .null], "ERR: cannot index slice/array with nil"),
    .init("index", [.map(["a": .int(1)]), .int(1)], "ERR: value has type int; should be string"),
    .init("index", [.map([:]), .null], "ERR: value is nil; should be of type string"),
    .init("index", [.null, .s("a")], "ERR: index of untyped nil"),
    .init("index", [.map(["a": .int(1)]), .s("zzz"), .s("b")], "ERR: index of nil pointer"),
    .init("index", [.list([.null]), .int(0), .int(0)], "ERR: index of nil pointer"),
    .init("index", [.int(5), .int(1)], "ERR: can't index item of type int"),
    .init("index", [.map(["a": .int(1)]), .s("zzz")], "<nil>"),
    // slice (Go's builtin)
    .init("slice", [.list([.int(1), .int(2), .int(3), .int(4)]), .int(1), .int(3)], "[2 3]"),
    .init("slice", [.s("abcdef"), .int(2)], "cdef"),
    .init("slice", [.s("abc"), .int(0), .int(1), .int(2)], "ERR: cannot 3-index slice a string"),
    .init("slice", [.list([.int(1), .int(2)]), .int(2), .int(1)], "ERR: invalid slice index: 2 > 1"),
    .init("slice", [.int(5), .int(1)], "ERR: can't slice item of type int"),
    .init("slice", [.null], "ERR: slice of untyped nil"),
    // comparisons
    .init("eq", [.s("a"), .s("a")], "true"),
    .init("eq", [.int(4), .int(1), .int(2), .int(3)], "false"),
    .init("eq", [.int(2), .int(1), .int(2)], "true"),
    .init("eq", [.int(1), .int64(1)], "true"),
    .init("eq", [.int64(-1), .u8(255)], "false"),
    .init("eq", [.u8(98), .int(98)], "true"),
    .init("eq", [.null, .null], "true"),
    .init("eq", [.null, .s("")], "false"),
    .init("eq", [.s("a"), .null], "false"),
    .init("eq", [.null, .map([:])], "false"),
    .init("eq", [.list([.int(1)]), .null], "false"),
    .init("eq", [.int(1)], "ERR: missing argument for comparison"),
    .init("eq", [.bool(true), .s("true")], "ERR: incompatible types for comparison: bool and string"),
    .init("eq", [.int(1), .s("a")], "ERR: incompatible types for comparison: int and string"),
    .init("eq", [.map(["a": .map(["b": .s("deep")])]), .map(["a": .map(["b": .s("deep")])])], "ERR: non-comparable type map[a:map[b:deep]]: map[string]interface {}"),
    .init("eq", [.list([.int(1)]), .list([.int(1)])], "ERR: non-comparable type [%!s(int=1)]: []interface {}"),
    .init("eq", [.map([:]), .list([])], "ERR: non-comparable types map[]: map[string]interface {}, []interface {}: []"),
    .init("ne", [.int(1), .int(2)], "true"),
    .init("ne", [.null, .null], "false"),
    .init("ne", [.int(1), .f(1.5)], "ERR: incompatible types for comparison: int and float64"),
    .init("lt", [.int(1), .int(2)], "true"),
    .init("lt", [.int(-1), .u8(3)], "true"),
    .init("lt", [.f(1.5), .f(2.5)], "true"),
    .init("lt", [.s("a"), .s("b")], "true"),
    .init("lt", [.s("a"), .int(1)], "ERR: incompatible types for comparison: string and int"),
    .init("lt", [.int64(1), .f(1)], "ERR: incompatible types for comparison: int64 and float64"),
    .init("lt", [.bool(true), .bool(false)], "ERR: invalid type for comparison"),
    .init("lt", [.list([.int(1)]), .list([.int(2)])], "ERR: invalid type for comparison"),
    .init("lt", [.null, .int(1)], "ERR: invalid type for comparison"),
    .init("lt", [.int(1), .null], "ERR: invalid type for comparison"),
    .init("le", [.f(1.5), .f(1.5)], "true"),
    .init("le", [.int(3), .int(2)], "false"),
    .init("gt", [.s("b"), .s("a")], "true"),
    .init("gt", [.f(2), .int(1)], "ERR: incompatible types for comparison: float64 and int"),
    .init("ge", [.int(1), .int(2)], "false"),
    .init("ge", [.s("x"), .s("x")], "true"),
    // printing and escaping
    .init("print", [.s("a"), .int(1), .int(2), .s("b"), .int(3)], "a1 2b3"),
    .init("println", [.int(1), .int(2)], "1 2\n"),
    .init("printf", [.s("%s-%d"), .s("a"), .int(1)], "a-1"),
    .init("print", [], ""),
    .init("html", [.s("<a href='x'>Tom & \"Jerry\"</a>")], "&lt;a href=&#39;x&#39;&gt;Tom &amp; &#34;Jerry&#34;&lt;/a&gt;"),
    .init("html", [.s("<"), .int(1), .s(">")], "&lt;1&gt;"),
    .init("html", [.s("a\u{0}b")], "a\u{FFFD}b"),
    .init("html", [.null], "&lt;no value&gt;"),
    .init("html", [.int(1), .null, .int(2)], "1&lt;no value&gt;2"),
    .init("html", [.list([.int(1), .s("<")])], "[1 &lt;]"),
    .init("html", [.int(1), .int(2)], "1 2"),
    .init("js", [.s("line1\nline2\té\u{2028}")], "line1\\u000Aline2\\u0009é\\u2028"),
    .init("js", [.s("a=b&c<d>'\"\\")], #"a\u003Db\u0026c\u003Cd\u003E\'\"\\"#),
    .init("js", [.s("\u{7F}\u{A0}😀")], "\u{7F}\\u00A0😀"),
    .init("js", [.int(1), .null], #"1\u003Cno value\u003E"#),
    .init("js", [], ""),
    .init("urlquery", [.s("a"), .s("b c"), .int(1)], "ab+c1"),
    .init("urlquery", [.s("a/b?c=d&e f~_.-é")], "a%2Fb%3Fc%3Dd%26e+f~_.-%C3%A9"),
    .init("urlquery", [.null], "%3Cno+value%3E"),
]

@Test(arguments: builtinCases)
func builtinFunctions(_ c: BuiltinCase) {
    #expect(callBuiltin(c.name, c.args.map(\.value)) == c.expected)
}

/// Every Go builtin the executor does not evaluate itself is in the table, with
/// Go's arity.
@Test func builtinsTableSignatures() {
    let names = ["not", "len", "index", "slice", "eq", "ne", "lt", "le", "gt", "ge",
                 "print", "printf", "println", "html", "js", "urlquery"]
    for n in names { #expect(Builtins.table[n] != nil, "missing \(n)") }
    #expect(Builtins.table["and"] == nil && Builtins.table["or"] == nil && Builtins.table["call"] == nil)
    #expect(Builtins.table["ne"]?.signature.params.count == 2)
    #expect(Builtins.table["eq"]?.signature.variadic == .interface)
    #expect(Builtins.table["printf"]?.signature.params == [.string])
    #expect(Builtins.table["len"]?.signature.result == .int)
}
