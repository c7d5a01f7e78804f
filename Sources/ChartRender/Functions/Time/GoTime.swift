/// A Go `time.Time`: an instant (Unix seconds + nanoseconds), the location it is shown
/// in, and (for `now`) a monotonic clock reading that `String()` prints as `m=+…`.
public struct GoTime: Sendable {
    public var sec: Int64
    public var nsec: Int
    public var loc: GoLocation
    /// Seconds of the monotonic clock since process start, when the value has one.
    public var monotonic: Double?

    public init(sec: Int64, nsec: Int = 0, loc: GoLocation, monotonic: Double? = nil) {
        self.sec = sec
        self.nsec = nsec
        self.loc = loc
        self.monotonic = monotonic
    }

    /// `time.Time{}`: January 1, year 1, 00:00:00 UTC.
    public static let zero = GoTime(sec: -62_135_596_800, loc: .utc)

    /// `time.Unix(sec, 0)` in Local.
    public static func unix(_ s: Int64) -> GoTime { GoTime(sec: s, loc: .local) }

    public var zone: GoLocation.Zone { loc.lookup(sec) }

    /// Civil fields in the time's location.
    public struct Fields {
        public var year: Int64, month: Int, day: Int, hour: Int, minute: Int, second: Int
        public var weekday: Int, yearDay: Int
    }

    public var fields: Fields {
        let local = sec &+ Int64(zone.offset)
        let days = GoCalendar.floorDiv(local, 86400)
        let secs = Int(GoCalendar.floorMod(local, 86400))
        let (y, m, d) = GoCalendar.civil(fromDays: days)
        let yday = Int(truncatingIfNeeded: days &- GoCalendar.days(year: y, month: 1, day: 1)) &+ 1
        let wd = Int(GoCalendar.floorMod(days &+ 4, 7))
        return Fields(year: y, month: m, day: d, hour: secs / 3600, minute: secs / 60 % 60, second: secs % 60, weekday: wd, yearDay: yday)
    }

    /// `time.Date(...)` in `loc`: normalises out-of-range fields and resolves the
    /// zone offset in effect at that wall time.
    public static func date(year: Int64, month: Int, day: Int, hour: Int, minute: Int, second: Int, nsec: Int, loc: GoLocation) -> GoTime {
        var s = Int64(second) &+ GoCalendar.floorDiv(Int64(nsec), 1_000_000_000)
        let ns = Int(GoCalendar.floorMod(Int64(nsec), 1_000_000_000))
        s = s &+ Int64(hour) &* 3600 &+ Int64(minute) &* 60
        let wall = GoCalendar.days(year: year, month: month, day: day) &* 86400 &+ s
        var off = Int64(loc.lookup(wall).offset)
        var unix = wall &- off
        let off2 = Int64(loc.lookup(unix).offset)
        if off2 != off {
            let u2 = wall &- off2
            if Int64(loc.lookup(u2).offset) == off2 { unix = u2; off = off2 }
        }
        return GoTime(sec: unix, nsec: ns, loc: loc)
    }

    /// `t.Add(d)`.
    public func adding(_ d: Int64) -> GoTime {
        var t = self
        let total = Int64(nsec) + d % 1_000_000_000
        t.sec = t.sec &+ (d / 1_000_000_000 &+ GoCalendar.floorDiv(total, 1_000_000_000))
        t.nsec = Int(GoCalendar.floorMod(total, 1_000_000_000))
        if let m = monotonic { t.monotonic = m + Double(d) / 1e9 }
        return t
    }

    /// `t.Sub(u)` in nanoseconds, saturating like Go.
    public func sub(_ u: GoTime) -> Int64 {
        let ds = sec.subtractingReportingOverflow(u.sec)
        if ds.overflow { return sec > u.sec ? Int64.max : Int64.min }
        let a = ds.partialValue.multipliedReportingOverflow(by: 1_000_000_000)
        if a.overflow { return ds.partialValue > 0 ? Int64.max : Int64.min }
        let r = a.partialValue.addingReportingOverflow(Int64(nsec - u.nsec))
        if r.overflow { return ds.partialValue > 0 ? Int64.max : Int64.min }
        return r.partialValue
    }

