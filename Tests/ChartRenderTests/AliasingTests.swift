import Testing
@testable import ChartRender

/// Go's shared maps (issue 10): a map is one object however it is reached — stored into
/// another map, passed to `include`, re-declared, taken from a list or by `index` — and
/// `set`/`unset`/`merge` change it in place. Expected texts are Helm 4.2.3's (the
/// `aliasing` golden records the same idioms from the oracle).
struct AliasingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let template: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a map stored into another map stays the same map",
             template: #"{{- $ctx := dict -}}{{- $z := dict "a" (dict "p" 1) -}}{{- $_ := set $ctx "zone" $z -}}{{- $_ := set $z.a "spec" "x" -}}{{- $_ := set $z "b" 2 -}}{{ toJson $ctx }}"#,
             expected: #"{"zone":{"a":{"p":1,"spec":"x"},"b":2}}"#),
        Case(name: "re-declaring a map variable twice in a block",
             template: #"{{- $d := dict "a" false "b" false -}}{{- if true -}}{{- $d := set $d "a" true -}}{{- $d := set $d "b" true -}}{{- end -}}{{ toJson $d }}"#,
             expected: #"{"a":true,"b":true}"#),
        Case(name: "re-declaring a map taken by index of an outer dict",
             template: #"{{- $o := dict "in" (dict "a" 0) -}}{{- $i := index $o "in" -}}{{- if true -}}{{- $i := set $i "a" 1 -}}{{- $i := set $i "b" 2 -}}{{- end -}}{{ toJson $o }}"#,
             expected: #"{"in":{"a":1,"b":2}}"#),
        Case(name: "include changes the context dict of its caller",
             template: #"{{- define "m" -}}{{- $_ := set .ctx "k" 1 -}}{{- $_ := set .ctx.n "deep" 2 -}}{{- end -}}{{- $c := dict "n" (dict) -}}{{- include "m" (dict "ctx" $c) -}}{{ toJson $c }}"#,
             expected: #"{"k":1,"n":{"deep":2}}"#),
        Case(name: "a map taken from a list is the list's element",
             template: #"{{- $d := dict -}}{{- $l := list $d -}}{{- $_ := set (first $l) "x" 1 -}}{{ toJson $d }}"#,
             expected: #"{"x":1}"#),
        Case(name: "get and default return the map itself",
             template: #"{{- $o := dict "a" (dict) -}}{{- $_ := set (get $o "a") "g" 1 -}}{{- $_ := set ($o.a | default dict) "d" 2 -}}{{ toJson $o }}"#,
             expected: #"{"a":{"d":2,"g":1}}"#),
        Case(name: "merge fills its destination in place, nested maps too",
             template: #"{{- $n := dict "x" 1 -}}{{- $dst := dict "n" $n -}}{{- $_ := merge $dst (dict "n" (dict "y" 2) "z" 3) -}}{{ toJson $n }} {{ toJson $dst }}"#,
             expected: #"{"x":1,"y":2} {"n":{"x":1,"y":2},"z":3}"#),
        Case(name: "deepCopy makes a new map at every level",
             template: #"{{- $a := dict "in" (dict "v" 1) -}}{{- $b := deepCopy $a -}}{{- $_ := set $b.in "v" 2 -}}{{ toJson $a }} {{ toJson $b }}"#,
             expected: #"{"in":{"v":1}} {"in":{"v":2}}"#),
        Case(name: "unset removes from the shared map",
             template: #"{{- $a := dict "k" 1 "j" 2 -}}{{- $b := $a -}}{{- $_ := unset $b "k" -}}{{ toJson $a }}"#,
             expected: #"{"j":2}"#),
        Case(name: "tpl of an empty string inside an include called from tpl renders nothing",
             template: #"{{- define "sec" -}}{{ default "fallback" (tpl "" $) }}{{- end -}}{{ tpl "name: {{ include \"sec\" . }}" . }}"#,
             expected: "name: fallback"),
        Case(name: "deepCopy of a value nested past chartr's bound is refused, not recursed",
             template: #"{{- $d := dict -}}{{- range until 100002 -}}{{- $d = dict "a" $d -}}{{- end -}}{{- $c := deepCopy $d -}}"#,
             expected: #"ERR template: app/templates/t.yaml:1:89: executing "app/templates/t.yaml" at <deepCopy $d>: error calling deepCopy: "#
                 + FunctionFailure.copyDepth(GoMap.maxCopyDepth).text),
        Case(name: "a map may not contain itself (Helm would crash printing it)",
             template: #"{{- $d := dict -}}{{- $_ := set $d "self" $d -}}"#,
             expected: #"ERR template: app/templates/t.yaml:1:28: executing "app/templates/t.yaml" at <set $d "self" $d>: error calling set: "#
                 + FunctionFailure.mapCycle.text),
    ]

    @Test(arguments: cases)
    func aliasing(_ c: Case) {
        let chart = EngineTests.chart("app", templates: ["templates/t.yaml": c.template])
        #expect(EngineTests.output(chart, "app/templates/t.yaml") == c.expected)
    }

    /// A render works on its own copy of the values: what templates change in place does
    /// not reach the caller's values or the next render of the same prepared chart.
    @Test func rendersDoNotShareValues() throws {
        let chart = EngineTests.chart("app", templates: [
            "templates/t.yaml": #"{{ .Values.m.n }}{{ $_ := set .Values.m "n" 2 }}"#,
        ])
        let values: [String: Value] = ["m": .map(["n": .int(1)])]
        let prepared = try prepareChart(chart, PrepareOptions(values: values))
        let first = try renderPreparedChart(prepared).files["app/templates/t.yaml"]
        let second = try renderPreparedChart(prepared).files["app/templates/t.yaml"]
        #expect(first == "1")
        #expect(second == "1")
        #expect(values["m"]?["n"] == .int(1))
    }

    @Test func valueEqualityIsStructural() {
        let a = GoMap(["k": .list([.int(1), .map(["x": .string("y")])])])
        let b = GoMap(["k": .list([.int(1), .map(["x": .string("y")])])])
        #expect(Value.map(a, .stringMap) == Value.map(b, .stringMap))
        #expect(!a.isSameMap(as: b))
        #expect(Value.map(a, .stringMap) != Value.map(a, GoType.values))
        #expect(Value.int(1) != Value.int64(1))
    }

    @Test func copyOnWriteForSwiftCallers() {
        let shared = GoMap(["a": .int(1)])
        var copy = shared
        copy["b"] = .int(2)
        #expect(shared["b"] == nil)
        shared.sharedSet("c", .int(3))
        #expect(copy["c"] == nil)
    }
}
