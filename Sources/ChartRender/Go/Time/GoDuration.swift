/// Go's `time.Duration` text: `String()` (`1h2m3s`, `1.5s`, `2µs`, `0s`) and
/// `time.ParseDuration` with its error texts.
enum GoDuration {
    static let second: Int64 = 1_000_000_000

    /// `Duration.String()`.
    static func format(_ d: Int64) -> String {
        var u = d.magnitude
        let neg = d < 0
        var out = ""
        if u < UInt64(second) {
            if u == 0 { return "0s" }
            let (prec, unit): (Int, String) = u < 1000 ? (0, "ns") : u < 1_000_000 ? (3, "µs") : (6, "ms")
            let (frac, rest) = fraction(u, prec)
            u = rest
            out = String(u) + frac + unit
        } else {
            let (frac, rest) = fraction(u, 9)
            u = rest
            var s = String(u % 60) + frac + "s"
            u /= 60
            if u > 0 {
                s = String(u % 60) + "m" + s
                u /= 60
                if u > 0 { s = String(u) + "h" + s }
            }
            out = s
        }
        return neg ? "-" + out : out
    }

    /// Go's `fmtFrac`: the fractional digits of `v / 10^prec` without trailing zeros
    /// (with the point, or "" when zero), and the integer part.
    static func fraction(_ v: UInt64, _ prec: Int) -> (String, UInt64) {
        var v = v
        var digits: [UInt8] = []
        var printed = false
        for _ in 0..<prec {
            let d = v % 10
            printed = printed || d != 0
            if printed { digits.append(UInt8(48 + d)) }
            v /= 10
        }
        if digits.isEmpty { return ("", v) }
        return ("." + String(decoding: digits.reversed(), as: UTF8.self), v)
    }

    static let units: [String: UInt64] = [
        "ns": 1, "us": 1000, "µs": 1000, "μs": 1000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// `time.ParseDuration`: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`.
    static func parse(_ orig: String) throws -> Int64 {
        let b = Array(orig.utf8)
        var i = 0
        var neg = false
        func invalid() -> GoTimeError { GoTimeError("time: invalid duration " + GoQuote.quote(orig)) }
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { neg = b[i] == UInt8(ascii: "-"); i += 1 }
        if b.count - i == 1 && b[i] == UInt8(ascii: "0") { return 0 }
        if i == b.count { throw invalid() }
        var d: UInt64 = 0
        let limit: UInt64 = 1 << 63
        while i < b.count {
            guard b[i] == UInt8(ascii: ".") || (b[i] >= 48 && b[i] <= 57) else { throw invalid() }
            var v: UInt64 = 0
            let pl = i
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                if v > (limit - 1) / 10 { throw invalid() }
                v = v * 10 + UInt64(b[i] - 48)
                if v > limit { throw invalid() }
                i += 1
            }
            let pre = i != pl
            var f: UInt64 = 0
            var scale = 1.0
            var post = false
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                let fl = i
                var overflow = false
                while i < b.count, b[i] >= 48, b[i] <= 57 {
                    if !overflow {
                        if f > (limit - 1) / 10 { overflow = true } else {
                            let y = f * 10 + UInt64(b[i] - 48)
                            if y > limit { overflow = true } else { f = y; scale *= 10 }
                        }
                    }
                    i += 1
                }
                post = i != fl
            }
            if !pre && !post { throw invalid() }
            let us = i
            while i < b.count, b[i] != UInt8(ascii: "."), !(b[i] >= 48 && b[i] <= 57) { i += 1 }
            if i == us { throw GoTimeError("time: missing unit in duration " + GoQuote.quote(orig)) }
            let u = String(decoding: b[us..<i], as: UTF8.self)
            guard let unit = units[u] else {
                throw GoTimeError("time: unknown unit " + GoQuote.quote(u) + " in duration " + GoQuote.quote(orig))
            }
            if v > limit / unit { throw invalid() }
            v *= unit
            if f > 0 {
                v += UInt64(Double(f) * (Double(unit) / scale))
                if v > limit { throw invalid() }
            }
            d += v
            if d > limit { throw invalid() }
        }
        if neg { return d == limit ? Int64.min : -Int64(d) }
        if d > limit - 1 { throw invalid() }
        return Int64(d)
    }

    /// `Duration.Round(m)`.
    static func round(_ d: Int64, _ m: Int64) -> Int64 {
        if m <= 0 { return d }
        var r = d % m
        func lessThanHalf(_ x: Int64, _ y: Int64) -> Bool { UInt64(x) &+ UInt64(x) < UInt64(y) }
        if d < 0 {
            r = -r
            if lessThanHalf(r, m) { return d + r }
            let (d1, o) = d.subtractingReportingOverflow(m - r)
            return !o && d1 < d ? d1 : Int64.min
        }
        if lessThanHalf(r, m) { return d - r }
        let (d1, o) = d.addingReportingOverflow(m - r)
        return !o && d1 > d ? d1 : Int64.max
    }
}