    public func compare(_ u: GoTime) -> Int {
        if sec != u.sec { return sec < u.sec ? -1 : 1 }
        if nsec != u.nsec { return nsec < u.nsec ? -1 : 1 }
        return 0
    }

    /// `t.Truncate(d)` / `t.Round(d)`: to a multiple of `d` since the zero time (year 1),
    /// without the monotonic reading.
    public func rounded(_ d: Int64, up: Bool) -> GoTime {
        var t = self
        t.monotonic = nil
        if d <= 0 { return t }
        // Nanoseconds since January 1, year 1, as a 128-bit quantity (hi * 1e9 + lo).
        let secs = sec &- GoTime.zero.sec
        let dd = UInt64(d)
        let total = secs.magnitude.multipliedFullWidth(by: 1_000_000_000)
        var (hi, lo) = (total.high, total.low)
        let (l2, o) = lo.addingReportingOverflow(UInt64(nsec))
        lo = l2
        if o { hi &+= 1 }
        let r = Int64(dd.dividingFullWidth((hi % dd, lo)).remainder)
        if secs < 0 { return t }
        if up && UInt64(r) &+ UInt64(r) >= dd { return t.adding(d - r) }
        return t.adding(-r)
    }

    /// `t.In(loc)`: same instant, other location, no monotonic reading.
    public func inLocation(_ l: GoLocation) -> GoTime { GoTime(sec: sec, nsec: nsec, loc: l) }

    /// `t.String()`: `2006-01-02 15:04:05.999999999 -0700 MST` plus ` m=±s.nnnnnnnnn`.
    public var description: String {
        var s = GoTimeLayout.format(self, "2006-01-02 15:04:05.999999999 -0700 MST")
        if let m = monotonic {
            let ns = Int64((m * 1e9).rounded())
            let sign = ns < 0 ? "-" : "+"
            let a = ns.magnitude
            var frac = String(a % 1_000_000_000)
            while frac.utf8.count < 9 { frac = "0" + frac }
            s += " m=" + sign + String(a / 1_000_000_000) + "." + frac
        }
        return s
    }
}

/// A `time.Time` value as templates see it, with the methods of Go's value method set.
public final class GoTimeObject: GoObject {
    public static let type = GoType.opaque("time.Time", kind: "struct")
    public let time: GoTime

    public init(_ time: GoTime) { self.time = time }

    public var goType: GoType { Self.type }
    public var goDescription: String { time.description }
    /// `MarshalJSON`: RFC 3339 with nanoseconds.
    public var jsonValue: Value? { .string(GoTimeLayout.format(time, "2006-01-02T15:04:05.999999999Z07:00")) }
    public func field(named name: String) -> Value? { nil }

    public func method(named name: String) -> GoMethod? {
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
public protocol GoIntegerValued: GoObject {
    var integerValue: Int64 { get }
}

/// A Go integer of a named type with a `String()` method: `time.Month` (`March`),
/// `time.Weekday` (`Friday`), `time.Duration` (`1h0m0s`).
public final class GoNamedInt: GoIntegerValued {
    public static let monthType = GoType.named("time.Month", .int)
    public static let weekdayType = GoType.named("time.Weekday", .int)
    public static let durationType = GoType.named("time.Duration", .int64)

    public let value: Int64
    public let goType: GoType
    public let goDescription: String

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

    public static func duration(_ ns: Int64) -> GoNamedInt { GoNamedInt(ns, durationType, GoDuration.format(ns)) }

    public var jsonValue: Value? { .int64(value) }
    public var integerValue: Int64 { value }
    public func field(named name: String) -> Value? { nil }

    public func method(named name: String) -> GoMethod? {
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
