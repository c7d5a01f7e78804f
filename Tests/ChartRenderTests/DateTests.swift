import Testing
@testable import ChartRender

/// Table tests for Go time layouts, zones and Sprig's date functions (expected from Helm).
struct DateTests {
    static func call(_ name: String, _ args: [Value]) -> String {
        guard let f = Functions.dates[name] else { return "<missing>" }
        var c = FunctionCall(args: args, name: name, env: RenderEnvironment(fixedNow: 1_700_000_000))
        do { return GoFmt.formatValue(try f.body(&c)) } catch { return "ERR \(error)" }
    }

    static func value(_ name: String, _ args: [Value]) -> Value {
        guard let f = Functions.dates[name] else { return .null }
        var c = FunctionCall(args: args, name: name, env: RenderEnvironment(fixedNow: 1_700_000_000))
        return (try? f.body(&c)) ?? .null
    }

    static let rfc = "2006-01-02T15:04:05Z07:00"
    static func toDate(_ layout: String, _ s: String) -> Value { value("toDate", [.string(layout), .string(s)]) }

    @Test func printing() {
        #expect(Self.call("toDate", [.string("2006-01-02"), .string("2024-03-15")]) == "2024-03-15 00:00:00 +0000 UTC")
        #expect(Self.call("toDate", [.string(Self.rfc), .string("2024-03-15T13:45:30+05:30")]) == "2024-03-15 13:45:30 +0530 +0530")
        #expect(Self.call("toDate", [.string("2006-01-02"), .string("x")]) == "0001-01-01 00:00:00 +0000 UTC")
        #expect(Self.call("mustToDate", [.string("2006-01-02"), .string("2020-13-01")]) == "ERR parsing time \"2020-13-01\": month out of range")
        #expect(Self.call("mustToDate", [.string("2006-01-02"), .string("x")]) == "ERR parsing time \"x\" as \"2006-01-02\": cannot parse \"x\" as \"2006\"")
    }

    static let formatCases: [(String, String, String, String)] = [
        ("15:04:05.000", "2006-01-02T15:04:05.999Z07:00", "2024-03-15T13:45:30.123456Z", "13:45:30.123"),
        ("15:04:05.999999", "2006-01-02T15:04:05.999Z07:00", "2024-03-15T13:45:30.120Z", "13:45:30.12"),
        ("-0700 -07:00 Z07:00 MST", rfc, "2024-03-15T13:45:30Z", "+0000 +00:00 Z UTC"),
        ("2006-01-02 15:04 -0700", rfc, "2024-03-15T13:45:30+05:30", "2024-03-15 08:15 +0000"),
        ("2006-002", rfc, "2024-03-15T13:45:30Z", "2024-075"),
        ("Mon Jan _2 3:04PM 06", rfc, "2024-03-05T13:45:30Z", "Tue Mar  5 1:45PM 24"),
    ]

    @Test(arguments: formatCases)
    func format(layout: String, parseLayout: String, input: String, expected: String) {
        #expect(Self.call("date", [.string(layout), Self.toDate(parseLayout, input)]) == expected)
    }

    @Test func zones() {
        let t = Self.toDate(Self.rfc, "2024-03-15T13:45:30Z")
        #expect(Self.call("dateInZone", [.string("2006-01-02 15:04 MST"), t, .string("America/New_York")]) == "2024-03-15 09:45 EDT")
        #expect(Self.call("dateInZone", [.string(Self.rfc), t, .string("Asia/Tokyo")]) == "2024-03-15T22:45:30+09:00")
        #expect(Self.call("dateInZone", [.string("2006-01-02 15:04 MST"), t, .string("Mars/Olympus")]) == "2024-03-15 13:45 UTC")
        #expect(Self.call("date_in_zone", [.string("15:04"), t, .string("Europe/Berlin")]) == "14:45")
        #expect(Self.call("dateInZone", [.string("15:04 MST"), Self.toDate(Self.rfc, "2099-07-01T12:00:00Z"), .string("America/New_York")]) == "08:00 EDT")
        #expect(Self.call("date", [.string("2006-01-02"), .int64(1_700_000_000)]) == "2023-11-14")
        #expect(Self.call("unixEpoch", [Self.toDate(Self.rfc, "2024-03-15T13:45:30+05:30")]) == "1710490530")
    }

    @Test func modifyAndDurations() {
        let t = Self.toDate(Self.rfc, "2024-03-15T13:45:30Z")
        #expect(Self.call("dateModify", [.string("1.5h"), t]) == "2024-03-15 15:15:30 +0000 UTC")
        #expect(Self.call("dateModify", [.string("90m30s"), t]) == "2024-03-15 15:16:00 +0000 UTC")
        #expect(Self.call("dateModify", [.string("3 days"), t]) == "2024-03-15 13:45:30 +0000 UTC")
        #expect(Self.call("mustDateModify", [.string("tomorrow"), t]) == "ERR time: invalid duration \"tomorrow\"")
        #expect(Self.call("duration", [.string("95")]) == "1m35s")
        #expect(Self.call("duration", [.int64(3725)]) == "1h2m5s")
        #expect(Self.call("duration", [.int(95)]) == "0s")
        #expect(Self.call("duration", [.string("100000")]) == "27h46m40s")
        #expect(Self.call("durationRound", [.string("49h")]) == "2d")
        #expect(Self.call("durationRound", [.string("800h")]) == "1mo")
        #expect(Self.call("durationRound", [.string("-2h10m")]) == "2h")
        #expect(GoDuration.format(1_500_000) == "1.5ms")
        #expect(GoDuration.format(-90_000_000_000) == "-1m30s")
    }
}
