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
