import Testing
@testable import ChartRender

/// Table tests for the RE2 engine and Sprig's regex functions (expected values from Go).
struct RegexTests {
    static func run(_ name: String, _ args: [Value]) -> String {
        guard let f = Functions.regex[name] else { return "<missing>" }
        var call = FunctionCall(args: args, name: name, env: RenderEnvironment(seed: 1))
        do {
            let v = try f.body(&call)
            return GoFmt.formatValue(v)
        } catch {
            return "ERR " + String(describing: error)
        }
    }

    static let cases: [(String, [String], Int?, String)] = [
        ("regexMatch", ["^[a-z]+@[a-z]+\\.com$", "test@acme.com"], nil, "true"),
        ("regexMatch", ["^[0-9]+$", "12a"], nil, "false"),
        ("regexMatch", ["^\\d{3}-\\d{4}$", "555-1234"], nil, "true"),
        ("regexMatch", ["(?i)^hello$", "HeLLo"], nil, "true"),
        ("regexMatch", ["[", "x"], nil, "false"),
        ("regexMatch", ["^\\p{L}+$", "héllo"], nil, "true"),
        ("regexMatch", ["^\\p{Greek}+$", "αβγ"], nil, "true"),
        ("regexMatch", ["^[[:alpha:]]+$", "abc"], nil, "true"),
        ("regexMatch", ["a$", "a\n"], nil, "false"),
        ("regexMatch", ["(?m)a$", "a\nb"], nil, "true"),
        ("regexMatch", ["\\bfoo\\b", "a foo b"], nil, "true"),
        ("regexMatch", ["^(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"], nil, "false"),
        ("mustRegexMatch", ["[", "x"], nil, "ERR error parsing regexp: missing closing ]: `[`"),
        ("mustRegexMatch", ["(", "x"], nil, "ERR error parsing regexp: missing closing ): `(`"),
        ("mustRegexMatch", ["*", "x"], nil, "ERR error parsing regexp: missing argument to repetition operator: `*`"),
        ("mustRegexMatch", ["a**", "x"], nil, "ERR error parsing regexp: invalid nested repetition operator: `**`"),
        ("mustRegexMatch", ["(a)\\1", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\1`"),
        ("mustRegexMatch", ["a(?=b)", "x"], nil, "ERR error parsing regexp: invalid or unsupported Perl syntax: `(?=`"),
        ("mustRegexMatch", ["a{1001}", "x"], nil, "ERR error parsing regexp: invalid repeat count: `{1001}`"),
        ("mustRegexMatch", ["[z-a]", "x"], nil, "ERR error parsing regexp: invalid character class range: `z-a`"),
        ("mustRegexMatch", ["a)", "x"], nil, "ERR error parsing regexp: unexpected ): `a)`"),
        ("mustRegexMatch", ["[[:foo:]]", "x"], nil, "ERR error parsing regexp: invalid character class range: `[:foo:]`"),
        ("mustRegexMatch", ["a\\", "x"], nil, "ERR error parsing regexp: trailing backslash at end of expression: ``"),
        ("regexFind", ["[a-zA-Z][1-9]", "abcd1234"], nil, "d1"),
        ("regexFind", ["[", "x"], nil, "ERR regexp: Compile(`[`): error parsing regexp: missing closing ]: `[`"),
        ("regexFindAll", ["[2,4,6,8]", "123456789"], -1, "[2 4 6 8]"),
        ("regexFindAll", ["[0-9]", "123"], 0, "[]"),
        ("regexFindAll", ["(?m)^\\w", "ab\ncd"], -1, "[a c]"),
        ("regexFindAll", ["a*", "baaab"], -1, "[ aaa ]"),
        ("regexFindAll", ["a*?", "aa"], -1, "[  ]"),
        ("regexReplaceAll", ["a(x*)b", "-ab-axxb-", "${1}W"], nil, "-W-xxW-"),
        ("regexReplaceAll", ["a(x*)b", "-ab-axxb-", "$1W"], nil, "---"),
        ("regexReplaceAll", ["(\\w+)@(\\w+)", "joe@home", "$2 at $1"], nil, "home at joe"),
        ("regexReplaceAll", ["(?P<first>\\w+) (?P<last>\\w+)", "John Smith", "${last}, ${first}"], nil, "Smith, John"),
        ("regexReplaceAll", ["x", "axb", "$$"], nil, "a$b"),
        ("regexReplaceAll", ["(a)", "abc", "[$2]"], nil, "[]bc"),
        ("regexReplaceAll", ["x*", "abc", "-"], nil, "-a-b-c-"),
        ("regexReplaceAll", ["a|ab", "ab", "X"], nil, "Xb"),
        ("regexReplaceAll", ["(?U)a+", "aaa", "X"], nil, "XXX"),
        ("regexReplaceAllLiteral", ["\\.", "a.b.c", "$1"], nil, "a$1b$1c"),
        ("regexSplit", ["z+", "pizza"], -1, "[pi a]"),
        ("regexSplit", ["\\s+", "a  b\tc\n d"], -1, "[a b c d]"),
        ("regexSplit", [",", "a,b,c"], 2, "[a b,c]"),
        ("regexSplit", ["", "abc"], -1, "[a b c]"),
        ("regexQuoteMeta", ["1.2.3 [a-z]+ (x)?*"], nil, "1\\.2\\.3 \\[a-z\\]\\+ \\(x\\)\\?\\*"),
        // Checked against Helm 4.2.3:
        ("regexFindAll", ["(?i)straße", "STRASSE strasse Straße STRAßE"], -1, "[Straße STRAßE]"),
        ("regexFindAll", ["\\PL+", "ab12cd"], -1, "[12]"),
        ("regexReplaceAll", ["(?s)a.b", "a\nb", "X"], nil, "X"),
        ("regexReplaceAll", ["a.b", "a\nb", "X"], nil, "a\nb"),
        ("regexFindAll", ["[^a]", "a\nb"], -1, "[\n b]"),
        ("regexReplaceAll", ["(a)(b)?", "a", "[$2]"], nil, "[]"),
        ("regexReplaceAll", ["(?P<x>a)", "a", "${x}${y}$x1"], nil, "a"),
        ("regexFindAll", ["\\x{41}\\101\\x42", "AAB"], -1, "[AAB]"),
        ("regexReplaceAll", ["", "abc", "-"], nil, "-a-b-c-"),
        ("regexSplit", ["a", ""], -1, "[]"),
        ("regexFindAll", ["(a|ab)(c|bcd)(d*)", "abcd"], -1, "[abcd]"),
        ("regexReplaceAll", ["\\b", "hello world", "|"], nil, "|hello| |world|"),
        ("regexFindAll", ["[[:^alpha:]]+", "ab12cd"], -1, "[12]"),
        ("regexFindAll", ["\\Qa.b\\E+", "a.bb"], -1, "[a.bb]"),
        ("regexReplaceAll", ["(?U)a+?", "aaa", "X"], nil, "X"),
        ("regexReplaceAll", ["x{2,}?", "xxxxx", "Y"], nil, "YYx"),
        ("regexFindAll", ["(?i)k", "K\u{212A}k"], -1, "[K \u{212A} k]"),
        ("mustRegexMatch", ["a{2}{3}", "x"], nil, "ERR error parsing regexp: invalid nested repetition operator: `{2}{3}`"),
        ("mustRegexMatch", ["a{2}*", "x"], nil, "ERR error parsing regexp: invalid nested repetition operator: `{2}*`"),
        ("mustRegexMatch", ["(?P<n>a", "x"], nil, "ERR error parsing regexp: missing closing ): `(?P<n>a`"),
        ("mustRegexMatch", ["(?P<>a)", "x"], nil, "ERR error parsing regexp: invalid named capture: `(?P<>`"),
        ("mustRegexMatch", ["(?P<a-b>x)", "x"], nil, "ERR error parsing regexp: invalid named capture: `(?P<a-b>`"),
        ("mustRegexMatch", ["(?<=a)b", "x"], nil, "ERR error parsing regexp: invalid named capture: `(?<=a)b`"),
        ("mustRegexMatch", ["(?P=n)", "x"], nil, "ERR error parsing regexp: invalid or unsupported Perl syntax: `(?P`"),
        ("mustRegexMatch", ["(?i", "x"], nil, "ERR error parsing regexp: invalid or unsupported Perl syntax: `(?i`"),
        ("mustRegexMatch", ["(?z)", "x"], nil, "ERR error parsing regexp: invalid or unsupported Perl syntax: `(?z`"),
        ("mustRegexMatch", ["(?-)", "x"], nil, "ERR error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"),
        ("mustRegexMatch", ["(?i-)", "x"], nil, "ERR error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"),
        ("mustRegexMatch", ["x{1001,}", "x"], nil, "ERR error parsing regexp: invalid repeat count: `{1001,}`"),
        ("mustRegexMatch", ["x{2,1}", "x"], nil, "ERR error parsing regexp: invalid repeat count: `{2,1}`"),
        ("mustRegexMatch", ["(x{500}){3}", "x"], nil, "ERR error parsing regexp: invalid repeat count: `{3}`"),
        ("mustRegexMatch", ["\\pX", "x"], nil, "ERR error parsing regexp: invalid character class range: `\\pX`"),
        ("mustRegexMatch", ["\\p{Foo}", "x"], nil, "ERR error parsing regexp: invalid character class range: `\\p{Foo}`"),
        ("mustRegexMatch", ["\\p", "x"], nil, "ERR error parsing regexp: invalid character class range: `\\p`"),
        ("mustRegexMatch", ["\\p{", "x"], nil, "ERR error parsing regexp: invalid character class range: `\\p{`"),
        ("mustRegexMatch", ["\\x{110000}", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\x{110000`"),
        ("mustRegexMatch", ["\\xZ", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\xZ`"),
        ("mustRegexMatch", ["\\x", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\x`"),
        ("mustRegexMatch", ["\\x{}", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\x{}`"),
        ("mustRegexMatch", ["\\8", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\8`"),
        ("mustRegexMatch", ["\\Z", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\Z`"),
        ("mustRegexMatch", ["\\C", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\C`"),
        ("mustRegexMatch", ["\\b+", "x"], nil, "true"),
        ("mustRegexMatch", ["[a-\\d]", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\d`"),
        ("mustRegexMatch", ["[\\d-z]", "-"], nil, "true"),
        ("mustRegexMatch", ["[a-\\pL]", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\p`"),
        ("mustRegexMatch", ["\\Q", "x"], nil, "true"),
        ("mustRegexMatch", ["a\\Qb", "ab"], nil, "true"),
        ("mustRegexMatch", ["\\pN+\\P{^Greek}", "1α"], nil, "true"),
        ("mustRegexMatch", ["\\p{Latin}", "é"], nil, "true"),
        ("mustRegexMatch", ["[\\p{Han}]", "漢"], nil, "true"),
        ("mustRegexMatch", ["\\é", "x"], nil, "ERR error parsing regexp: invalid escape sequence: `\\é`"),
        ("mustRegexMatch", ["\\_", "_"], nil, "true"),
        ("mustRegexMatch", ["[]a]", "]"], nil, "true"),
        ("mustRegexMatch", ["[^]a]", "b"], nil, "true"),
        ("mustRegexMatch", ["x**?", "x"], nil, "ERR error parsing regexp: invalid nested repetition operator: `**?`"),
        ("mustRegexMatch", ["(*)", "x"], nil, "ERR error parsing regexp: missing argument to repetition operator: `*`"),
        ("mustRegexMatch", ["^*", "x"], nil, "true"),
        ("mustRegexMatch", ["a{,3}", "a{,3}"], nil, "true"),
        ("mustRegexMatch", ["a{01}", "a{01}"], nil, "true"),
        ("mustRegexMatch", ["(?i)(?P<a>x)(?P<a>y)", "XY"], nil, "true"),
        ("mustRegexMatch", ["[[:word:]]", "_"], nil, "true"),
        ("mustRegexMatch", ["[[:foo]]", "f"], nil, "false"),
        ("mustRegexMatch", ["a{1000}{2}", "x"], nil, "ERR error parsing regexp: invalid nested repetition operator: `{1000}{2}`"),
        ("mustRegexMatch", ["(?i)[k-m]", "K"], nil, "true"),
        ("mustRegexMatch", ["(?i)Σ", "σς"], nil, "true"),
        ("mustRegexMatch", ["[[:upper:]]", "a"], nil, "false"),
        ("mustRegexMatch", ["(?i)[[:upper:]]", "a"], nil, "true"),
        ("mustRegexMatch", ["\\pL", "_"], nil, "false"),
        ("mustRegexMatch", ["\\p{Lu}", "É"], nil, "true"),
        ("mustRegexMatch", ["(?m)^b$", "a\\nb\\nc"], nil, "false"),
        ("mustRegexMatch", ["^$", ""], nil, "true"),
        ("mustRegexMatch", ["\\d\\D\\s\\S\\w\\W", "1a b_!"], nil, "true"),
        ("mustRegexMatch", ["\\141", "a"], nil, "true"),
        ("mustRegexMatch", ["(?s).", "\\n"], nil, "true"),
        ("mustRegexMatch", ["[a-c-e]", "-"], nil, "true"),
        ("mustRegexMatch", ["\\v\\f\\t", "\\u000b\\u000c\\t"], nil, "false"),

    ]

    @Test(arguments: cases)
    func regexFunctions(name: String, args: [String], n: Int?, expected: String) {
        var values = args.map { Value.string($0) }
        if let n {
            values.insert(.int(n), at: 2)
        }
        #expect(Self.run(name, values) == expected)
    }
}
