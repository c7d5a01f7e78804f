/// `time.ParseInLocation(layout, value, loc)` with Go's error texts
/// (`parsing time "x" as "2006-01-02": cannot parse "x" as "2006"`,
/// `parsing time "2020-13-01": month out of range`).
enum GoTimeParse {
    struct Bad: Error {}

    static func parse(_ layoutText: String, _ valueText: String, local: GoLocation) throws -> GoTime {
        let layout = Array(layoutText.utf8)
        let input = Array(valueText.utf8)
        var v = 0  // position in input
        var lpos = 0
        var rangeErr = ""
        var amSet = false, pmSet = false
        var year: Int64 = 0
        var month = -1, day = -1, yday = -1
        var hour = 0, minute = 0, second = 0, nsec = 0
        var z: GoLocation? = nil
        var zoneOffset = -1
        var zoneName = ""

        func q(_ b: ArraySlice<UInt8>) -> String { GoQuote.quote(String(decoding: b, as: UTF8.self)) }
        func parseError(_ layoutElem: ArraySlice<UInt8>, _ valueElem: ArraySlice<UInt8>, _ message: String) -> GoTimeError {
            if message.isEmpty {
                return GoTimeError("parsing time " + GoQuote.quote(valueText) + " as " + GoQuote.quote(layoutText)
                                   + ": cannot parse " + q(valueElem) + " as " + q(layoutElem))
            }
            return GoTimeError("parsing time " + GoQuote.quote(valueText) + message)
        }
        func isDigit(_ i: Int) -> Bool { i < input.count && input[i] >= 48 && input[i] <= 57 }
        /// getnum: one or two digits (exactly two when `fixed`).
        func getnum(_ fixed: Bool) throws -> Int {
            guard isDigit(v) else { throw Bad() }
            if !isDigit(v + 1) {
                if fixed { throw Bad() }
                v += 1
                return Int(input[v - 1] - 48)
            }
            v += 2
            return Int(input[v - 2] - 48) * 10 + Int(input[v - 1] - 48)
        }
        func getnum3(_ fixed: Bool) throws -> Int {
            var n = 0, i = 0
            while i < 3 && isDigit(v) { n = n * 10 + Int(input[v] - 48); v += 1; i += 1 }
            if i == 0 || (fixed && i != 3) { throw Bad() }
            return n
        }
        func lookup(_ names: [String]) throws -> Int {
            for (k, name) in names.enumerated() {
                let u = Array(name.utf8)
                if v + u.count <= input.count {
                    var ok = true
                    for j in 0..<u.count {
                        var a = input[v + j], b = u[j]
                        if a >= 65 && a <= 90 { a += 32 }
                        if b >= 65 && b <= 90 { b += 32 }
                        if a != b { ok = false; break }
                    }
                    if ok { v += u.count; return k }
                }
            }
            throw Bad()
        }
        func nanoseconds(_ nbytes: Int) throws -> Int {
            guard v < input.count, input[v] == UInt8(ascii: ".") || input[v] == UInt8(ascii: ",") else { throw Bad() }
            let nb = Swift.min(nbytes, 10)
            var ns = 0
            for k in 1..<nb {
                guard v + k < input.count, input[v + k] >= 48, input[v + k] <= 57 else { throw Bad() }
                ns = ns * 10 + Int(input[v + k] - 48)
            }
            for _ in 0..<(10 - nb) { ns *= 10 }
            return ns
        }

        while true {
            let (prefixEnd, stdOpt, next) = GoTimeLayout.nextChunk(layout, from: lpos)
            let prefix = layout[lpos..<prefixEnd]
            let stdText = layout[prefixEnd..<next]
            // skip(value, prefix): literal text, with runs of spaces matching runs of spaces.
            var pi = prefix.startIndex
            while pi < prefix.endIndex {
                if prefix[pi] == 32 {
                    if v < input.count && input[v] != 32 { throw parseError(prefix, input[v...], "") }
                    while pi < prefix.endIndex, prefix[pi] == 32 { pi += 1 }
                    while v < input.count, input[v] == 32 { v += 1 }
                    continue
                }
                if v >= input.count || input[v] != prefix[pi] { throw parseError(prefix, input[v...], "") }
                pi += 1
                v += 1
            }
            guard let std = stdOpt else {
                if v < input.count {
                    throw parseError([], [], ": extra text: " + q(input[v...]))
                }
                break
            }
            lpos = next
            let hold = v
            do {
                switch std {
                case .year:
                    guard input.count - v >= 2 else { throw Bad() }
                    guard isDigit(v), isDigit(v + 1) else { throw Bad() }
                    let y = Int64(input[v] - 48) * 10 + Int64(input[v + 1] - 48)
                    v += 2
                    year = y >= 69 ? y + 1900 : y + 2000
                case .longYear:
                    guard input.count - v >= 4, isDigit(v) else { throw Bad() }
                    var y: Int64 = 0
                    for k in 0..<4 {
                        guard isDigit(v + k) else { throw Bad() }
                        y = y * 10 + Int64(input[v + k] - 48)
                    }
                    v += 4
                    year = y
                case .month: month = try lookup(GoTimeLayout.shortMonthNames) + 1
                case .longMonth: month = try lookup(GoCalendar.longMonthNames) + 1
                case .numMonth, .zeroMonth:
                    month = try getnum(std == .zeroMonth)
                    if month <= 0 || month > 12 { rangeErr = "month" }
                case .weekDay: _ = try lookup(GoTimeLayout.shortDayNames)
                case .longWeekDay: _ = try lookup(GoCalendar.longDayNames)
                case .day, .underDay, .zeroDay:
                    if std == .underDay, v < input.count, input[v] == 32 { v += 1 }
                    day = try getnum(std == .zeroDay)
                case .underYearDay, .zeroYearDay:
                    for _ in 0..<2 where std == .underYearDay && v < input.count && input[v] == 32 { v += 1 }
                    yday = try getnum3(std == .zeroYearDay)
                case .hour:
                    hour = try getnum(false)
                    if hour < 0 || hour >= 24 { rangeErr = "hour" }
                case .hour12, .zeroHour12:
                    hour = try getnum(std == .zeroHour12)
                    if hour < 0 || hour > 12 { rangeErr = "hour" }
                case .minute, .zeroMinute:
                    minute = try getnum(std == .zeroMinute)
                    if minute < 0 || minute >= 60 { rangeErr = "minute" }
                case .second, .zeroSecond:
                    second = try getnum(std == .zeroSecond)
                    if second < 0 || second >= 60 { rangeErr = "second"; break }
                    // A fraction in the input without one in the layout is still accepted.
                    if input.count - v >= 2, input[v] == UInt8(ascii: ".") || input[v] == UInt8(ascii: ","), isDigit(v + 1) {
                        let (_, nextStd, _) = GoTimeLayout.nextChunk(layout, from: lpos)
                        if case .fracSecond0? = nextStd { break }
                        if case .fracSecond9? = nextStd { break }
                        var n = 2
                        while isDigit(v + n) { n += 1 }
                        nsec = try nanoseconds(n)
                        v += n
                    }
                case .pm, .lowerPM:
                    guard input.count - v >= 2 else { throw Bad() }
                    let p = String(decoding: input[v..<(v + 2)], as: UTF8.self)
                    v += 2
                    let (pmText, amText) = std == .pm ? ("PM", "AM") : ("pm", "am")
                    if p == pmText { pmSet = true } else if p == amText { amSet = true } else { throw Bad() }
                case .iso8601TZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ColonSecondsTZ,
                     .numTZ, .numShortTZ, .numColonTZ, .numSecondsTZ, .numColonSecondsTZ:
                    if std.isISO, v < input.count, input[v] == UInt8(ascii: "Z") {
                        v += 1
                        z = .utc
                        break
                    }
                    var (hh, mm, ss) = (0, 0, 0)
                    let rest = input.count - v
                    func two(_ i: Int) throws -> Int {
                        guard isDigit(i), isDigit(i + 1) else { throw Bad() }
                        return Int(input[i] - 48) * 10 + Int(input[i + 1] - 48)
                    }
                    let sign = v < input.count ? input[v] : 0
                    switch std {
                    case .iso8601ColonTZ, .numColonTZ:
                        guard rest >= 6, input[v + 3] == UInt8(ascii: ":") else { throw Bad() }
                        hh = try two(v + 1); mm = try two(v + 4); v += 6
                    case .numShortTZ, .iso8601ShortTZ:
                        guard rest >= 3 else { throw Bad() }
                        hh = try two(v + 1); v += 3
                    case .iso8601ColonSecondsTZ, .numColonSecondsTZ:
                        guard rest >= 9, input[v + 3] == UInt8(ascii: ":"), input[v + 6] == UInt8(ascii: ":") else { throw Bad() }
                        hh = try two(v + 1); mm = try two(v + 4); ss = try two(v + 7); v += 9
                    case .iso8601SecondsTZ, .numSecondsTZ:
                        guard rest >= 7 else { throw Bad() }
                        hh = try two(v + 1); mm = try two(v + 3); ss = try two(v + 5); v += 7
                    default:
                        guard rest >= 5 else { throw Bad() }
                        hh = try two(v + 1); mm = try two(v + 3); v += 5
                    }
                    if hh > 24 { rangeErr = "time zone offset hour" }
                    if mm > 60 { rangeErr = "time zone offset minute" }
                    if ss > 60 { rangeErr = "time zone offset second" }
                    zoneOffset = (hh * 60 + mm) * 60 + ss
                    if sign == UInt8(ascii: "-") { zoneOffset = -zoneOffset } else if sign != UInt8(ascii: "+") { throw Bad() }
                case .tz:
                    if input.count - v >= 3, input[v] == 85, input[v + 1] == 84, input[v + 2] == 67 {
                        z = .utc
                        v += 3
                        break
                    }
                    guard let n = timeZoneLength(input, v) else { throw Bad() }
                    zoneName = String(decoding: input[v..<(v + n)], as: UTF8.self)
                    v += n
                case .fracSecond0(let digits, _):
                    let nd = 1 + digits
                    guard input.count - v >= nd else { throw Bad() }
                    nsec = try nanoseconds(nd)
                    v += nd
                case .fracSecond9:
                    guard input.count - v >= 2, input[v] == UInt8(ascii: ".") || input[v] == UInt8(ascii: ","), isDigit(v + 1) else { break }
                    var i = 0
                    while isDigit(v + i + 1) { i += 1 }
                    nsec = try nanoseconds(1 + i)
                    v += 1 + i
                }
            } catch {
                throw parseError(stdText, input[hold...], "")
            }
            if !rangeErr.isEmpty {
                throw parseError(stdText, input[v...], ": " + rangeErr + " out of range")
            }
        }
        if pmSet && hour < 12 { hour += 12 } else if amSet && hour == 12 { hour = 0 }
        if yday >= 0 {
            var d = 0, m = 0
            var yd = yday
            if GoCalendar.isLeap(year) {
                if yd == 31 + 29 { m = 2; d = 29 } else if yd > 31 + 29 { yd -= 1 }
            }
            if yd < 1 || yd > 365 { throw parseError([], [], ": day-of-year out of range") }
            if m == 0 {
                let before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
                m = (yd - 1) / 31 + 1
                if before[m] < yd { m += 1 }
                d = yd - before[m - 1]
            }
            if month >= 0 && month != m { throw parseError([], [], ": day-of-year does not match month") }
            month = m
            if day >= 0 && day != d { throw parseError([], [], ": day-of-year does not match day") }
            day = d
        } else {
            if month < 0 { month = 1 }
            if day < 0 { day = 1 }
        }
        if day < 1 || day > GoCalendar.daysIn(month: month, year: year) { throw parseError([], [], ": day out of range") }
        if let z {
            return GoTime.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nsec: nsec, loc: z)
        }
        if zoneOffset != -1 {
            var t = GoTime.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nsec: nsec, loc: .utc)
            t.sec = t.sec &- Int64(zoneOffset)
            let lz = local.lookup(t.sec)
            if lz.offset == zoneOffset && (zoneName.isEmpty || lz.name == zoneName) {
                t.loc = local
                return t
            }
            t.loc = .fixed(zoneName, zoneOffset)
            return t
        }
        if !zoneName.isEmpty {
            var t = GoTime.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nsec: nsec, loc: .utc)
            // Go's lookupName: a zone of that name in the local location.
            if let zone = local.zones.first(where: { $0.name == zoneName }) {
                t.sec = t.sec &- Int64(zone.offset)
                t.loc = local
                return t
            }
            var offset = 0
            if zoneName.utf8.count > 3, zoneName.hasPrefix("GMT") { offset = (Int(zoneName.dropFirst(3)) ?? 0) * 3600 }
            // Go keeps the instant as parsed in UTC here (no offset applied).
            t.loc = .fixed(zoneName, offset)
            return t
        }
        return GoTime.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nsec: nsec, loc: local)
    }

    /// Go's `parseTimeZone`: how many bytes of `b[at...]` look like a zone abbreviation.
    static func timeZoneLength(_ b: [UInt8], _ at: Int) -> Int? {
        let n = b.count - at
        if n < 3 { return nil }
        func has(_ s: String) -> Bool { Array(s.utf8).enumerated().allSatisfy { at + $0.offset < b.count && b[at + $0.offset] == $0.element } }
        if n >= 4 && (has("ChST") || has("MeST")) { return 4 }
        if has("GMT") {
            var i = at + 3
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                var j = i + 1
                while j < b.count, b[j] >= 48, b[j] <= 57 { j += 1 }
                if j > i + 1 { i = j }
            }
            return i - at
        }
        if b[at] == UInt8(ascii: "+") || b[at] == UInt8(ascii: "-") {
            var j = at + 1
            while j < b.count, b[j] >= 48, b[j] <= 57 { j += 1 }
            return j - at > 1 ? j - at : nil
        }
        var upper = 0
        while upper < 6, at + upper < b.count, b[at + upper] >= 65, b[at + upper] <= 90 { upper += 1 }
        switch upper {
        case 3: return 3
        case 4: return b[at + 3] == UInt8(ascii: "T") || has("WITA") ? 4 : nil
        case 5: return b[at + 4] == UInt8(ascii: "T") ? 5 : nil
        default: return nil
        }
    }
}
