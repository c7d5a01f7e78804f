import Testing
@testable import ChartRender

/// One `fmt.Sprintf` case; expectations come from Go (Helm 4.2.3 `printf`).
struct SprintfCase: CustomTestStringConvertible, Sendable {
    let format: String
    let args: [FmtArg]
    let expected: String
    var testDescription: String { format }

    init(_ format: String, _ args: [FmtArg], _ expected: String) {
        self.format = format
        self.args = args
        self.expected = expected
    }
}

/// `Value` holds class-backed objects; tests only need the plain cases.
enum FmtArg: Sendable {
    case null, bool(Bool), int(Int), int64(Int64), u8(UInt8), f(Double), s(String), bytes([UInt8])
    indirect case list([FmtArg]), strings([String]), map([String: FmtArg])

    var value: Value {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .int64(let i): return .int64(i)
        case .u8(let u): return .intN(Int64(u), .uint8)
        case .f(let d): return .float64(d)
        case .s(let s): return .string(s)
        case .bytes(let b): return .bytes(b)
        case .list(let l): return .list(l.map(\.value))
        case .strings(let l): return .strings(l)
        case .map(let m): return .map(m.mapValues(\.value))
        }
    }
}

let fmtListL: FmtArg = .list([.int(1), .s("a"), .null])

