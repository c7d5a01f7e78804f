import Testing
@testable import ChartRender

/// GoCast: spf13/cast conversions and Go's strconv parsers, as Helm 4.2.3 shows them
/// (values recorded with the oracle through `int64`, `float64` and `atoi`).
struct SprigCastTests {
    struct IntCase: Sendable, CustomTestStringConvertible {
        let text: String
        let value: Int64?
        var testDescription: String { text }
    }

    struct FloatCase: Sendable, CustomTestStringConvertible {
        let text: String
        let value: Double?
        var testDescription: String { text }
    }

    /// `strconv.ParseInt(s, 0, 64)`.
    static let ints: [IntCase] = [
        IntCase(text: "42", value: 42),
        IntCase(text: "-0x10", value: -16),
        IntCase(text: "0b101", value: 5),
        IntCase(text: "0o17", value: 15),
        IntCase(text: "017", value: 15),
        IntCase(text: "0", value: 0),
        IntCase(text: "1_000", value: 1000),
        IntCase(text: "+0b1_1", value: 3),
        IntCase(text: "_1", value: nil),
        IntCase(text: "1__0", value: nil),
        IntCase(text: "1_", value: nil),
        IntCase(text: "0x", value: nil),
        IntCase(text: "1e3", value: nil),
        IntCase(text: " 1", value: nil),
        IntCase(text: "", value: nil),
        IntCase(text: "9223372036854775807", value: Int64.max),
        IntCase(text: "-9223372036854775808", value: Int64.min),
        IntCase(text: "0x8000000000000000", value: nil),
    ]

    /// `strconv.ParseFloat(s, 64)` (nil where Go errors, including out of range).
    static let floats: [FloatCase] = [
        FloatCase(text: "4.7", value: 4.7),
        FloatCase(text: ".5", value: 0.5),
        FloatCase(text: "5.", value: 5),
        FloatCase(text: "+.5e1", value: 5),
        FloatCase(text: "1_0.5", value: 10.5),
        FloatCase(text: "0x1.8p1", value: 3),
        FloatCase(text: "0x1", value: nil),
        FloatCase(text: "Infinity", value: .infinity),
        FloatCase(text: "-inf", value: -.infinity),
        FloatCase(text: "infx", value: nil),
        FloatCase(text: "1e", value: nil),
        FloatCase(text: ".e1", value: nil),
        FloatCase(text: "2e308", value: nil),
        FloatCase(text: "1e-400", value: 0),
    ]

    @Test(arguments: ints) func parseInt(_ c: IntCase) {
        #expect((try? GoStrconv.parseInt(c.text, base: 0, bitSize: 64)) == c.value)
    }

    @Test(arguments: floats) func parseFloat(_ c: FloatCase) {
        #expect((try? GoStrconv.parseFloat(c.text, bitSize: 64)) == c.value)
    }

    @Test func parseFloatNaN() throws {
        let v = try GoStrconv.parseFloat("nan", bitSize: 64)
        #expect(v.isNaN)
        #expect((try? GoStrconv.parseFloat("+nan", bitSize: 64)) == nil)
    }

    @Test func castRules() {
        #expect(GoCast.toInt64(.string("12.00")) == 12)
        #expect(GoCast.toInt64(.string("5.")) == 0)
        #expect(GoCast.toInt64(.float64(.nan)) == Int64.min)
        #expect(GoCast.toInt64(.float64(-4.7)) == -4)
        #expect(GoCast.toInt64(.uint64(UInt64.max)) == -1)
        #expect(GoCast.toFloat64(.bool(true)) == 1)
        #expect(GoCast.toFloat64(.list([])) == 0)
        #expect(GoCast.strval(.bytes(Array("x".utf8))) == "x")
        #expect(GoCast.strslice(.list([.int(1), .null, .string("a")])) == ["1", "a"])
        #expect(GoCast.isEmpty(.map([:])) && !GoCast.isEmpty(.string("0")))
        #expect(!GoCast.deepEqual(.int(1), .int64(1)))
    }
}
