/// A Go `time.Time`: an instant (Unix seconds + nanoseconds), the location it is shown
/// in, and (for `now`) a monotonic clock reading that `String()` prints as `m=+…`.
struct GoTime: Sendable {
    var sec: Int64
    var nsec: Int
    var loc: GoLocation
    /// Seconds of the monotonic clock since process start, when the value has one.
    var monotonic: Double?

    init(sec: Int64, nsec: Int = 0, loc: GoLocation, monotonic: Double? = nil) {
        self.sec = sec
        self.nsec = nsec
        self.loc = loc
        self.monotonic = monotonic
    }

    /// `time.Time{}`: January 1, year 1, 00:00:00 UTC.
    static let zero = GoTime(sec: -62_135_596_800, loc: .utc)

    /// `time.Unix(sec, 0)` in Local.
    static func unix(_ s: Int64) -> GoTime { GoTime(sec: s, loc: .local) }

    var zone: GoLocation.Zone { loc.lookup(sec) }

    /// Civil fields in the time's location.
    struct Fields {
        var year: Int64, month: Int, day: Int, hour: Int, minute: Int, second: Int
        var weekday: Int, yearDay: Int
    }

    var fields: Fields {
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
    static func date(year: Int64, month: Int, day: Int, hour: Int, minute: Int, second: Int, nsec: Int, loc: GoLocation) -> GoTime {
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
    func adding(_ d: Int64) -> GoTime {
        var t = self
        let total = Int64(nsec) + d % 1_000_000_000
        t.sec = t.sec &+ (d / 1_000_000_000 &+ GoCalendar.floorDiv(total, 1_000_000_000))
        t.nsec = Int(GoCalendar.floorMod(total, 1_000_000_000))
        if let m = monotonic { t.monotonic = m + Double(d) / 1e9 }
        return t
    }

    /// `t.Sub(u)` in nanoseconds, saturating like Go.
    func sub(_ u: GoTime) -> Int64 {
        let ds = sec.subtractingReportingOverflow(u.sec)
        if ds.overflow { return sec > u.sec ? Int64.max : Int64.min }
        let a = ds.partialValue.multipliedReportingOverflow(by: 1_000_000_000)
        if a.overflow { return ds.partialValue > 0 ? Int64.max : Int64.min }
        let r = a.partialValue.addingReportingOverflow(Int64(nsec - u.nsec))
        if r.overflow { return ds.partialValue > 0 ? Int64.max : Int64.min }
        return r.partialValue
    }

    func compare(_ u: GoTime) -> Int {
        if sec != u.sec { return sec < u.sec ? -1 : 1 }
        if nsec != u.nsec { return nsec < u.nsec ? -1 : 1 }
        return 0
    }

    /// `t.Truncate(d)` / `t.Round(d)`: to a multiple of `d` since the zero time (year 1),
    /// without the monotonic reading.
    func rounded(_ d: Int64, up: Bool) -> GoTime {
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
    func inLocation(_ l: GoLocation) -> GoTime { GoTime(sec: sec, nsec: nsec, loc: l) }

    /// `t.String()`: `2006-01-02 15:04:05.999999999 -0700 MST` plus ` m=±s.nnnnnnnnn`.
    var description: String {
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
