/// Go's shortest float formatting (`strconv.FormatFloat(f, fmt, -1, 64)`), shared by
/// `%v` printing, `toJson`, `toYaml` and `toString`.
///
/// Swift's `description` already produces the shortest digits that round-trip; we take
/// those digits and lay them out the way Go does.
enum GoFloat {
    /// Shortest decimal digits of `|d|` with Go's decimal-point position: the value is
    /// `0.d1d2d3... * 10^dp`. `d` must be finite.
    static func shortestDigits(_ d: Double) -> (digits: [UInt8], dp: Int) {
        let a = Swift.abs(d)
        if a == 0 { return ([], 0) }
        return digits(ofShortest: Array(a.description.utf8))
    }

    /// Digits and decimal-point position of a positive number printed by Swift's shortest
    /// round-trip `description` (`"1e-05"`, `"100000.0"`, `"1.2345e+20"`).
    static func digits(ofShortest text: [UInt8]) -> (digits: [UInt8], dp: Int) {
        var digits: [UInt8] = []
        var pointAt: Int? = nil
        var exp = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == UInt8(ascii: ".") {
                pointAt = digits.count
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                var sign = 1
                var j = i + 1
                if j < text.count, text[j] == UInt8(ascii: "-") { sign = -1; j += 1 } else if j < text.count, text[j] == UInt8(ascii: "+") { j += 1 }
                var e = 0
                while j < text.count { e = e * 10 + Int(text[j] - 48); j += 1 }
                exp = sign * e
                break
            } else {
                digits.append(c)
            }
            i += 1
        }
        var dp = (pointAt ?? digits.count) + exp
        // Strip leading zeros (e.g. "0.001" -> "1", dp adjusted) and trailing zeros.
        var lead = 0
        while lead < digits.count, digits[lead] == UInt8(ascii: "0") { lead += 1 }
        digits.removeFirst(lead)
        dp -= lead
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, dp)
    }

    /// `strconv.FormatFloat(d, 'g', -1, 64)`: what `%v` and `fmt.Sprint` print.
    static func formatG(_ d: Double) -> String {
        if let special = specialValue(d) { return special }
        let (digits, dp) = shortestDigits(d)
        let neg = d.sign == .minus
        if digits.isEmpty { return neg ? "-0" : "0" }
        let exp = dp - 1
        // strconv uses precision 6 for the exponent decision of the shortest form.
        if exp < -4 || exp >= 6 {
            return formatE(digits: digits, dp: dp, neg: neg)
        }
        return formatF(digits: digits, dp: dp, neg: neg)
    }

    /// `strconv.FormatFloat(f, 'g', -1, 32)`: the shortest digits that round-trip a float32
    /// (how sigs.k8s.io/yaml names float map keys). `f` must be finite and non-zero.
    static func formatG32(_ f: Float) -> String {
        let (digits, dp) = digits(ofShortest: Array(Swift.abs(f).description.utf8))
        let neg = f.sign == .minus
        let exp = dp - 1
        if exp < -4 || exp >= 6 { return formatE(digits: digits, dp: dp, neg: neg) }
        return formatF(digits: digits, dp: dp, neg: neg)
    }

    /// `strconv.FormatFloat(d, 'e', -1, 64)`: `1e+06`, `1.5e-07`.
    static func formatE(_ d: Double) -> String {
        if let special = specialValue(d) { return special }
        let (digits, dp) = shortestDigits(d)
        return formatE(digits: digits.isEmpty ? [UInt8(ascii: "0")] : digits, dp: digits.isEmpty ? 1 : dp, neg: d.sign == .minus)
    }

    /// `strconv.FormatFloat(d, 'f', -1, 64)`: `1000000`, `0.000001`.
    static func formatF(_ d: Double) -> String {
        if let special = specialValue(d) { return special }
        let (digits, dp) = shortestDigits(d)
        return formatF(digits: digits, dp: dp, neg: d.sign == .minus)
    }

    /// `encoding/json`'s float encoding: 'f' unless `|d| < 1e-6 || |d| >= 1e21`, then 'e'
    /// with a one-digit negative exponent (`1e-7`, not `1e-07`).
    static func formatJSON(_ d: Double) -> String {
        let a = Swift.abs(d)
        if a != 0 && (a < 1e-6 || a >= 1e21) {
            var s = Array(formatE(d).utf8)
            let n = s.count
            if n >= 4, s[n - 4] == UInt8(ascii: "e"), s[n - 3] == UInt8(ascii: "-"), s[n - 2] == UInt8(ascii: "0") {
                s[n - 2] = s[n - 1]
                s.removeLast()
            }
            return String(decoding: s, as: UTF8.self)
        }
        return formatF(d)
    }

    static func specialValue(_ d: Double) -> String? {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        return nil
    }

    static func formatE(digits: [UInt8], dp: Int, neg: Bool) -> String {
        var out: [UInt8] = []
        if neg { out.append(UInt8(ascii: "-")) }
        out.append(digits[0])
        if digits.count > 1 {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[1...])
        }
        out.append(UInt8(ascii: "e"))
        var e = dp - 1
        if e < 0 { out.append(UInt8(ascii: "-")); e = -e } else { out.append(UInt8(ascii: "+")) }
        if e < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(e).utf8))
        return String(decoding: out, as: UTF8.self)
    }

    static func formatF(digits: [UInt8], dp: Int, neg: Bool) -> String {
        var out: [UInt8] = []
        if neg { out.append(UInt8(ascii: "-")) }
        if digits.isEmpty { out.append(UInt8(ascii: "0")); return String(decoding: out, as: UTF8.self) }
        if dp <= 0 {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "."))
            for _ in 0..<(-dp) { out.append(UInt8(ascii: "0")) }
            out.append(contentsOf: digits)
        } else if dp >= digits.count {
            out.append(contentsOf: digits)
            for _ in 0..<(dp - digits.count) { out.append(UInt8(ascii: "0")) }
        } else {
            out.append(contentsOf: digits[0..<dp])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[dp...])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
