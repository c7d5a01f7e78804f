import Testing
@testable import ChartRender

/// Go time parsing and zone cases recorded from Helm 4.2.3.
struct DateOracleTests {
    static func toDate(_ layout: String, _ s: String) -> Value { DateTests.toDate(layout, s) }

    static let parseCases: [(String, String, String)] = [
        ("2006-01-02 15:04:05 MST", "2024-03-15 13:45:30 PST", "2024-03-15 13:45:30 +0000 PST"),
        ("Jan _2 2006 3:04:05pm", "Mar  5 2024 1:04:05pm", "2024-03-05 13:04:05 +0000 UTC"),
        ("2006-01-02", "2024-02-30", "0001-01-01 00:00:00 +0000 UTC"),
        ("2006-01-02 MST", "2024-02-03 CET", "2024-02-03 00:00:00 +0000 CET"),
        ("2006-01-02 -07", "2024-02-03 +01", "2024-02-03 00:00:00 +0100 +0100"),
        ("02 Jan 06 15:04 -0700", "03 Feb 24 10:00 -0000", "2024-02-03 10:00:00 +0000 UTC"),
        ("2006-01-02T15:04:05Z07:00", "2024-02-03T10:00:00+00:00", "2024-02-03 10:00:00 +0000 UTC"),
        ("2006-01-02 15:04:05", "2024-02-03 10:00:00.25", "2024-02-03 10:00:00.25 +0000 UTC"),
        ("2006-002", "2024-060", "2024-02-29 00:00:00 +0000 UTC"),
        ("Mon 2006-01-02", "Fri 2024-02-03", "2024-02-03 00:00:00 +0000 UTC"),
    ]

    @Test(arguments: parseCases)
    func parse(layout: String, input: String, expected: String) {
        #expect(GoFmt.formatValue(Self.toDate(layout, input)) == expected)
    }

    static let errorCases: [(String, String, String)] = [
        ("2006-01-02", "2024-02-30", "parsing time \"2024-02-30\": day out of range"),
        ("2006-01-02 15:04", "2024-02-03 25:00", "parsing time \"2024-02-03 25:00\": hour out of range"),
        ("2006-01-02", "2024-02-03 extra", "parsing time \"2024-02-03 extra\": extra text: \" extra\""),
        ("2006-01-02T15:04:05Z07:00", "2024-02-03T10:00:00+0500",
         "parsing time \"2024-02-03T10:00:00+0500\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"+0500\" as \"Z07:00\""),
    ]

    @Test(arguments: errorCases)
    func parseErrors(layout: String, input: String, expected: String) {
        #expect(DateTests.call("mustToDate", [.string(layout), .string(input)]) == "ERR " + expected)
    }

    static let zoneCases: [(String, String, String)] = [
        ("1900-06-01", "Europe/London", "Jun 1 00:00:00 GMT 1900"),
        ("2050-06-01", "Australia/Sydney", "Jun 1 10:00:00 AEST 2050"),
        ("2050-01-01", "Australia/Sydney", "Jan 1 11:00:00 AEDT 2050"),
        ("2024-01-01", "Local", "Jan 1 00:00:00 UTC 2024"),
        ("2024-01-01", "", "Jan 1 00:00:00 UTC 2024"),
        ("2024-01-01", "America/Sao_Paulo", "Dec 31 21:00:00 -03 2023"),
        ("2024-01-01", "Etc/GMT+5", "Dec 31 19:00:00 -05 2023"),
    ]

    @Test(arguments: zoneCases)
    func zones(date: String, zone: String, expected: String) {
        let t = Self.toDate("2006-01-02", date)
        #expect(DateTests.call("dateInZone", [.string("Jan 2 15:04:05 MST 2006"), t, .string(zone)]) == expected)
    }

