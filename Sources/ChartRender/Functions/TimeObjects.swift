/// The `time` values templates see: `time.Time` (`GoTimeObject`) and the named integers
/// `time.Month`, `time.Weekday` and `time.Duration` (`GoNamedInt`), with the methods Go's
/// method sets give them, over the port in `Go/Time`.

/// A `time.Time` value as templates see it, with the methods of Go's value method set.
final class GoTimeObject: GoObject {
    static let type = GoType.opaque("time.Time", kind: "struct")
    let time: GoTime

    init(_ time: GoTime) { self.time = time }

    var goType: GoType { Self.type }
    var goDescription: String { time.description }
    /// `MarshalJSON`: RFC 3339 with nanoseconds.
    var jsonValue: Value? { .string(GoTimeLayout.format(time, "2006-01-02T15:04:05.999999999Z07:00")) }
    func field(named name: String) -> Value? { nil }

    func method(named name: String) -> GoMethod? {
        let t = time
        func getter(_ type: GoType, _ f: @escaping () -> Value) -> GoMethod {
            GoMethod(FunctionSignature([], returns: type)) { _ in f() }
        }
        func withTime(_ type: GoType, _ f: @escaping (GoTime) -> Value) -> GoMethod {
            GoMethod(FunctionSignature([Self.type], returns: type)) { call in
                guard case .object(let o) = call[0], let u = o as? GoTimeObject else { return .null }
                return f(u.time)
            }
        }
        switch name {
        case "Year": return getter(.int) { .int(Int(t.fields.year)) }
        case "Month": return getter(GoNamedInt.monthType) { .object(GoNamedInt.month(t.fields.month)) }
        case "Day": return getter(.int) { .int(t.fields.day) }
        case "Hour": return getter(.int) { .int(t.fields.hour) }
        case "Minute": return getter(.int) { .int(t.fields.minute) }
        case "Second": return getter(.int) { .int(t.fields.second) }
        case "Nanosecond": return getter(.int) { .int(t.nsec) }
        case "YearDay": return getter(.int) { .int(t.fields.yearDay) }
        case "Weekday": return getter(GoNamedInt.weekdayType) { .object(GoNamedInt.weekday(t.fields.weekday)) }
        case "Unix": return getter(.int64) { .int64(t.sec) }
        case "UnixMilli": return getter(.int64) { .int64(t.sec &* 1000 &+ Int64(t.nsec / 1_000_000)) }
        case "UnixMicro": return getter(.int64) { .int64(t.sec &* 1_000_000 &+ Int64(t.nsec / 1000)) }
        case "UnixNano": return getter(.int64) { .int64(t.sec &* 1_000_000_000 &+ Int64(t.nsec)) }
        case "IsZero": return getter(.bool) { .bool(t.sec == GoTime.zero.sec && t.nsec == 0) }
        case "String": return getter(.string) { .string(t.description) }
        case "UTC": return getter(Self.type) { .object(GoTimeObject(t.inLocation(.utc))) }
        case "Local": return getter(Self.type) { .object(GoTimeObject(t.inLocation(.local))) }
        case "Format":
            return GoMethod(FunctionSignature([.string], returns: .string)) { call in
                .string(GoTimeLayout.format(t, call.string(0)))
            }
        case "Before": return withTime(.bool) { .bool(t.compare($0) < 0) }
        case "After": return withTime(.bool) { .bool(t.compare($0) > 0) }
        case "Equal": return withTime(.bool) { .bool(t.compare($0) == 0) }
        case "Compare": return withTime(.int) { .int(t.compare($0)) }
        case "Sub": return withTime(GoNamedInt.durationType) { .object(GoNamedInt.duration(t.sub($0))) }
        case "Add":
            return GoMethod(FunctionSignature([GoNamedInt.durationType], returns: Self.type)) { call in
                .object(GoTimeObject(t.adding(GoNamedInt.int64(call[0]))))
            }
        case "Truncate", "Round":
            return GoMethod(FunctionSignature([GoNamedInt.durationType], returns: Self.type)) { call in
                .object(GoTimeObject(t.rounded(GoNamedInt.int64(call[0]), up: name == "Round")))
            }
        case "AddDate":
            return GoMethod(FunctionSignature([.int, .int, .int], returns: Self.type)) { call in
                let f = t.fields
                var n = GoTime.date(year: f.year &+ Int64(call.int(0)), month: f.month &+ call.int(1), day: f.day &+ call.int(2),
                                    hour: f.hour, minute: f.minute, second: f.second, nsec: t.nsec, loc: t.loc)
                n.monotonic = nil
                return .object(GoTimeObject(n))
            }
        default: return nil
        }
    }
}

