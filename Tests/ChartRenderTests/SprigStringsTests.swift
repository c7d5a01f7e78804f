import Testing
@testable import ChartRender

/// Sprig string functions called directly; expectations recorded from Helm 4.2.3
/// (../shared/conformance/templates/sprig-strings.jsonl and the oracle).
struct SprigStringsTests {
    static let cases: [SprigCall] = [
        SprigCall("hello", [], prints: "Hello!"),
        SprigCall("trim", [s("  \t hi there \n ")], prints: "hi there"),
        SprigCall("trim", [s("\u{a0}\u{2003}x\u{3000}")], prints: "x"),
        SprigCall("trimall", [s("x"), s("xxaxx")], prints: "a"),
        SprigCall("trimAll", [s("$"), s("$5.00$")], prints: "5.00"),
        SprigCall("trimPrefix", [s("a"), s("aaab")], prints: "aab"),
        SprigCall("trimPrefix", [s("x"), s("abc")], prints: "abc"),
        SprigCall("trimSuffix", [s("b"), s("abbb")], prints: "abb"),
        SprigCall("upper", [s("hello ß é")], prints: "HELLO ß É"),
        SprigCall("upper", [s("ᾳǆ")], prints: "ᾼǄ"),
        SprigCall("lower", [s("HELLO É")], prints: "hello é"),
        SprigCall("lower", [s("İǅ")], prints: "iǆ"),
        SprigCall("title", [s("hello wide world-wide")], prints: "Hello Wide World-Wide"),
        SprigCall("title", [s("hELLO mIxEd")], prints: "HELLO MIxEd"),
        SprigCall("title", [s("ǆa ß")], prints: "ǅa ß"),
        SprigCall("untitle", [s("Hello World FOO")], prints: "hello world fOO"),
        SprigCall("swapcase", [s("Hello World 123")], prints: "hELLO wORLD 123"),
        SprigCall("swapcase", [s("ǅx")], prints: "ǆX"),
        SprigCall("initials", [s("hello  world-wide Foo")], prints: "hwF"),
        SprigCall("snakecase", [s("FirstName")], prints: "first_name"),
        SprigCall("snakecase", [s("HTTPServer")], prints: "http_server"),
        SprigCall("snakecase", [s("already_snake")], prints: "already_snake"),
        SprigCall("snakecase", [s("with space")], prints: "with_space"),
        SprigCall("snakecase", [s("HTTP20xOK")], prints: "http_20x_ok"),
        SprigCall("snakecase", [s("Bld4Floor3rd")], prints: "bld4_floor_3rd"),
        SprigCall("snakecase", [s("a.b-c d")], prints: "a.b_c_d"),
        SprigCall("kebabcase", [s("some  Words__x")], prints: "some--words--x"),
        SprigCall("kebabcase", [s("snake_case_name")], prints: "snake-case-name"),
        SprigCall("camelcase", [s("http_server")], prints: "HttpServer"),
        SprigCall("camelcase", [s("some-name here")], prints: "SomeNameHere"),
        SprigCall("camelcase", [s("alreadyCamel")], prints: "AlreadyCamel"),
        SprigCall("camelcase", [s("HTTPServer")], prints: "Httpserver"),
        SprigCall("camelcase", [s("GOLANG_IS_GREAT")], prints: "GolangIsGreat"),
        SprigCall("camelcase", [s("_complex__case_")], prints: "_Complex_Case_"),
        SprigCall("camelcase", [s("__")], prints: "___"),
        SprigCall("camelcase", [s("")], prints: ""),
        SprigCall("substr", [i(6), i(11), s("hello world")], prints: "world"),
        SprigCall("substr", [i(3), i(-1), s("hello world")], prints: "lo world"),
        SprigCall("substr", [i(5), i(2), s("hello world")], fails: "runtime error: slice bounds out of range [5:2]"),
        SprigCall("substr", [i(-1), i(20), s("hello")], fails: "runtime error: slice bounds out of range [:20] with length 5"),
        SprigCall("trunc", [i(50), s("hello")], prints: "hello"),
        SprigCall("substr", [i(-1), i(-1), s("abc")], fails: "runtime error: slice bounds out of range [:-1]"),
        SprigCall("substr", [i(5), i(-1), s("abc")], fails: "runtime error: slice bounds out of range [5:3]"),
        SprigCall("snakecase", [s("éÉtéFoo")], prints: "é_été_foo"),
        SprigCall("trunc", [i(-5), s("hello world")], prints: "world"),
        SprigCall("trunc", [i(-50), s("hello")], prints: "hello"),
        SprigCall("trunc", [i(0), s("hello")], prints: ""),
        SprigCall("abbrev", [i(20), s("hello world")], prints: "hello world"),
        SprigCall("abbrev", [i(3), s("hello world")], prints: "hello world"),
        SprigCall("abbrev", [i(5), s("hello world")], prints: "he..."),
        SprigCall("abbrevboth", [i(5), i(10), s("1234 5678 9123")], prints: "...5678..."),
        SprigCall("repeat", [i(3), s("ab")], prints: "ababab"),
        SprigCall("repeat", [i(-1), s("ab")], fails: "strings: negative Repeat count"),
        SprigCall("nospace", [s("h e l\tl\no")], prints: "hello"),
        SprigCall("wrap", [i(5), s("abcdefghij klm")], prints: "abcdefghij\nklm"),
        SprigCall("wrapWith", [i(10), s("<br>"), s("The quick brown fox jumps over the lazy dog")],
                  prints: "The quick<br>brown fox<br>jumps over<br>the lazy<br>dog"),
        SprigCall("contains", [s("cat"), s("catch")], prints: "true"),
        SprigCall("contains", [s(""), s("x")], prints: "true"),
        SprigCall("hasPrefix", [s("tch"), s("catch")], prints: "false"),
        SprigCall("hasSuffix", [s("tch"), s("catch")], prints: "true"),
        SprigCall("squote", [s("a"), i(1), .null, .bool(true)], prints: "'a' '1' 'true'"),
        SprigCall("cat", [s("a"), i(1), f(2.5), .bool(true), .null, s("z")], prints: "a 1 2.5 true z"),
        SprigCall("cat", [l(i(1), i(2)), s("x")], prints: "[1 2] x"),
        SprigCall("cat", [], prints: ""),
        SprigCall("indent", [i(4), s("a\nb\nc")], prints: "    a\n    b\n    c"),
        SprigCall("indent", [i(2), s("a\n\nb\n")], prints: "  a\n  \n  b\n  "),
        SprigCall("nindent", [i(2), s("")], prints: "\n  "),
        SprigCall("indent", [i(-1), s("a")], fails: "strings: negative Repeat count"),
        SprigCall("replace", [s(" "), s("-"), s("I Am Henry VIII")], prints: "I-Am-Henry-VIII"),
        SprigCall("replace", [s(""), s("-"), s("ab")], prints: "-a-b-"),
        SprigCall("plural", [s("one"), s("many"), i(1)], prints: "one"),
        SprigCall("plural", [s("one"), s("many"), i(0)], prints: "many"),
        SprigCall("toString", [f(1e6)], prints: "1e+06"),
        SprigCall("toString", [.bytes(Array("bytes!".utf8))], prints: "bytes!"),
        SprigCall("shuffle", [s("")], prints: ""),
    ]

    @Test(arguments: cases) func call(_ c: SprigCall) { c.check() }

    @Test func shuffleKeepsRunes() throws {
        let f = try #require(Functions.table["shuffle"])
        var call = FunctionCall(args: [s("héllo wörld")], name: "shuffle", env: RenderEnvironment(seed: 7))
        let out = try f.body(&call).stringValue ?? ""
        #expect(out.unicodeScalars.map(\.value).sorted() == "héllo wörld".unicodeScalars.map(\.value).sorted())
    }
}
