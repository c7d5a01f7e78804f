/// Proleptic Gregorian calendar arithmetic on days since 1970-01-01 (Go's `time`
/// computes the same civil dates).
enum GoCalendar {
    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a &- floorDiv(a, b) &* b }

    static func isLeap(_ y: Int64) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func daysIn(month: Int, year: Int64) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since the epoch of a civil date (month may be any value; it is normalised).
    static func days(year: Int64, month: Int, day: Int) -> Int64 {
        // Wrapping arithmetic: absurd inputs give absurd dates, never a trap.
        var y = year &+ floorDiv(Int64(month) &- 1, 12)
        let m = floorMod(Int64(month) &- 1, 12) + 1
        y = y &- (m <= 2 ? 1 : 0)
        let era = floorDiv(y, 400)
        let yoe = y &- era &* 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 &+ Int64(day) &- 1
        let doe = yoe &* 365 &+ yoe / 4 &- yoe / 100 &+ doy
        return era &* 146097 &+ doe &- 719468
    }

    /// The civil date of a day count.
    static func civil(fromDays z0: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = z0 &+ 719468
        let era = floorDiv(z, 146097)
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = Int(doy - (153 * mp + 2) / 5 + 1)
        let m = Int(mp < 10 ? mp + 3 : mp - 9)
        return (yoe &+ era &* 400 &+ (m <= 2 ? 1 : 0), m, d)
    }

    static let longMonthNames = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]
    static let longDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}
