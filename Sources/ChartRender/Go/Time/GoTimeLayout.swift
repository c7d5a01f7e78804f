/// Go reference-time layouts (`Mon Jan 2 15:04:05 MST 2006`): the chunk scanner
/// (`nextStdChunk`) and `Time.Format`.
enum GoTimeLayout {
    /// One layout element.
    enum Std: Equatable {
        case longMonth, month, numMonth, zeroMonth
        case longWeekDay, weekDay
        case day, underDay, zeroDay, underYearDay, zeroYearDay
        case hour, hour12, zeroHour12, minute, zeroMinute, second, zeroSecond
        case longYear, year, pm, lowerPM, tz
        case iso8601TZ, iso8601SecondsTZ, iso8601ShortTZ, iso8601ColonTZ, iso8601ColonSecondsTZ
        case numTZ, numSecondsTZ, numShortTZ, numColonTZ, numColonSecondsTZ
        /// `.000`/`,000` (exact digits) or `.999` (trailing zeros trimmed).
        case fracSecond0(digits: Int, separator: UInt8)
        case fracSecond9(digits: Int, separator: UInt8)

        var isISO: Bool {
            switch self {
            case .iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ: return true
            default: return false
            }
        }
    }

    /// Go's `nextStdChunk`: literal prefix length, the element, and where the rest starts.
    static func nextChunk(_ l: [UInt8], from start: Int) -> (prefixEnd: Int, std: Std?, next: Int) {
        func has(_ i: Int, _ s: String) -> Bool {
            let u = Array(s.utf8)
            guard i + u.count <= l.count else { return false }
            for k in 0..<u.count where l[i + k] != u[k] { return false }
            return true
        }
        func lowerAt(_ i: Int) -> Bool { i < l.count && l[i] >= 97 && l[i] <= 122 }
        func digitAt(_ i: Int) -> Bool { i < l.count && l[i] >= 48 && l[i] <= 57 }
        var i = start
        while i < l.count {
            switch l[i] {
            case UInt8(ascii: "J"):
                if has(i, "Jan") {
                    if has(i, "January") { return (i, .longMonth, i + 7) }
                    if !lowerAt(i + 3) { return (i, .month, i + 3) }
                }
            case UInt8(ascii: "M"):
                if has(i, "Mon") {
                    if has(i, "Monday") { return (i, .longWeekDay, i + 6) }
                    if !lowerAt(i + 3) { return (i, .weekDay, i + 3) }
                }
                if has(i, "MST") { return (i, .tz, i + 3) }
            case UInt8(ascii: "0"):
                if i + 1 < l.count, l[i + 1] >= 49, l[i + 1] <= 54 {
                    let table: [Std] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
                    return (i, table[Int(l[i + 1] - 49)], i + 2)
                }
                if has(i, "002") { return (i, .zeroYearDay, i + 3) }
            case UInt8(ascii: "1"):
                if has(i, "15") { return (i, .hour, i + 2) }
                return (i, .numMonth, i + 1)
            case UInt8(ascii: "2"):
                if has(i, "2006") { return (i, .longYear, i + 4) }
                return (i, .day, i + 1)
            case UInt8(ascii: "_"):
                if has(i, "_2") {
                    if has(i + 1, "2006") { return (i + 1, .longYear, i + 5) }
                    return (i, .underDay, i + 2)
                }
                if has(i, "__2") { return (i, .underYearDay, i + 3) }
            case UInt8(ascii: "3"): return (i, .hour12, i + 1)
            case UInt8(ascii: "4"): return (i, .minute, i + 1)
            case UInt8(ascii: "5"): return (i, .second, i + 1)
            case UInt8(ascii: "P"):
                if has(i, "PM") { return (i, .pm, i + 2) }
            case UInt8(ascii: "p"):
                if has(i, "pm") { return (i, .lowerPM, i + 2) }
            case UInt8(ascii: "-"):
                if has(i, "-070000") { return (i, .numSecondsTZ, i + 7) }
                if has(i, "-07:00:00") { return (i, .numColonSecondsTZ, i + 9) }
                if has(i, "-0700") { return (i, .numTZ, i + 5) }
                if has(i, "-07:00") { return (i, .numColonTZ, i + 6) }
                if has(i, "-07") { return (i, .numShortTZ, i + 3) }
            case UInt8(ascii: "Z"):
                if has(i, "Z070000") { return (i, .iso8601SecondsTZ, i + 7) }
                if has(i, "Z07:00:00") { return (i, .iso8601ColonSecondsTZ, i + 9) }
                if has(i, "Z0700") { return (i, .iso8601TZ, i + 5) }
                if has(i, "Z07:00") { return (i, .iso8601ColonTZ, i + 6) }
                if has(i, "Z07") { return (i, .iso8601ShortTZ, i + 3) }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if i + 1 < l.count, l[i + 1] == 48 || l[i + 1] == 57 {
                    let ch = l[i + 1]
                    var j = i + 1
                    while j < l.count, l[j] == ch { j += 1 }
                    if !digitAt(j) {
                        let n = j - (i + 1)
                        return (i, ch == 48 ? .fracSecond0(digits: n, separator: l[i]) : .fracSecond9(digits: n, separator: l[i]), j)
                    }
                }
            default: break
            }
            i += 1
        }
        return (l.count, nil, l.count)
    }