/// A Go object whose underlying type is an integer (its reflect kind is `int`,
/// `int64`, ...): comparisons (`eq`) and integer conversions (`int64`, `add`) should use
/// `integerValue`, as Go's reflection sees the number behind `time.Month` or
/// `time.Duration`.
protocol GoIntegerValued: GoObject {
    var integerValue: Int64 { get }
}

/// A Go integer of a named type with a `String()` method: `time.Month` (`March`),
/// `time.Weekday` (`Friday`), `time.Duration` (`1h0m0s`).
final class GoNamedInt: GoIntegerValued {
    static let monthType = GoType.named("time.Month", .int)
    static let weekdayType = GoType.named("time.Weekday", .int)
    static let durationType = GoType.named("time.Duration", .int64)

    let value: Int64
    let goType: GoType
    let goDescription: String

    init(_ value: Int64, _ type: GoType, _ text: String) {
        self.value = value
        self.goType = type
        self.goDescription = text
    }

    static func month(_ m: Int) -> GoNamedInt {
        GoNamedInt(Int64(m), monthType, m >= 1 && m <= 12 ? GoCalendar.longMonthNames[m - 1] : "%!Month(\(m))")
    }

    static func weekday(_ d: Int) -> GoNamedInt {
        GoNamedInt(Int64(d), weekdayType, d >= 0 && d <= 6 ? GoCalendar.longDayNames[d] : "%!Weekday(\(d))")
    }

    static func duration(_ ns: Int64) -> GoNamedInt { GoNamedInt(ns, durationType, GoDuration.format(ns)) }

    var jsonValue: Value? { .int64(value) }
    var integerValue: Int64 { value }
    func field(named name: String) -> Value? { nil }

    func method(named name: String) -> GoMethod? {
        let v = value
        switch name {
        case "String": return GoMethod(FunctionSignature([], returns: .string)) { _ in .string(self.goDescription) }
        case "Hours" where goType == Self.durationType:
            return GoMethod(FunctionSignature([], returns: .float64)) { _ in .float64(Double(v / 3_600_000_000_000) + Double(v % 3_600_000_000_000) / 3.6e12) }
        case "Minutes" where goType == Self.durationType:
            return GoMethod(FunctionSignature([], returns: .float64)) { _ in .float64(Double(v / 60_000_000_000) + Double(v % 60_000_000_000) / 6e10) }
        case "Seconds" where goType == Self.durationType:
            return GoMethod(FunctionSignature([], returns: .float64)) { _ in .float64(Double(v / 1_000_000_000) + Double(v % 1_000_000_000) / 1e9) }
        case "Milliseconds" where goType == Self.durationType:
            return GoMethod(FunctionSignature([], returns: .int64)) { _ in .int64(v / 1_000_000) }
        default: return nil
        }
    }

    /// An integer argument that may be a `GoNamedInt` or a plain Go integer.
    static func int64(_ v: Value) -> Int64 {
        switch v {
        case .object(let o): return (o as? GoNamedInt)?.value ?? 0
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        case .intN(let i, _): return i
        case .uint64(let u): return Int64(truncatingIfNeeded: u)
        case .float64(let d): return Int64(exactly: d.rounded(.towardZero)) ?? 0
        default: return 0
        }
    }
}
