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
}