    @Test func misc() {
        #expect(DateTests.call("dateInZone", [.string("MST -0700"), .int(0), .string("Asia/Kolkata")]) == "IST +0530")
        let t = Self.toDate("2006-01-02T15:04:05.999999999Z07:00", "2024-03-05T03:04:05.123456789-08:00")
        #expect(DateTests.call("date", [.string("Monday January 2 2006 03:04:05.000000 PM -07 Z0700 pm"), t])
                == "Tuesday March 5 2024 11:04:05.123456 AM +00 Z am")
        let durations = ["1h": "60m", "61m": "1h", "59s": "59s", "1.5s": "1s", "1ms": "0s"]
        for (input, out) in durations {
            #expect(DateTests.call("durationRound", [.string(input)]) == out)
        }
        #expect(DateTests.call("duration", [.string("-5")]) == "-5s")
        #expect(DateTests.call("duration", [.string("1.5")]) == "0s")
        #expect(DateTests.call("dateModify", [.string(".5s"), Self.toDate("2006", "2024")]) == "2024-01-01 00:00:00.5 +0000 UTC")
        #expect(DateTests.call("dateModify", [.string("1us"), Self.toDate("2006", "2024")]) == "2024-01-01 00:00:00.000001 +0000 UTC")
        #expect(DateTests.call("date", [.string("2006-01-02 15:04:05"), .int64(Int64.max)]) == "292277026596-12-04 15:30:07")
        #expect(DateTests.call("date", [.string("2006"), .int64(Int64.min)]) != "")
        if case .object(let o) = Self.toDate("2006", "2024") {
            #expect(o.jsonValue.map(GoFmt.formatValue) == "2024-01-01T00:00:00Z")
        }
    }

    /// (kind, layout, input, expected): "fmt" formats an RFC 3339 instant with the layout
    /// through `date`; "parse" runs `mustToDate`. Recorded from Helm 4.2.3.
    static let layoutCases: [(String, String, String, String)] = [
        ("fmt", "Jan January Mon Monday", "2024-09-01T00:00:00Z", "Sep September Sun Sunday"),
        ("fmt", "1 01 2 02 _2 __2 002", "2024-01-05T00:00:00Z", "1 01 5 05  5   5 005"),
        ("fmt", "3 03 15 4 04 5 05 PM pm", "2024-01-05T00:07:09Z", "12 12 00 7 07 9 09 AM am"),
        ("fmt", "3:04PM", "2024-01-05T12:00:00Z", "12:00PM"),
        ("fmt", "06 2006 -07 -0700 -07:00 -070000 -07:00:00", "2024-01-05T00:00:00-03:30", "24 2024 +00 +0000 +00:00 +000000 +00:00:00"),
        ("fmt", "Z07 Z0700 Z07:00 Z070000 Z07:00:00 MST", "2024-01-05T00:00:00+05:45", "Z Z Z Z Z UTC"),
        ("fmt", "05.0 05.00 05.000000000 05.9 05.99 05,999", "2024-01-05T00:00:01.5Z", "01.5 01.50 01.500000000 01.5 01.5 01,5"),
        ("fmt", ".000 .999", "2024-01-05T00:00:01Z", ".000 "),
        ("fmt", "Janx Monx 2006x", "2024-01-05T00:00:01Z", "Janx Monx 2024x"),
        ("fmt", "_2006 __2", "2024-12-31T00:00:00Z", "_2024 366"),
        ("fmt", "Jan002", "2024-02-05T00:00:00Z", "Feb036"),
        ("fmt", "Hello 1 2 3", "2024-02-05T00:00:00Z", "Hello 2 5 12"),
        ("parse", "Jan 2 2006", "mar 5 2024", "2024-03-05 00:00:00 +0000 UTC"),
        ("parse", "January 2 2006", "MARCH 5 2024", "2024-03-05 00:00:00 +0000 UTC"),
        ("parse", "Jan 2 2006", "Mat 5 2024", "ERR parsing time \"Mat 5 2024\" as \"Jan 2 2006\": cannot parse \"Mat 5 2024\" as \"Jan\""),
        ("parse", "2006-01-02 3:04 PM", "2024-01-02 12:30 AM", "2024-01-02 00:30:00 +0000 UTC"),
        ("parse", "2006-01-02 3:04 PM", "2024-01-02 1:30 XM", "ERR parsing time \"2024-01-02 1:30 XM\" as \"2006-01-02 3:04 PM\": cannot parse \"XM\" as \"PM\""),
        ("parse", "2006-01-02 15:04:05.000", "2024-01-02 10:00:00.12", "ERR parsing time \"2024-01-02 10:00:00.12\" as \"2006-01-02 15:04:05.000\": cannot parse \".12\" as \".000\""),
        ("parse", "2006-01-02 15:04:05.000", "2024-01-02 10:00:00.123", "2024-01-02 10:00:00.123 +0000 UTC"),
        ("parse", "2006-01-02 15:04:05,999", "2024-01-02 10:00:00,5", "2024-01-02 10:00:00.5 +0000 UTC"),
        ("parse", "2006-01-02 15:04:05", "2024-01-02 10:00:60", "ERR parsing time \"2024-01-02 10:00:60\": second out of range"),
        ("parse", "2006-01-02 15:04", "2024-01-02 10:60", "ERR parsing time \"2024-01-02 10:60\": minute out of range"),
        ("parse", "2006-01-02 -0700", "2024-01-02 +2500", "ERR parsing time \"2024-01-02 +2500\": time zone offset hour out of range"),
        ("parse", "2006-01-02 MST", "2024-01-02 GMT+3", "2024-01-02 03:00:00 +0300 GMT+3"),
        ("parse", "2006-01-02 MST", "2024-01-02 ABCDE", "ERR parsing time \"2024-01-02 ABCDE\" as \"2006-01-02 MST\": cannot parse \"ABCDE\" as \"MST\""),
        ("parse", "2006-01-02 MST", "2024-01-02 ABCD", "ERR parsing time \"2024-01-02 ABCD\" as \"2006-01-02 MST\": cannot parse \"ABCD\" as \"MST\""),
        ("parse", "06-01-02", "69-01-02", "1969-01-02 00:00:00 +0000 UTC"),
        ("parse", "06-01-02", "68-01-02", "2068-01-02 00:00:00 +0000 UTC"),
        ("parse", "2006-1-2", "2024-3-5", "2024-03-05 00:00:00 +0000 UTC"),
        ("parse", "2006-01-02", "2024-3-5", "ERR parsing time \"2024-3-5\" as \"2006-01-02\": cannot parse \"3-5\" as \"01\""),
        ("parse", "2006  01", "2024 01", "2024-01-01 00:00:00 +0000 UTC"),
        ("parse", "2006 01", "2024  01", "2024-01-01 00:00:00 +0000 UTC"),
        ("parse", "2006-002", "2023-366", "ERR parsing time \"2023-366\": day-of-year out of range"),
        ("parse", "2006-01-02 002", "2024-01-03 003", "2024-01-03 00:00:00 +0000 UTC"),
        ("parse", "2006-01-02 002", "2024-01-03 004", "ERR parsing time \"2024-01-03 004\": day-of-year does not match day"),
        ("parse", "Mon 2006", "Xyz 2024", "ERR parsing time \"Xyz 2024\" as \"Mon 2006\": cannot parse \"Xyz 2024\" as \"Mon\""),
        ("parse", "15:04:05", "10:00:00", "0000-01-01 10:00:00 +0000 UTC"),
        ("parse", "", "", "0000-01-01 00:00:00 +0000 UTC"),
        ("parse", "2006", "", "ERR parsing time \"\" as \"2006\": cannot parse \"\" as \"2006\""),
        ("parse", "x", "y", "ERR parsing time \"y\" as \"x\": cannot parse \"y\" as \"x\""),

    ]

    @Test(arguments: layoutCases)
    func layouts(kind: String, layout: String, input: String, expected: String) {
        if kind == "fmt" {
            let t = Self.toDate("2006-01-02T15:04:05.999999999Z07:00", input)
            #expect(DateTests.call("date", [.string(layout), t]) == expected)
        } else {
            #expect(DateTests.call("mustToDate", [.string(layout), .string(input)]) == expected)
        }
    }

    @Test(arguments: [
        ("Truncate", Int64(3_600_000_000_000), "2024-03-15 13:00:00 +0000 UTC"),
        ("Round", Int64(1_000_000_000), "2024-03-15 13:45:31 +0000 UTC"),
        ("Round", Int64(604_800_000_000_000), "2024-03-18 00:00:00 +0000 UTC"),
        ("Truncate", Int64(0), "2024-03-15 13:45:30.6 +0000 UTC"),
        ("Round", Int64(-5), "2024-03-15 13:45:30.6 +0000 UTC"),
        ("Truncate", Int64(86_400_000_000_000), "2024-03-15 00:00:00 +0000 UTC"),
    ])
    func truncateAndRound(method: String, d: Int64, expected: String) throws {
        guard case .object(let o) = Self.toDate("2006-01-02T15:04:05.999Z07:00", "2024-03-15T13:45:30.6Z") else {
            Issue.record("toDate gave no time"); return
        }
        let m = try #require(o.method(named: method))
        var call = FunctionCall(args: [.int64(d)], name: method, env: RenderEnvironment())
        #expect(GoFmt.formatValue(try m.body(&call)) == expected)
    }
}
