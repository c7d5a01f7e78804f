import Testing
@testable import ChartRender

/// Argument-checking, method and chart-idiom cases for the regex, semver, date and
/// encoding functions, recorded from Helm 4.2.3 with the oracle.
struct RegexMiscOracleCases {
    static let jsonl = #"""
{"id": "sprig-misc-extra/x000", "template": "{{ regexFindAll \"a\" \"b\" \"1\" }}", "error": "conformance/templates/case.yaml:1:24\n  executing \"conformance/templates/case.yaml\" at <\"1\">:\n    expected integer; found \"1\""}
{"id": "sprig-misc-extra/x001", "template": "{{ regexFindAll \"a\" \"aaa\" 1.0 }}", "expected": "[a]"}
{"id": "sprig-misc-extra/x002", "template": "{{ regexMatch 1 \"1\" }}", "error": "conformance/templates/case.yaml:1:14\n  executing \"conformance/templates/case.yaml\" at <1>:\n    expected string; found 1"}
{"id": "sprig-misc-extra/x003", "template": "{{ regexMatch \"a\" }}", "error": "conformance/templates/case.yaml:1:3\n  executing \"conformance/templates/case.yaml\" at <regexMatch>:\n    wrong number of args for regexMatch: want 2 got 1"}
{"id": "sprig-misc-extra/x004", "template": "{{ regexQuoteMeta }}", "error": "conformance/templates/case.yaml:1:3\n  executing \"conformance/templates/case.yaml\" at <regexQuoteMeta>:\n    wrong number of args for regexQuoteMeta: want 1 got 0"}
{"id": "sprig-misc-extra/x005", "template": "{{ dateModify \"1h\" \"2024\" }}", "error": "conformance/templates/case.yaml:1:19\n  executing \"conformance/templates/case.yaml\" at <\"2024\">:\n    can't handle \"2024\" for arg of type time.Time"}
{"id": "sprig-misc-extra/x006", "template": "{{ unixEpoch 5 }}", "error": "conformance/templates/case.yaml:1:13\n  executing \"conformance/templates/case.yaml\" at <5>:\n    can't handle 5 for arg of type time.Time"}
{"id": "sprig-misc-extra/x007", "template": "{{ unixEpoch now now }}", "error": "conformance/templates/case.yaml:1:3\n  executing \"conformance/templates/case.yaml\" at <unixEpoch>:\n    wrong number of args for unixEpoch: want 1 got 2"}
{"id": "sprig-misc-extra/x008", "template": "{{ date \"x\" }}", "error": "conformance/templates/case.yaml:1:3\n  executing \"conformance/templates/case.yaml\" at <date>:\n    wrong number of args for date: want 2 got 1"}
{"id": "sprig-misc-extra/x009", "template": "{{ semverCompare 1 \"1\" }}", "error": "conformance/templates/case.yaml:1:17\n  executing \"conformance/templates/case.yaml\" at <1>:\n    expected string; found 1"}
{"id": "sprig-misc-extra/x010", "template": "{{ semver 1.2 }}", "error": "conformance/templates/case.yaml:1:10\n  executing \"conformance/templates/case.yaml\" at <1.2>:\n    expected string; found 1.2"}
{"id": "sprig-misc-extra/x011", "template": "{{ htmlDateInZone 0 1 }}", "error": "conformance/templates/case.yaml:1:20\n  executing \"conformance/templates/case.yaml\" at <1>:\n    expected string; found 1"}
{"id": "sprig-misc-extra/x012", "template": "{{ toDate \"2006\" }}", "error": "conformance/templates/case.yaml:1:3\n  executing \"conformance/templates/case.yaml\" at <toDate>:\n    wrong number of args for toDate: want 2 got 1"}
{"id": "sprig-misc-extra/x013", "template": "{{ duration }}", "error": "conformance/templates/case.yaml:1:3\n  executing \"conformance/templates/case.yaml\" at <duration>:\n    wrong number of args for duration: want 1 got 0"}
{"id": "sprig-misc-extra/x014", "template": "{{ now 1 }}", "error": "conformance/templates/case.yaml:1:3\n  executing \"conformance/templates/case.yaml\" at <now>:\n    wrong number of args for now: want 0 got 1"}
{"id": "sprig-misc-extra/x015", "template": "{{ b32enc 5 }}", "error": "conformance/templates/case.yaml:1:10\n  executing \"conformance/templates/case.yaml\" at <5>:\n    expected string; found 5"}
{"id": "sprig-misc-extra/x016", "template": "{{ randAlpha 1.5 }}", "error": "conformance/templates/case.yaml:1:13\n  executing \"conformance/templates/case.yaml\" at <1.5>:\n    expected integer; found 1.5"}
{"id": "sprig-misc-extra/x017", "template": "{{ randNumeric .Values.n }}", "error": "conformance/templates/case.yaml:1:22\n  executing \"conformance/templates/case.yaml\" at <.Values.n>:\n    wrong type for value; expected int; got interface {}"}
{"id": "sprig-misc-extra/x018", "template": "{{ uuidv4 | typeOf }}|{{ now | kindOf }}", "expected": "string|struct"}
{"id": "sprig-misc-extra/x019", "template": "{{ (semver \"1.2.3\").Compare \"1.2.4\" }}", "error": "conformance/templates/case.yaml:1:28\n  executing \"conformance/templates/case.yaml\" at <\"1.2.4\">:\n    can't handle \"1.2.4\" for arg of type *semver.Version"}
{"id": "sprig-misc-extra/x020", "template": "{{ (semver \"1.2.3\").Major 1 }}", "error": "conformance/templates/case.yaml:1:11\n  executing \"conformance/templates/case.yaml\" at <\"1.2.3\">:\n    wrong number of args for Major: want 0 got 1"}
{"id": "sprig-misc-extra/x021", "template": "{{ (semver \"1.2.3\").Foo }}", "error": "conformance/templates/case.yaml:1:11\n  executing \"conformance/templates/case.yaml\" at <\"1.2.3\">:\n    can't evaluate field Foo in type *semver.Version"}
{"id": "sprig-misc-extra/x022", "template": "{{ (toDate \"2006\" \"2024\").Foo }}", "error": "conformance/templates/case.yaml:1:18\n  executing \"conformance/templates/case.yaml\" at <\"2024\">:\n    can't evaluate field Foo in type time.Time"}
{"id": "sprig-misc-extra/x023", "template": "{{ (toDate \"2006\" \"2024\").Before \"2024\" }}", "error": "conformance/templates/case.yaml:1:33\n  executing \"conformance/templates/case.yaml\" at <\"2024\">:\n    can't handle \"2024\" for arg of type time.Time"}
{"id": "sprig-misc-extra/x024", "template": "{{ (toDate \"2006\" \"2024\").Format }}", "error": "conformance/templates/case.yaml:1:18\n  executing \"conformance/templates/case.yaml\" at <\"2024\">:\n    wrong number of args for Format: want 1 got 0"}
{"id": "sprig-misc-extra/x025", "template": "{{ (toDate \"2006\" \"2024\").Year.Foo }}", "error": "conformance/templates/case.yaml:1:18\n  executing \"conformance/templates/case.yaml\" at <\"2024\">:\n    can't evaluate field Foo in type int"}
{"id": "sprig-misc-extra/x026", "template": "{{ (semver \"1.2.3\").Major.Foo }}", "error": "conformance/templates/case.yaml:1:11\n  executing \"conformance/templates/case.yaml\" at <\"1.2.3\">:\n    can't evaluate field Foo in type uint64"}
{"id": "sprig-misc-extra/x027", "template": "{{ (toDate \"2006\" \"2024\").Month.String }}|{{ (toDate \"2006\" \"2024\").Weekday.String }}|{{ ((toDate \"2006\" \"2025\").Sub (toDate \"2006\" \"2024\")).Hours }}|{{ ((toDate \"2006\" \"2025\").Sub (toDate \"2006\" \"2024\")).String }}", "expected": "January|Monday|8784|8784h0m0s"}
{"id": "sprig-misc-extra/x030", "template": "{{ (toDate \"2006\" \"2024\").Add \"1h\" }}", "error": "conformance/templates/case.yaml:1:30\n  executing \"conformance/templates/case.yaml\" at <\"1h\">:\n    expected integer; found \"1h\""}
{"id": "sprig-misc-extra/x031", "template": "{{ if semverCompare \">=1.21-0\" .Capabilities.KubeVersion.GitVersion }}policy/v1{{ else }}policy/v1beta1{{ end }}", "expected": "policy/v1"}
{"id": "sprig-misc-extra/x032", "template": "{{ if semverCompare \"<1.21.0\" .Capabilities.KubeVersion.Version }}old{{ else }}new{{ end }}|{{ .Capabilities.KubeVersion.Version | semver | toString }}", "expected": "new|1.36.0"}
{"id": "sprig-misc-extra/x034", "template": "{{ range regexSplit \",\" \"a,b\" -1 }}[{{ . }}]{{ end }}|{{ index (regexFindAll \"\\\\d\" \"a1b2\" -1) 1 }}", "expected": "[a][b]|2"}
{"id": "sprig-misc-extra/x035", "template": "{{ $m := regexFindAll \"(\\\\w+)=(\\\\w+)\" \"a=1 b=2\" -1 }}{{ len $m }} {{ join \";\" $m }}", "expected": "2 a=1;b=2"}
{"id": "sprig-misc-extra/x036", "template": "{{ now | date \"2006\" | len }}|{{ now | htmlDate | len }}|{{ now | unixEpoch | len }}", "expected": "4|10|10"}
"""#

    @Test func recordedCases() {
        OracleCaseRunner.runAll(Self.jsonl)
    }
}
