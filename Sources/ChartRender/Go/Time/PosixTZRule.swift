/// A POSIX TZ rule from a TZif footer, e.g. `EST5EDT,M3.2.0,M11.1.0` or `<+0530>-5:30`
/// (Go's `tzset`), giving the zone for instants after the file's last transition.
struct PosixTZRule: Sendable {
    enum DayRule: Sendable {
        /// `Jn`: day 1…365, February 29 never counted.
        case julian(Int)
        /// `n`: day 0…365 counting February 29.
        case zeroBased(Int)
        /// `Mm.w.d`: weekday d of week w (5 = last) of month m.
        case monthWeekDay(Int, Int, Int)
    }

    var std: GoLocation.Zone
    var dst: GoLocation.Zone?
    var start: (DayRule, Int) = (.monthWeekDay(3, 2, 0), 7200)
    var end: (DayRule, Int) = (.monthWeekDay(11, 1, 0), 7200)

    /// Parses a POSIX TZ string:
    ///
    ///     rule   := std offset (dst offset? (',' date ('/' time)? ',' date ('/' time)?)?)?
    ///     std    := alpha{3,} | '<' [^>]* '>'
    ///     offset := [+-]? hh (':' mm (':' ss)?)?    (west of UTC is positive)
    ///     date   := 'J' n | n | 'M' m '.' w '.' d
    static func parse(_ text: String) -> PosixTZRule? {
        var s = Array(text.utf8)[...]
        func name() -> String? {
            if s.first == UInt8(ascii: "<") {
                guard let close = s.firstIndex(of: UInt8(ascii: ">")) else { return nil }
                let n = String(decoding: s[(s.startIndex + 1)..<close], as: UTF8.self)
                s = s[(close + 1)...]
                return n
            }
            var e = s.startIndex
            while e < s.endIndex, (s[e] >= 65 && s[e] <= 90) || (s[e] >= 97 && s[e] <= 122) { e += 1 }
            if e - s.startIndex < 3 { return nil }
            let n = String(decoding: s[s.startIndex..<e], as: UTF8.self)
            s = s[e...]
            return n
        }
        func number() -> Int? {
            var v = 0, any = false
            while let c = s.first, c >= 48, c <= 57 { v = v * 10 + Int(c - 48); s = s.dropFirst(); any = true }
            return any ? v : nil
        }
        func clock() -> Int? {
            var sign = 1
            if s.first == UInt8(ascii: "-") { sign = -1; s = s.dropFirst() } else if s.first == UInt8(ascii: "+") { s = s.dropFirst() }
            guard let h = number() else { return nil }
            var secs = h * 3600
            if s.first == UInt8(ascii: ":") { s = s.dropFirst(); guard let m = number() else { return nil }; secs += m * 60 }
            if s.first == UInt8(ascii: ":") { s = s.dropFirst(); guard let x = number() else { return nil }; secs += x }
            return sign * secs
        }
        func dayRule() -> (DayRule, Int)? {
            var rule: DayRule
            if s.first == UInt8(ascii: "J") {
                s = s.dropFirst(); guard let n = number() else { return nil }; rule = .julian(n)
            } else if s.first == UInt8(ascii: "M") {
                s = s.dropFirst()
                guard let m = number(), s.first == UInt8(ascii: ".") else { return nil }
                s = s.dropFirst()
                guard let w = number(), s.first == UInt8(ascii: ".") else { return nil }
                s = s.dropFirst()
                guard let d = number() else { return nil }
                rule = .monthWeekDay(m, w, d)
            } else {
                guard let n = number() else { return nil }; rule = .zeroBased(n)
            }
            var t = 7200
            if s.first == UInt8(ascii: "/") { s = s.dropFirst(); guard let c = clock() else { return nil }; t = c }
            return (rule, t)
        }
        guard let stdName = name(), let stdOff = clock() else { return nil }
        var r = PosixTZRule(std: GoLocation.Zone(name: stdName, offset: -stdOff, isDST: false), dst: nil)
        if s.isEmpty { return r }
        guard let dstName = name() else { return nil }
        var dstOffset = -stdOff + 3600
        if let c = s.first, c != UInt8(ascii: ",") { guard let o = clock() else { return nil }; dstOffset = -o }
        r.dst = GoLocation.Zone(name: dstName, offset: dstOffset, isDST: true)
        if s.first == UInt8(ascii: ",") {
            s = s.dropFirst()
            guard let a = dayRule(), s.first == UInt8(ascii: ",") else { return nil }
            s = s.dropFirst()
            guard let b = dayRule() else { return nil }
            r.start = a
            r.end = b
        }
        return r
    }

    /// The zone in effect at Unix second `t`.
    func zone(at t: Int64) -> GoLocation.Zone {
        guard let dst else { return std }
        let year = GoCalendar.civil(fromDays: GoCalendar.floorDiv(t &+ Int64(std.offset), 86400)).year
        let yearStart = GoCalendar.days(year: year, month: 1, day: 1) &* 86400
        let startUTC = yearStart &+ Int64(dayOfYear(start.0, year)) &* 86400 &+ Int64(start.1) &- Int64(std.offset)
        let endUTC = yearStart &+ Int64(dayOfYear(end.0, year)) &* 86400 &+ Int64(end.1) &- Int64(dst.offset)
        if startUTC < endUTC {
            return t >= startUTC && t < endUTC ? dst : std
        }
        return t >= endUTC && t < startUTC ? std : dst
    }

    /// Zero-based day of the year of a rule.
    private func dayOfYear(_ r: DayRule, _ year: Int64) -> Int {
        let leap = GoCalendar.isLeap(year)
        switch r {
        case .julian(let n):
            var d = n - 1
            if leap && n >= 60 { d += 1 }
            return d
        case .zeroBased(let n):
            return n
        case .monthWeekDay(let m, let w, let d):
            let mm = Swift.min(Swift.max(m, 1), 12)
            let first = GoCalendar.days(year: year, month: mm, day: 1)
            let firstWeekday = Int(GoCalendar.floorMod(first &+ 4, 7))
            var day = (d - firstWeekday + 7) % 7 + 1
            day += (Swift.max(w, 1) - 1) * 7
            let dim = GoCalendar.daysIn(month: mm, year: year)
            while day > dim { day -= 7 }
            return Int(truncatingIfNeeded: first &- GoCalendar.days(year: year, month: 1, day: 1)) + day - 1
        }
    }
}
