import Testing
@testable import ChartRender

/// Template cases whose numbers go through the strconv port (Sprig's `duration`, `atoi`,
/// `toDecimal`, cast's conversions, go-yaml's resolver, encoding/json, template literals),
/// recorded from Helm 4.2.3 with the oracle, run through the conformance runner.
struct StrconvOracleCases {
    static let jsonl = #"""
{"id": "strconv/x000", "template": "r: {{ duration \"99999999999999999999\" }}|{{ duration \"-99999999999999999999\" }}|{{ duration \"12x\" }}|{{ duration \"+5\" }}|{{ duration \"0x10\" }}", "expected": "r: -1s|0s|0s|5s|0s"}
{"id": "strconv/x001", "template": "r: {{ (fromYaml \"x: 0b-101\").x }}|{{ (fromYaml \"x: 0b+11\").x }}|{{ (fromYaml \"x: 0x_1F\").x }}|{{ (fromYaml \"x: .5_0\").x }}|{{ (fromYaml \"x: -0b11\").x }}|{{ (fromYaml \"x: 1_0.5\").x }}|{{ typeOf (fromYaml \"x: 1e400\").x }}", "expected": "r: -5|3|31|0.5|-3|10.5|string"}
{"id": "strconv/x002", "template": "r: {{ atoi \"99999999999999999999x\" }}|{{ atoi \"-99999999999999999999\" }}|{{ atoi \"12a\" }}|{{ atoi \"+7\" }}|{{ atoi \"1_0\" }}|{{ atoi \"0x10\" }}", "expected": "r: 9223372036854775807|-9223372036854775808|0|7|0|0"}
{"id": "strconv/x003", "template": "r: {{ toDecimal \"0777\" }}|{{ toDecimal \"8\" }}|{{ toDecimal \"-0_7\" }}|{{ int64 \"0x_1F\" }}|{{ int64 \"12.00\" }}|{{ int \"9223372036854775808\" }}|{{ float64 \"0x1p-2\" }}|{{ float64 \"1_0.5\" }}|{{ float64 \"1e400\" }}|{{ float64 \"-Inf\" }}", "expected": "r: 511|0|0|31|12|0|0.25|10.5|0|-Inf"}
{"id": "strconv/x004", "template": "r: {{ 0x_1F }}|{{ 1_000.5 }}|{{ 0o17 }}|{{ 017 }}|{{ 0b101 }}|{{ 1e3 }}|{{ 0x1p-2 }}|{{ 'a' }}|{{ -0 }}|{{ 0x1P+2 }}|{{ 1_0i }}", "expected": "r: 31|1000.5|15|15|5|1000|0.25|97|0|4|(0+10i)"}
"""#

    @Test func recordedCases() {
        OracleCaseRunner.runAll(Self.jsonl)
    }
}