let sprintfCases: [SprintfCase] = [
    .init("%v|%v|%v|%v", [.int(1), .s("s"), .bool(true), .f(1.5)], "1|s|true|1.5"),
    .init("%v %v", [.map(["a": .int(1)]), .list([.int(1), .s("x")])], "map[a:1] [1 x]"),
    .init("%+v", [.map(["a": .int(1)])], "map[a:1]"),
    .init("%#v", [.list([.int(1), .s("x")])], #"[]interface {}{1, "x"}"#),
    .init("%#v", [.map(["a": .int(1)])], #"map[string]interface {}{"a":1}"#),
    .init("%s", [.int(5)], "%!s(int=5)"),
    .init("%s", [.list([.s("a"), .s("b")])], "[a b]"),
    .init("%d", [.f(1)], "%!d(float64=1)"),
    .init("%d", [.s("x")], "%!d(string=x)"),
    .init("%+d %+d", [.int(5), .int(-5)], "+5 -5"),
    .init("%q", [.s("he said \"hi\"\n")], #""he said \"hi\"\n""#),
    .init("%q", [.int(65)], "'A'"),
    .init("%x|%X|%x|%O", [.int(255), .int(255), .s("hi"), .int(8)], "ff|FF|6869|0o10"),
    .init("%c|%U", [.int(9731), .int(9731)], "☃|U+2603"),
    .init("%e|%E|%f|%.2f", [.f(1234.5678), .f(0.000123), .f(3.14159), .f(3.14159)], "1.234568e+03|1.230000E-04|3.141590|3.14"),
    .init("%.0f %.0f", [.f(2.5), .f(3.5)], "2 4"),
    .init("%f", [.int(3)], "%!f(int=3)"),
    .init("%g %g %g", [.f(1), .f(1e21), .f(0.00001)], "1 1e+21 1e-05"),
    .init("[%5s][%-5s]", [.s("ab"), .s("ab")], "[   ab][ab   ]"),
    .init("%.2s", [.s("abcdef")], "ab"),
    .init("[%*d]", [.int(6), .int(42)], "[    42]"),
    .init("%t %t", [.bool(true), .bool(false)], "true false"),
    .init("%t", [.s("yes")], "%!t(string=yes)"),
    .init("%T %T %T %T %T %T", [.int(1), .f(1.5), .s("s"), .bool(true), .list([]), .map([:])], "int float64 string bool []interface {} map[string]interface {}"),
    .init("%T", [.null], "<nil>"),
    .init("100%%", [], "100%"),
    .init("%s %s", [.s("one")], "one %!s(MISSING)"),
    .init("%z", [.int(1)], "%!z(int=1)"),
    .init("%[2]s %[1]s", [.s("a"), .s("b")], "b a"),
    .init("%d", [.null], "%!d(<nil>)"),
    .init("%v", [.map(["a": .null])], "map[a:<nil>]"),
    .init("%q", [.list([.s("a"), .s("b")])], #"["a" "b"]"#),
    .init("%s", [.bytes(Array("raw".utf8))], "raw"),
    .init("%v %v", [.f(0.1), .f(0.30000000000000004)], "0.1 0.30000000000000004"),
    // From the oracle: flags, widths and errors.
    .init("%05s|%-05d|%+v|%+d|%x|% x|%#x|%X", [.s("ab"), .int(3), .int(5), .int(5), .s("hi"), .s("hi"), .s("hi"), .int(255)], "000ab|3    |5|+5|6869|68 69|0x6869|FF"),
    .init("%v|%5v|%05v|%x|%d", [fmtListL, fmtListL, .list([.int(1), .int(2)]), .list([.s("hi"), .int(10)]), .list([.null, .int(1)])], "[1 a <nil>]|[    1     a <nil>]|[00001 00002]|[6869 a]|[<nil> 1]"),
    .init("%#v|%#v|%#v", [fmtListL, .f(1), .list([.f(1.5), .s("x"), .bool(true), .null])], #"[]interface {}{1, "a", interface {}(nil)}|1|[]interface {}{1.5, "x", true, interface {}(nil)}"#),
    .init("%.3g|%#g|%g|%.2e|%10.3f|%-10.1f|%+.1e|%#.0f|%08.3f|% f", [.f(100), .f(1), .f(1e6), .f(12345.678), .f(3.14159), .f(2.5), .f(-1.5), .f(3), .f(-3.14159), .f(1)], "100|1.00000|1e+06|1.23e+04|     3.142|2.5       |-1.5e+00|3.|-003.142| 1.000000"),
    .init("%!|%z|%[3]d|%[0]d|%d %d %[1]d|%.*d|%*d|%-*d|", [.int(1), .int(2)], "%!!(int=1)|%!z(int=2)|%!d(BADINDEX)|%!d(BADINDEX)|%!d(MISSING) %!d(MISSING) 1|%!d(MISSING)|%!(BADWIDTH)%!d(MISSING)|%!(BADWIDTH)%!d(MISSING)|"),
    .init("%s %d", [.s("a"), .int(1), .int(2), .s("x"), .null], "a 1%!(EXTRA int=2, string=x, <nil>)"),
    .init("%c|%q|%U|%#U|%+q|%#q|%q", [.int(65), .int(10), .int(9731), .int(9731), .s("héllo"), .s("a`b"), .s("a\tb")], #"A|'\n'|U+2603|U+2603 '☃'|"h\u00e9llo"|"a`b"|"a\tb""#),
    .init("%6.2f|%-8s|%8.3s|%o|%#o|%O|%b|%#b", [.f(3.14159), .s("ab"), .s("abcdef"), .int(8), .int(8), .int(8), .int(5), .int(5)], "  3.14|ab      |     abc|10|010|0o10|101|0b101"),
    .init("%v %v %v", [.f(1e21), .f(1e20), .f(0.000001)], "1e+21 1e+20 1e-06"),
    .init("%d|%s|%5.1f", [.list([.int(1), .s("a")]), .map(["a": .int(1)]), .list([.f(1.25), .f(2.35)])], "[1 %!d(string=a)]|map[a:%!s(int=1)]|[  1.2   2.4]"),
    .init("%t|%v|%e", [.bool(true), .bool(false), .f(1e-7)], "true|false|1.000000e-07"),
    .init("%.0f %.0f %.0f %.1f", [.f(0.5), .f(1.5), .f(2.5), .f(0.25)], "0 2 2 0.2"),
    .init("%v|%d|%s|%x|%q", [.bytes([104, 105]), .bytes([104, 105]), .bytes([104, 105]), .bytes([104, 105]), .bytes([104, 105])], #"[104 105]|[104 105]|hi|6869|"hi""#),
    .init("%#v|%T|%v|%c", [.bytes([104, 105]), .bytes([104, 105]), .list([.bytes([104, 105])]), .bytes([104, 105])], "[]byte{0x68, 0x69}|[]uint8|[[104 105]]|[h i]"),
    .init("%.2v|%10.4v|%-8v|%08v|%+v|% d|%+.3e|%x|%X", [.f(3.14159), .f(2), .s("x"), .f(-1.5), .int(-2), .int(5), .f(0), .int(-255), .s("héllo")], "3.1|         2|x       |-00001.5|-2| 5|+0.000e+00|-ff|68C3A96C6C6F"),
    .init("%5t|%-6t|%q|%#q|%+q", [.bool(true), .bool(false), .s("☃\u{01}"), .s("☃"), .s("☃")], #" true|false |"☃\x01"|`☃`|"\u2603""#),
    .init("%e|%g|%G|%.3g|%.10g|%g|%g", [.f(0), .f(100000), .f(1e-10), .f(0.0001234), .f(1), .f(123456789), .f(-0.0)], "0.000000e+00|100000|1E-10|0.000123|1|1.23456789e+08|-0"),
    .init("%6.2q|%.1q|%.0d|%5.0d|%.3d|%+05d|%x", [.s("hello"), .s("héllo"), .int(0), .int(0), .int(7), .int(42), .int(-1)], #"  "he"|"h"||     |007|+0042|-1"#),
    .init("%d %v %x", [.u8(200), .u8(7), .u8(255)], "200 7 ff"),
    .init("%#v %#v", [.u8(200), .s("q\"")], #"0xc8 "q\"""#),
    .init("%s", [.strings(["a", "b"])], "[a b]"),
    .init("%#v", [.strings(["a"])], #"[]string{"a"}"#),
    .init("%5.1%|%", [], "%|%!(NOVERB)"),
]

@Test(arguments: sprintfCases)
func fmtSprintf(_ c: SprintfCase) {
    #expect(GoFmt.sprintf(c.format, c.args.map(\.value)) == c.expected)
}

/// `fmt.Sprint`, `Sprintln` and `%v` of single values.
@Test func fmtSprintAndFormatValue() {
    #expect(GoFmt.sprint([.string("a"), .string("b")]) == "ab")
    #expect(GoFmt.sprint([.int(1), .int(2)]) == "1 2")
    #expect(GoFmt.sprint([.string("a"), .int(1), .int(2), .string("b"), .int(3)]) == "a1 2b3")
    #expect(GoFmt.sprint([.bool(true), .null, .bool(false)]) == "true <nil> false")
    #expect(GoFmt.sprint([.list([.int(1), .int(2)]), .map(["k": .string("v")])]) == "[1 2] map[k:v]")
    #expect(GoFmt.sprintln([.string("a"), .string("b")]) == "a b\n")
    #expect(GoFmt.sprintln([.int(1), .int(2)]) == "1 2\n")
    #expect(GoFmt.formatValue(.map(["b": .int(1), "B": .int(2), "a": .int(3), "A": .int(4), "10": .int(5), "9": .int(6)])) == "map[10:5 9:6 A:4 B:2 a:3 b:1]")
    #expect(GoFmt.formatValue(.list([.list([.int(1), .int(2)]), .list([]), .map(["a": .int(1)])])) == "[[1 2] [] map[a:1]]")
    #expect(GoFmt.formatValue(.list([.string(""), .string("")])) == "[ ]")
    #expect(GoFmt.formatValue(.float64(1e6)) == "1e+06")
    #expect(GoFmt.formatValue(.float64(-Double.infinity)) == "-Inf")
    #expect(GoFmt.formatValue(.null) == "<nil>")
    #expect(GoFmt.formatValue(.uint64(18446744073709551615)) == "18446744073709551615")
}

/// Struct and pointer objects: `String()` by receiver, fields otherwise (oracle output).
@Test func fmtObjects() throws {
    let kube = Value.object(KubeVersionObject("v1.36.0"))
    let helm = Value.object(HelmVersionObject())
    let semver = Value.object(try SemVersion.parse("1.2.3"))
    // {{ . }} printing sees the pointer-receiver String of an addressable field.
    #expect(GoFmt.formatValue(kube) == "v1.36.0")
    #expect(GoFmt.formatValue(helm) == "{v4.2   go1.26.6 v1.36}")
    // fmt does not.
    #expect(GoFmt.sprint([kube]) == "{v1.36.0 v1.36.0 1 36}")
    #expect(GoFmt.sprintf("%+v|%v", [kube, helm]) == "{Version:v1.36.0 normalizedVersion:v1.36.0 Major:1 Minor:36}|{v4.2   go1.26.6 v1.36}")
    #expect(GoFmt.sprintf("%#v", [kube]) == #"common.KubeVersion{Version:"v1.36.0", normalizedVersion:"v1.36.0", Major:"1", Minor:"36"}"#)
    #expect(GoFmt.sprintf("%+v|%+d", [semver, semver]) == "1.2.3|&{+1 +2 +3 %!d(string=) %!d(string=) %!d(string=1.2.3)}")
    #expect(GoFmt.sprintf("%#v", [semver]) == #"&semver.Version{major:0x1, minor:0x2, patch:0x3, pre:"", metadata:"", original:"1.2.3"}"#)
    #expect(GoFmt.sprintf("%e", [kube]) == "{%!e(string=v1.36.0) %!e(string=v1.36.0) %!e(string=1) %!e(string=36)}")
    #expect(GoFmt.formatValue(.list([kube])) == "[{v1.36.0 v1.36.0 1 36}]")
    // html/js/urlquery dereference pointers first (no `&`).
    #expect(callBuiltin("html", [.object(CapabilitiesObject(Capabilities())), .int(1)]).hasPrefix("{{v1.36.0"))
}
