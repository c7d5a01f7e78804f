import Testing
@testable import ChartRender

/// The template language on its own (lexer, parser, executor), with a tiny function
/// table so these tests do not depend on Sprig. Expected texts follow Go's
/// `text/template` (checked against the conformance vectors and the oracle).
struct TemplateEngineTests {
    static let functions: [String: Function] = [
        "up": Function(FunctionSignature([.string], returns: .string)) { call in .string(call.string(0).uppercased()) },
        "rep": Function(FunctionSignature([.int, .string], returns: .string)) { call in
            .string(String(repeating: call.string(1), count: max(0, call.int(0))))
        },
        "pair": Function(FunctionSignature([.interface, .interface], returns: .interface)) { call in .list([call[0], call[1]]) },
        "boom": Function(FunctionSignature([], returns: .string, throws: true)) { _ in throw FunctionError("kaboom") },
        "nothing": Function(FunctionSignature([], returns: .interface)) { _ in .null },
        "m": Function(FunctionSignature([], returns: .stringMap)) { _ in .map(["a": .string("x"), "b": .int(2)]) },
        "hello": Function(FunctionSignature([], returns: .string)) { _ in .string("hi") },
        // Like Sprig's `set`: changes the map in place (Go maps are shared) and returns it.
        "index": Function(FunctionSignature([.interface], variadic: .interface, returns: .interface)) { call in
            var v = call[0]
            for k in call.args.dropFirst() { v = v.mapEntries?[k.stringValue ?? ""] ?? .null }
            return v
        },
        "set": Function(FunctionSignature([.stringMap, .string, .interface], returns: .stringMap)) { call in
            guard let m = call[0].goMap else { return .map([call.string(1): call[2]]) }
            m.sharedSet(call.string(1), call[2])
            return call[0]
        },
    ]

    static func render(_ text: String, _ data: Value = .map(["k": .string("v"), "n": .float64(3), "l": .list([.int(1), .int(2)]),
                                                              "mm": .map(["x": .map([:])])])) -> String {
        let set = TemplateSet(name: "gotpl", functions: functions)
        do {
            try set.parse(name: "t", text: Array(text.utf8))
            guard let tree = set.lookup("t") else { return "no tree" }
            let ex = Executor(set: set, tree: tree, env: RenderEnvironment(), methodProvider: nil)
            try ex.execute(root: Operand(value: data))
            return String(decoding: ex.out, as: UTF8.self)
        } catch {
            return "ERR " + String(describing: error)
        }
    }

    @Test(arguments: [
        ("plain text", "plain text"),
        ("a  {{- \"b\" -}}  c", "abc"),
        ("a \r\n\t{{- \"b\" }}", "ab"),
        ("{{-3}}", "-3"),
        ("a{{/* c */}}b", "ab"),
        ("a {{- /* c */ -}} b", "ab"),
        ("{{ \"\\x41\\101\\u00e9\" }}", "AAé"),
        ("{{ `a\\n` }}", "a\\n"),
        ("{{ 'a' }}", "97"),
        ("{{ 0x1F }} {{ 017 }} {{ 0b101 }} {{ 0o17 }} {{ 1_000 }}", "31 15 5 15 1000"),
        ("{{ 1.5 }} {{ 1e3 }} {{ 0x1p4 }} {{ 1e21 }}", "1.5 1000 16 1e+21"),
        ("{{ 2i }}", "(0+2i)"),
        ("{{ $x := 1 }}{{ $x = 2 }}{{ $x }}", "2"),
        ("{{ $x := \"o\" }}{{ if true }}{{ $x := \"i\" }}{{ $x }}{{ end }}{{ $x }}", "io"),
        ("{{ if false }}a{{ else if true }}b{{ else }}c{{ end }}", "b"),
        ("{{ with .missing }}a{{ else with .k }}{{ . }}{{ end }}", "v"),
        ("{{ range $i, $v := .l }}{{ $i }}={{ $v }};{{ end }}", "0=1;1=2;"),
        ("{{ range 3 }}{{ . }}{{ end }}", "012"),
        ("{{ range .l }}{{ if eqOne . }}{{ end }}{{ end }}", "ERR template: t:1: function \"eqOne\" not defined"),
        ("{{ range .l }}{{ break }}{{ . }}{{ end }}", ""),
        ("{{ range .l }}{{ continue }}{{ . }}{{ end }}x", "x"),
        ("{{ range .none }}a{{ else }}empty{{ end }}", "empty"),
        ("{{ define \"d\" }}[{{ . }}]{{ end }}{{ template \"d\" .k }}", "[v]"),
        ("{{ block \"b\" .k }}<{{ . }}>{{ end }}", "<v>"),
        ("{{ \"a\" | up }}", "A"),
        ("{{ rep 2 \"ab\" }}", "abab"),
        ("{{ \"x\" | pair \"y\" }}", "[y x]"),
        ("{{ m }} {{ (m).a }} {{ .l }}", "map[a:x b:2] x [1 2]"),
        ("[{{ .missing }}]", "[<no value>]"),
        ("{{ hello }}", "hi"),
        ("{{ and 1 0 2 }} {{ or 0 \"\" \"z\" }} {{ and 1 }}", "0 z 1"),
        // Maps are references in Go: changes show through every holder.
        ("{{ $d := m }}{{ $_ := set $d \"c\" 3 }}{{ $d }}", "map[a:x b:2 c:3]"),
        ("{{ $d := m }}{{ $e := $d }}{{ $_ := set $d \"c\" 3 }}{{ $e.c }}", "3"),
        ("{{ $_ := set . \"z\" 1 }}{{ .z }}{{ $.z }}", "11"),
        ("{{ with .mm }}{{ $_ := set . \"q\" 9 }}{{ end }}{{ .mm.q }}", "9"),
        ("{{ range $k, $v := .mm }}{{ $_ := set $v \"q\" $k }}{{ end }}{{ .mm.x.q }}", "x"),
        ("{{ define \"d2\" }}{{ $_ := set . \"w\" 5 }}{{ end }}{{ template \"d2\" . }}{{ .w }}", "5"),
        ("{{ $s := index . \"mm\" \"x\" }}{{ $_ := set $s \"i\" 1 }}{{ .mm.x.i }}", "1"),
        ("{{ $a := m }}{{ $_ := set $a \"b\" (m) }}{{ $_ := set $a.b \"a\" \"deep\" }}{{ $a.b.a }}", "deep"),
    ])
    func renders(_ c: (String, String)) {
        #expect(Self.render(c.0) == c.1)
    }

