import Testing
@testable import ChartRender

/// The strconv port against rows of Go's own tests (`strconv/atoi_test.go`,
/// `atof_test.go`): the value Go returns and the text of its `*NumError`.
struct GoStrconvTests {
    struct IntCase: Sendable, CustomTestStringConvertible {
        let input: String
        let base: Int
        let bitSize: Int
        /// Go's value, which it returns beside a range error too.
        let value: Int64
        /// Go's `err.Error()`, or nil.
        let error: String?
        var testDescription: String { "\(input) base \(base) bits \(bitSize)" }

        init(_ input: String, _ base: Int, _ value: Int64, _ error: String? = nil, bits bitSize: Int = 64) {
            self.input = input; self.base = base; self.bitSize = bitSize; self.value = value; self.error = error
        }
    }

    static func syntax(_ f: String, _ s: String) -> String { "strconv.\(f): parsing \(GoQuote.quote(s)): invalid syntax" }
    static func range(_ f: String, _ s: String) -> String { "strconv.\(f): parsing \(GoQuote.quote(s)): value out of range" }

    static let intCases: [IntCase] = [
        IntCase("", 10, 0, syntax("ParseInt", "")),
        IntCase("0", 10, 0),
        IntCase("-0", 10, 0),
        IntCase("+0", 10, 0),
        IntCase("12345", 10, 12345),
        IntCase("-12345", 10, -12345),
        IntCase("012345", 10, 12345),
        IntCase("12345x", 10, 0, syntax("ParseInt", "12345x")),
        IntCase("-12345x", 10, 0, syntax("ParseInt", "-12345x")),
        IntCase("+-1", 10, 0, syntax("ParseInt", "+-1")),
        IntCase("9223372036854775807", 10, Int64.max),
        IntCase("-9223372036854775808", 10, Int64.min),
        IntCase("9223372036854775808", 10, Int64.max, range("ParseInt", "9223372036854775808")),
        IntCase("-9223372036854775809", 10, Int64.min, range("ParseInt", "-9223372036854775809")),
        // Go stops at the first overflow, before the bad character.
        IntCase("99999999999999999999x", 10, Int64.max, range("ParseInt", "99999999999999999999x")),
        IntCase("1_2_3_4_5", 10, 0, syntax("ParseInt", "1_2_3_4_5")),
        // Base 0: prefixes and underscores.
        IntCase("1_2_3_4_5", 0, 12345),
        IntCase("0x_1_2", 0, 0x12),
        IntCase("-0x10", 0, -16),
        IntCase("0X10", 0, 16),
        IntCase("0b101", 0, 5),
        IntCase("0o17", 0, 15),
        IntCase("017", 0, 15),
        IntCase("0_1_7", 0, 15),
        IntCase("0x", 0, 0, syntax("ParseInt", "0x")),
        IntCase("_12345", 0, 0, syntax("ParseInt", "_12345")),
        IntCase("1__2345", 0, 0, syntax("ParseInt", "1__2345")),
        IntCase("12345_", 0, 0, syntax("ParseInt", "12345_")),
        IntCase("0x__12", 0, 0, syntax("ParseInt", "0x__12")),
        IntCase("089", 0, 0, syntax("ParseInt", "089")),
        IntCase("0x8000000000000000", 0, Int64.max, range("ParseInt", "0x8000000000000000")),
        // Other bases, bit sizes and their errors.
        IntCase("-101", 2, -5),
        IntCase("zz", 36, 1295),
        IntCase("2147483647", 10, 2147483647, bits: 32),
        IntCase("2147483648", 10, 2147483647, range("ParseInt", "2147483648"), bits: 32),
        IntCase("-2147483649", 10, -2147483648, range("ParseInt", "-2147483649"), bits: 32),
        IntCase("0", 1, 0, "strconv.ParseInt: parsing \"0\": invalid base 1"),
        IntCase("0", 37, 0, "strconv.ParseInt: parsing \"0\": invalid base 37"),
        IntCase("0", 10, 0, "strconv.ParseInt: parsing \"0\": invalid bit size 65", bits: 65),
    ]

    @Test(arguments: intCases) func parseInt(_ c: IntCase) {
        #expect(GoStrconv.parseIntIgnoringError(c.input, base: c.base, bitSize: c.bitSize) == c.value)
        do {
            let v = try GoStrconv.parseInt(c.input, base: c.base, bitSize: c.bitSize)
            #expect(c.error == nil)
            #expect(v == c.value)
        } catch {
            #expect(error.description == c.error)
        }
    }

    static let uintCases: [IntCase] = [
        IntCase("18446744073709551615", 10, -1),
        IntCase("18446744073709551616", 10, -1, range("ParseUint", "18446744073709551616")),
        IntCase("-1", 10, 0, syntax("ParseUint", "-1")),
        IntCase("+1", 10, 0, syntax("ParseUint", "+1")),
        IntCase("0xFFFFFFFFFFFFFFFF", 0, -1),
        IntCase("4294967296", 10, 4294967295, range("ParseUint", "4294967296"), bits: 32),
    ]

    @Test(arguments: uintCases) func parseUint(_ c: IntCase) {
        do {
            let v = try GoStrconv.parseUint(c.input, base: c.base, bitSize: c.bitSize)
            #expect(c.error == nil)
            #expect(v == UInt64(bitPattern: c.value))
        } catch {
            #expect(error.description == c.error)
        }
    }