    static let shortMonthNames = GoCalendar.longMonthNames.map { String($0.prefix(3)) }
    static let shortDayNames = GoCalendar.longDayNames.map { String($0.prefix(3)) }

    /// `Time.Format(layout)`.
    static func format(_ t: GoTime, _ layout: String) -> String {
        let l = Array(layout.utf8)
        let f = t.fields
        let zone = t.zone
        var out: [UInt8] = []
        out.reserveCapacity(l.count + 10)
        func num(_ v: Int64, _ width: Int) {
            var s = Array(String(v.magnitude).utf8)
            while s.count < width { s.insert(48, at: 0) }
            if v < 0 { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: s)
        }
        func str(_ s: String) { out.append(contentsOf: Array(s.utf8)) }
        var pos = 0
        while pos < l.count {
            let (prefixEnd, std, next) = nextChunk(l, from: pos)
            out.append(contentsOf: l[pos..<prefixEnd])
            pos = next
            guard let std else { break }
            switch std {
            case .year: num(GoCalendar.floorMod(f.year, 100), 2)
            case .longYear: num(f.year, 4)
            case .month: str(shortMonthNames[f.month - 1])
            case .longMonth: str(GoCalendar.longMonthNames[f.month - 1])
            case .numMonth: num(Int64(f.month), 0)
            case .zeroMonth: num(Int64(f.month), 2)
            case .weekDay: str(shortDayNames[f.weekday])
            case .longWeekDay: str(GoCalendar.longDayNames[f.weekday])
            case .day: num(Int64(f.day), 0)
            case .underDay:
                if f.day < 10 { out.append(32) }
                num(Int64(f.day), 0)
            case .zeroDay: num(Int64(f.day), 2)
            case .underYearDay:
                if f.yearDay < 100 { out.append(32); if f.yearDay < 10 { out.append(32) } }
                num(Int64(f.yearDay), 0)
            case .zeroYearDay: num(Int64(f.yearDay), 3)
            case .hour: num(Int64(f.hour), 2)
            case .hour12, .zeroHour12:
                var h = f.hour % 12
                if h == 0 { h = 12 }
                num(Int64(h), std == .hour12 ? 0 : 2)
            case .minute: num(Int64(f.minute), 0)
            case .zeroMinute: num(Int64(f.minute), 2)
            case .second: num(Int64(f.second), 0)
            case .zeroSecond: num(Int64(f.second), 2)
            case .pm: str(f.hour >= 12 ? "PM" : "AM")
            case .lowerPM: str(f.hour >= 12 ? "pm" : "am")
            case .tz:
                if !zone.name.isEmpty { str(zone.name); break }
                var z = zone.offset / 60
                if z < 0 { out.append(UInt8(ascii: "-")); z = -z } else { out.append(UInt8(ascii: "+")) }
                num(Int64(z / 60), 2)
                num(Int64(z % 60), 2)
            case .iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ,
                 .numTZ, .numSecondsTZ, .numShortTZ, .numColonTZ, .numColonSecondsTZ:
                if zone.offset == 0 && std.isISO { out.append(UInt8(ascii: "Z")); break }
                var z = zone.offset / 60
                var abs = zone.offset
                if z < 0 { out.append(UInt8(ascii: "-")); z = -z; abs = -abs } else { out.append(UInt8(ascii: "+")) }
                num(Int64(z / 60), 2)
                switch std {
                case .iso8601ColonTZ, .numColonTZ, .iso8601ColonSecondsTZ, .numColonSecondsTZ: out.append(UInt8(ascii: ":"))
                default: break
                }
                if std != .numShortTZ && std != .iso8601ShortTZ { num(Int64(z % 60), 2) }
                if std == .iso8601SecondsTZ || std == .numSecondsTZ || std == .numColonSecondsTZ || std == .iso8601ColonSecondsTZ {
                    if std == .numColonSecondsTZ || std == .iso8601ColonSecondsTZ { out.append(UInt8(ascii: ":")) }
                    num(Int64(abs % 60), 2)
                }
            case .fracSecond0(let n, let sep), .fracSecond9(let n, let sep):
                let trim: Bool
                if case .fracSecond9 = std { trim = true } else { trim = false }
                if trim && (n == 0 || t.nsec == 0) { break }
                var digits = Array(String(t.nsec).utf8)
                while digits.count < 9 { digits.insert(48, at: 0) }
                var part = Array(digits.prefix(Swift.min(n, 9)))
                if trim { while part.last == 48 { part.removeLast() } }
                if trim && part.isEmpty { break }
                out.append(sep)
                out.append(contentsOf: part)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
