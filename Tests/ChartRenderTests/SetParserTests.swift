import Testing
@testable import ChartRender

/// Compact JSON of a value (sorted keys), to compare with what Helm's `toJson .Values`
/// printed for the same `--set` (expected texts recorded with ../shared/oracle).
func chartJSON(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .uint64(let i): return String(i)
    case .intN(let i, _): return String(i)
    case .float64(let d): return GoFloat.formatJSON(d)
    case .string(let s): return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    case .bytes: return "bytes"
    case .list(let l, _): return "[" + l.map(chartJSON).joined(separator: ",") + "]"
    case .map(let m, _): return "{" + m.goSortedKeys.map { "\"\($0)\":" + chartJSON(m[$0] ?? .null) }.joined(separator: ",") + "}"
    case .object: return "object"
    }
}

struct SetCase: CustomTestStringConvertible {
    var expr: String
    var expected: String
    var testDescription: String { expr }
}

@Suite struct SetParserTests {
    static let cases: [SetCase] = [
        .init(expr: "a=b", expected: #"{"a":"b"}"#),
        .init(expr: "a.b=c,d=e", expected: #"{"a":{"b":"c"},"d":"e"}"#),
        .init(expr: "a={x,y,z}", expected: #"{"a":["x","y","z"]}"#),
        .init(expr: "a[0].b=1", expected: #"{"a":[{"b":1}]}"#),
        .init(expr: "a[1]=x", expected: #"{"a":[null,"x"]}"#),
        .init(expr: "a=1,b=-2,c=007,d=0,e=true,f=TRUE,g=null,h=1.5,i=9223372036854775808",
              expected: #"{"a":1,"b":-2,"c":"007","d":0,"e":true,"f":true,"g":null,"h":"1.5","i":"9223372036854775808"}"#),
        // strings.EqualFold: `ſ` folds with `s` (checked with the oracle).
        .init(expr: "a=falſe,b=NULL,c=nuLL,d=ſ", expected: #"{"a":false,"b":null,"c":null,"d":"ſ"}"#),
        .init(expr: #"a\.b=c"#, expected: #"{"a.b":"c"}"#),
        .init(expr: #"a=x\,y"#, expected: #"{"a":"x,y"}"#),
        .init(expr: "a=", expected: #"{"a":""}"#),
        .init(expr: "a.", expected: "{}"),
        .init(expr: "a[0]", expected: #"{"a":[]}"#),
        .init(expr: "a[0][1]=x", expected: #"{"a":[[null,"x"]]}"#),
        .init(expr: "a.b[0].c[1]=d", expected: #"{"a":{"b":[{"c":[null,"d"]}]}}"#),
        .init(expr: "name={}", expected: #"{"name":[""]}"#),
        .init(expr: "a={a,b},c=d", expected: #"{"a":["a","b"],"c":"d"}"#),
        .init(expr: "a=b,", expected: #"{"a":"b"}"#),
        .init(expr: "a=b=c", expected: #"{"a":"b=c"}"#),
        .init(expr: "a.b=1,a=2", expected: #"{"a":2}"#),
        .init(expr: "=x", expected: "{}"),
        .init(expr: ",a=b", expected: #"Error: key "" has no value (cannot end with ,)"#),
        .init(expr: "a[-1]=x", expected: "Error: negative -1 index not allowed"),
        .init(expr: "a[x]=1", expected: #"Error: error parsing index: strconv.Atoi: parsing "x": invalid syntax"#),
        .init(expr: "a[0]x=1", expected: "Error: unexpected data at end of array index: ['x']"),
        // A control character is quoted the way Go's %q prints a rune (oracle-checked).
        .init(expr: "a[0]x\u{01}=1", expected: "Error: unexpected data at end of array index: ['x' '\\x01']"),
        .init(expr: "a={x", expected: "Error: list must terminate with '}'"),
        .init(expr: "a=2,a.b=1", expected: "Error: unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}"),
        .init(expr: "a[0]=1,a.b=2", expected: "Error: unable to parse key: interface conversion: interface {} is []interface {}, not map[string]interface {}"),
        .init(expr: "a..b=c", expected: #"Error: key map "a" has no value"#),
        .init(expr: "a", expected: #"Error: key "a" has no value"#),
        .init(expr: "a[70000]=1", expected: "Error: index of 70000 is greater than maximum supported index of 65536"),
        .init(expr: "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a1.b1.c1.d1.e1.f1=1",
              expected: "Error: value name nested level is greater than maximum supported nested level of 30"),
    ]

    @Test(arguments: cases)
    func typedSet(_ c: SetCase) {
        var data: [String: Value] = [:]
        do {
            try StrVals.parse(c.expr, mode: .typed, into: &data)
            #expect(chartJSON(.map(data)) == c.expected)
        } catch let f as StrVals.Failure {
            #expect("Error: " + f.message == c.expected)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func setIntegersAreInt64() throws {
        var data: [String: Value] = [:]
        try StrVals.parse("a=5,b=x", mode: .typed, into: &data)
        #expect(data["a"]?.goType == .int64)
        try StrVals.parse("c=5", mode: .string, into: &data)
        #expect(data["c"]?.goType == .string)
    }

    @Test func setJSONAndLiteral() throws {
        var data: [String: Value] = [:]
        try StrVals.parse(#"t=[{"k":"v","n":1}],u=null"#, mode: .json, into: &data)
        #expect(chartJSON(.map(data)) == #"{"t":[{"k":"v","n":1}],"u":null}"#)
        #expect(data["t"]?.listItems?.first?["n"]?.goType == .float64)
        var lit: [String: Value] = [:]
        try StrVals.parse("pw=a,b=c{d}", mode: .literal, into: &lit)
        #expect(chartJSON(.map(lit)) == #"{"pw":"a,b=c{d}"}"#)
    }

    @Test func setIntoExistingValues() throws {
        var data: [String: Value] = ["a": .list([.float64(1), .float64(2), .float64(3)])]
        try StrVals.parse("a[1]=x", mode: .typed, into: &data)
        #expect(chartJSON(.map(data)) == #"{"a":[1,"x",3]}"#)
    }
}

/// Random expressions over the grammar's alphabet: the parser always answers (a map or
/// a Helm-style error) and never traps.
@Suite struct SetParserFuzzTests {
    @Test(arguments: [StrVals.Mode.typed, .string, .json, .literal])
    func randomExpressions(_ mode: StrVals.Mode) {
        var rng = RandomSource(seed: 7)
        let alphabet = Array("ab.[]{}=,\\01 9-\"".unicodeScalars)
        var answered = 0
        for _ in 0..<3000 {
            let n = Int(rng.next() % 14)
            var s = ""
            for _ in 0..<n { s.unicodeScalars.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            var data: [String: Value] = [:]
            do { try StrVals.parse(s, mode: mode, into: &data); answered += 1 } catch is StrVals.Failure { answered += 1 } catch {}
        }
        #expect(answered == 3000)
    }
}