    @Test func atoiUsesItsOwnName() {
        #expect(throws: GoStrconv.NumError(function: "Atoi", input: "12a", kind: .syntax)) { try GoStrconv.atoi("12a") }
        #expect((try? GoStrconv.atoi("-42")) == -42)
        do { _ = try GoStrconv.atoi("99999999999999999999") } catch {
            #expect(error.description == Self.range("Atoi", "99999999999999999999"))
        }
    }

    @Test func parseBool() {
        #expect((try? GoStrconv.parseBool("T")) == true)
        #expect((try? GoStrconv.parseBool("False")) == false)
        do { _ = try GoStrconv.parseBool("yes") } catch {
            #expect(error.description == Self.syntax("ParseBool", "yes"))
        }
    }

    struct FloatCase: Sendable, CustomTestStringConvertible {
        let input: String
        /// Go's value beside the error (`+Inf` for a range error, 0 for a syntax error).
        let value: Double
        let error: String?
        var testDescription: String { input }

        init(_ input: String, _ value: Double, _ error: String? = nil) {
            self.input = input; self.value = value; self.error = error
        }
    }

    static let floatCases: [FloatCase] = [
        FloatCase("", 0, syntax("ParseFloat", "")),
        FloatCase("1", 1),
        FloatCase("+1", 1),
        FloatCase("1x", 0, syntax("ParseFloat", "1x")),
        FloatCase("1.1.", 0, syntax("ParseFloat", "1.1.")),
        FloatCase("1e23", 1e23),
        FloatCase("1E23", 1e23),
        FloatCase("100000000000000000000000", 1e23),
        FloatCase("1e-100", 1e-100),
        FloatCase("123456789e-10", 0.0123456789),
        FloatCase("-1", -1),
        FloatCase("-0.1", -0.1),
        FloatCase("5.", 5),
        FloatCase(".5", 0.5),
        FloatCase("1e", 0, syntax("ParseFloat", "1e")),
        FloatCase("1e-", 0, syntax("ParseFloat", "1e-")),
        FloatCase(".e-1", 0, syntax("ParseFloat", ".e-1")),
        FloatCase("1e308", 1e308),
        FloatCase("2e308", .infinity, range("ParseFloat", "2e308")),
        FloatCase("-2e308", -.infinity, range("ParseFloat", "-2e308")),
        FloatCase("1e+10000000000", .infinity, range("ParseFloat", "1e+10000000000")),
        FloatCase("1e-350", 0),
        FloatCase("4.9406564584124654e-324", .leastNonzeroMagnitude),
        FloatCase("2.2250738585072012e-308", 2.2250738585072014e-308),
        // Hex floats need an exponent.
        FloatCase("0x1p-2", 0.25),
        FloatCase("0x1.8p1", 3),
        FloatCase("0x1fFe2.p0", 131042),
        FloatCase("0x.1p4", 1),
        FloatCase("0x1p", 0, syntax("ParseFloat", "0x1p")),
        FloatCase("0x1", 0, syntax("ParseFloat", "0x1")),
        FloatCase("0x1p1024", .infinity, range("ParseFloat", "0x1p1024")),
        // Specials, in any case, with a sign except for NaN.
        FloatCase("inf", .infinity),
        FloatCase("-Inf", -.infinity),
        FloatCase("+INFINITY", .infinity),
        FloatCase("infx", 0, syntax("ParseFloat", "infx")),
        FloatCase("infinit", 0, syntax("ParseFloat", "infinit")),
        FloatCase("-nan", 0, syntax("ParseFloat", "-nan")),
        // Underscores, as in Go literals.
        FloatCase("1_23.50_0_0e+1_2", 1.235e14),
        FloatCase("0x_1_2.3_4_5p+1_2", 74565),
        FloatCase("-_123.5e+12", 0, syntax("ParseFloat", "-_123.5e+12")),
        FloatCase("1__23.5e+12", 0, syntax("ParseFloat", "1__23.5e+12")),
        FloatCase("123_.5e+12", 0, syntax("ParseFloat", "123_.5e+12")),
        FloatCase("123._5e+12", 0, syntax("ParseFloat", "123._5e+12")),
        FloatCase("123.5e_+12", 0, syntax("ParseFloat", "123.5e_+12")),
        FloatCase("123.5e+_12", 0, syntax("ParseFloat", "123.5e+_12")),
        FloatCase("123.5e+12_", 0, syntax("ParseFloat", "123.5e+12_")),
    ]

    @Test(arguments: floatCases) func parseFloat(_ c: FloatCase) {
        #expect(GoStrconv.parseFloatIgnoringError(c.input, bitSize: 64) == c.value)
        do {
            let v = try GoStrconv.parseFloat(c.input, bitSize: 64)
            #expect(c.error == nil)
            #expect(v == c.value)
        } catch {
            #expect(error.description == c.error)
        }
    }

    @Test func parseFloatNaNAndFloat32() throws {
        #expect(try GoStrconv.parseFloat("NaN", bitSize: 64).isNaN)
        #expect(try GoStrconv.parseFloat("1.1", bitSize: 32) == Double(Float(1.1)))
        #expect(throws: GoStrconv.NumError(function: "ParseFloat", input: "1e39", kind: .range)) {
            try GoStrconv.parseFloat("1e39", bitSize: 32)
        }
    }
}
