import Testing
@testable import ChartRender

/// Table tests of Helm's YAML behaviour that do not need `../shared` (expected values from
/// Helm 4.2.3; see conformance/yaml/README.md for the full list of quirks).
struct YAMLTests {
    /// (values.yaml text, LoadValues result as compact JSON, or the error text)
    static let loadCases: [(String, String)] = [
        ("a: 1000000\n", #"{"a":1000000}"#),
        ("a: 010\nb: 08\nc: 0x_1F\nd: 1__0\ne: _1\n", #"{"a":8,"b":8,"c":31,"d":10,"e":"_1"}"#),
        ("a: 1e309\nb: 1e-400\nc: .5\nd: 5.\n", #"{"a":"1e309","b":0,"c":0.5,"d":5}"#),
        ("a: yes\nb: Off\nc: y\nd: tRUE\non: 1\n", #"{"a":true,"b":false,"c":true,"d":"tRUE","true":1}"#),
        ("a: ~\nb: nUll\n", #"{"a":null,"b":"nUll"}"#),
        ("0x10: a\n007: b\n1.0: c\n0.1234567890123: d\n", #"{"0.12345679":"d","1":"c","16":"a","7":"b"}"#),
        ("a: 2001-12-14\nb: !!str 12\nc: !!int \"12\"\nd: !foo 1\n", #"{"a":"2001-12-14","b":"12","c":12,"d":"1"}"#),
        ("a: \"\\x41\\u00e9\\U0001F600\"\n", #"{"a":"Aé😀"}"#),
        ("a: |\n  x\n  y\nb: >-\n  p\n  q\n", #"{"a":"x\ny\n","b":"p q"}"#),
        ("a: |\n  x", #"{"a":"x\n"}"#),
        ("base: &b {p: 1, q: 2}\nm:\n  p: 0\n  <<: *b\n", #"{"base":{"p":1,"q":2},"m":{"p":1,"q":2}}"#),
        ("m:\n  <<: [{a: 1}, {a: 2, b: 2}]\n", #"{"m":{"a":1,"b":2}}"#),
        ("a: 1\n---\nb: 2\n---\na: 3\n", #"{"a":3,"b":2}"#),
        ("a: {p: 1, q: 2}\n---\na: {q: 3}\n", #"{"a":{"p":1,"q":3}}"#),
        ("y: 1\nn: 2\n", #"{"false":2,"true":1}"#),
        ("a: 1\r\nb: 2\r\n", #"{"a":1,"b":2}"#),
        ("\u{FEFF}a: 1\n", #"{"a":1}"#),
        ("", "{}"),
        ("# only a comment\n", "{}"),
        ("a: .inf\n", "cannot unmarshal yaml document: error converting YAML to JSON: json: unsupported value: +Inf"),
        ("~: 1\n", "cannot unmarshal yaml document: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: 1"),
        ("- a\n", "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}"),
        ("a: 1\n b: 2\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context"),
        ("a: \"\\/\"\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: found unknown escape character"),
        ("a: \u{7F}\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: control characters are not allowed"),
        ("a: *x\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: unknown anchor 'x' referenced"),
        ("a: !!int 1.5\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: cannot decode !!float `1.5` as a !!int"),
        ("a: 1\n---x\n", "error reading yaml document: invalid Yaml document separator: x"),
        ("a: <<\nm:\n  <<: 1\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value"),
    ]

    @Test(arguments: loadCases)
    func loadValues(input: String, expected: String) throws {
        do {
            let v = try YAML.loadValues(Array(input.utf8))
            #expect(try JSON.encode(.map(v)) == expected)
        } catch let e as YAMLError {
            #expect(e.message == expected)
        }
    }

    @Test func billionLaughsFailsFast() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(throws: YAMLError.self) { try YAML.loadValues(Array(text.utf8)) }
    }

    @Test func deepFlowNestingIsLimited() throws {
        let deep = "a: " + String(repeating: "[", count: 10001) + String(repeating: "]", count: 10001) + "\n"
        do {
            _ = try YAML.loadValues(Array(deep.utf8))
            Issue.record("expected an error")
        } catch let e as YAMLError {
            #expect(e.message.hasSuffix("exceeded max depth of 10000"))
        }
    }

    /// (JSON value, toYaml output)
    static let emitCases: [(String, String)] = [
        (#"{"b":1,"a":[1,"x",{"c":null}]}"#, "a:\n- 1\n- x\n- c: null\nb: 1"),
        (#"{"k10":1,"k2":2,"a01":3,"a1":4}"#, "a1: 4\na01: 3\nk2: 2\nk10: 1"),
        (#"{"s":"yes","t":"1.10","u":" x","v":"a: b","w":"12:30","x":""}"#, "s: \"yes\"\nt: \"1.10\"\nu: ' x'\nv: 'a: b'\nw: \"12:30\"\nx: \"\""),
        (#"{"m":"a\nb\n","n":"a\tb","o":"😀"}"#, "m: |\n  a\n  b\n\"n\": \"a\\tb\"\no: \"\\U0001F600\""),
        (#"{"big":1e20,"f":1.5,"i":9223372036854775807,"t":0.00001}"#, "big: 1e+20\nf: 1.5\ni: 9223372036854776000\nt: 1e-05"),
        (#"{"e":{},"l":[],"q":[[1,2]]}"#, "e: {}\nl: []\nq:\n- - 1\n  - 2"),
        (#"{"x":"del\u007f"}"#, ""),
    ]

    @Test(arguments: emitCases)
    func toYaml(json: String, expected: String) throws {
        let v = try JSON.decode(Array(json.utf8))
        let f = try #require(Functions.serialization["toYaml"])
        var call = FunctionCall(args: [v], name: "toYaml", env: RenderEnvironment(seed: 1))
        #expect(try f.body(&call).stringValue == expected)
    }

    @Test func toYamlFoldsLongStrings() throws {
        let words = Array(repeating: "word", count: 30).joined(separator: " ")
        let out = try YAML.marshal(.map(["k": .string(words)]))
        #expect(out.split(separator: "\n").count == 2)
        #expect(out.hasPrefix("k: word word"))
        #expect(out.contains("\n  word"))
    }

    @Test func jsonEncodingMatchesGo() throws {
        let v = Value.map(["h": .string("<a&b>\u{2028}"), "f": .float64(1e21), "g": .float64(1e-7), "n": .float64(-0.0)])
        #expect(try JSON.encode(v) == #"{"f":1e+21,"g":1e-7,"h":"\u003ca\u0026b\u003e\u2028","n":-0}"#)
        #expect(try JSON.encode(v, JSON.Options(escapeHTML: false)) == #"{"f":1e+21,"g":1e-7,"h":"<a&b>\u2028","n":-0}"#)
        #expect(throws: YAMLError.self) { try JSON.encode(.float64(.nan)) }
    }

    @Test func jsonDecodingErrors() throws {
        for (text, message) in [("{", "unexpected end of JSON input"), ("[1,]", "invalid character ']' looking for beginning of value"),
                                ("{\"a\" 1}", "invalid character '1' after object key"), ("1e999", "json: cannot unmarshal number 1e999 into Go value of type float64")] {
            do {
                _ = try JSON.decode(Array(text.utf8))
                Issue.record("expected an error for \(text)")
            } catch let e as YAMLError {
                #expect(e.message == message)
            }
        }
    }
}