    @Test(arguments: [
        ("{{ nope }}", "template: t:1: function \"nope\" not defined"),
        ("{{ 1e400 }}", "template: t:1: illegal number syntax: \"1e400\""),
        ("{{ 12abc }}", "template: t:1: bad number syntax: \"12a\""),
        ("{{ $y }}", "template: t:1: undefined variable \"$y\""),
        ("{{ if true }}x", "template: t:1: unexpected EOF"),
        ("a\n{{ end }}", "template: t:2: unexpected {{end}}"),
        ("{{ ) }}", "template: t:1: unexpected right paren"),
        ("{{ (1 }}", "template: t:1: unclosed left paren"),
        ("ok\n{{ .x\n", "template: t:3: unclosed action started at t:2"),
        ("{{/* c }}", "template: t:1: unclosed comment"),
        ("{{ .a-b }}", "template: t:1: bad character U+002D '-'"),
        ("{{ 1 @ 2 }}", "template: t:1: unexpected \"@\" in operand"),
        ("{{ break }}", "template: t:1: {{break}} outside {{range}}"),
        ("{{ define \"x\" }}a{{ end }}{{ define \"x\" }}b{{ end }}", "template: t:1: template: multiple definition of template \"x\""),
        ("{{ nil.x }}", "template: t:1: unexpected . after term \"nil\""),
        ("{{ $a, $b := 1 }}", "template: t:1: too many declarations in command"),
        ("{{ up }}", "template: t:1:3: executing \"t\" at <up>: wrong number of args for up: want 1 got 0"),
        ("{{ up 1 }}", "template: t:1:6: executing \"t\" at <1>: expected string; found 1"),
        ("{{ up .n }}", "template: t:1:6: executing \"t\" at <.n>: wrong type for value; expected string; got float64"),
        ("{{ up .missing }}", "template: t:1:6: executing \"t\" at <.missing>: wrong type for value; expected string; got interface {}"),
        ("{{ up nothing }}", "template: t:1:6: executing \"t\" at <nothing>: wrong type for value; expected string; got interface {}"),
        ("{{ .missing | up }}", "template: t:1:14: executing \"t\" at <up>: invalid value; expected string"),
        ("{{ .k.x.y }}", "template: t:1:5: executing \"t\" at <.k.x.y>: can't evaluate field x in type interface {}"),
        ("{{ .q.x.y }}", "template: t:1:5: executing \"t\" at <.q.x.y>: nil pointer evaluating interface {}.x"),
        ("{{ boom }}", "template: t:1:3: executing \"t\" at <boom>: error calling boom: kaboom"),
        ("{{ template \"none\" }}", "template: t:1:12: executing \"t\" at <{{template \"none\"}}>: template \"none\" not defined"),
        ("{{ range .n }}{{ end }}", "template: t:1:9: executing \"t\" at <.n>: range can't iterate over 3"),
        ("{{ \"a\" \"b\" }}", "template: t:1:3: executing \"t\" at <\"a\">: can't give argument to non-function \"a\""),
        ("{{ if nil }}{{ end }}", "template: t:1:6: executing \"t\" at <nil>: nil is not a command"),
        ("{{ .k 1 }}", "template: t:1:3: executing \"t\" at <.k>: k is not a method but has arguments"),
        ("{{ $y = 1 }}", "template: t:1:8: executing \"t\" at <1>: undefined variable: $y"),
    ])
    func errors(_ c: (String, String)) {
        #expect(Self.render(c.0) == "ERR " + c.1)
    }

    @Test func deepTemplateRecursionStopsAtGoLimit() throws {
        let out = try LargeStack.run {
            Self.render("{{ define \"x\" }}{{ template \"x\" . }}{{ end }}{{ template \"x\" . }}")
        }
        #expect(out.hasSuffix("exceeded maximum template depth (100000)"))
    }

    @Test func parserNestingIsBounded() throws {
        let deep = String(repeating: "(", count: 20000) + "1" + String(repeating: ")", count: 20000)
        let out = try LargeStack.run { Self.render("{{ " + deep + " }}") }
        #expect(out == "ERR template: t:1: max expression depth exceeded")
    }
}
