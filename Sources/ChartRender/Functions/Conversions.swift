/// Sprig v3.3.0's type conversions: `atoi` (`strconv.Atoi`, errors dropped), `int`,
/// `int64`, `float64` (spf13/cast), `toString` (`strval`), `toStrings` (`strslice`) and
/// `toDecimal` (octal text to int64).
extension Functions {
    static let conversions: [String: Function] = {
        var t: [String: Function] = [:]
        t["atoi"] = Function(FunctionSignature([.string], returns: .int)) { c in
            .int(Int(SprigConversions.atoi(c.string(0)) ?? 0))
        }
        t["int"] = Function(FunctionSignature([.interface], returns: .int)) { c in .int(GoCast.toInt(c[0])) }
        t["int64"] = Function(FunctionSignature([.interface], returns: .int64)) { c in .int64(GoCast.toInt64(c[0])) }
        t["float64"] = Function(FunctionSignature([.interface], returns: .float64)) { c in .float64(GoCast.toFloat64(c[0])) }
        t["toString"] = Function(FunctionSignature([.interface], returns: .string)) { c in .string(GoCast.strval(c[0])) }
        t["toStrings"] = Function(FunctionSignature([.interface], returns: .slice(.string))) { c in
            .strings(GoCast.strslice(c[0]))
        }
        // strconv.ParseInt(fmt.Sprint(v), 8, 64); 0 on any error.
        t["toDecimal"] = Function(FunctionSignature([.interface], returns: .int64)) { c in
            .int64(SprigConversions.parseOctal(GoFmt.sprint([c[0]])) ?? 0)
        }
        return t
    }()
}

/// Parsers behind the conversion family.
enum SprigConversions {
    /// `strconv.Atoi` as Sprig uses it (error dropped, value kept): optional sign and
    /// decimal digits; nil on a syntax error; on uint64 overflow Go stops scanning at once
    /// and returns the clamped value, even if a bad character follows (`"99999999999999999999x"`).
    static func atoi(_ s: String) -> Int64? {
        let b = Array(s.utf8)
        var i = 0
        var neg = false
        if let f = b.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            neg = f == UInt8(ascii: "-")
            i = 1
        }
        if i >= b.count { return nil }
        var n: UInt64 = 0
        let limit: UInt64 = neg ? UInt64(1) << 63 : UInt64(Int64.max)
        while i < b.count {
            let c = b[i]
            guard c >= 48 && c <= 57 else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (sum, o2) = m.addingReportingOverflow(UInt64(c - 48))
            if o1 || o2 { return neg ? Int64.min : Int64.max }
            n = sum
            i += 1
        }
        if n > limit { return neg ? Int64.min : Int64.max }
        if neg { return n == UInt64(1) << 63 ? Int64.min : -Int64(n) }
        return Int64(n)
    }

    /// `strconv.ParseInt(s, 8, 64)`.
    static func parseOctal(_ s: String) -> Int64? {
        signedDigits(Array(s.utf8), base: 8)
    }

    /// `strconv.ParseInt(s, base, 64)` for an explicit base: `[sign] digits`.
    static func signedDigits(_ b: [UInt8], base: UInt64) -> Int64? {
        var i = 0
        var neg = false
        if let f = b.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            neg = f == UInt8(ascii: "-")
            i = 1
        }
        if i >= b.count { return nil }
        var n: UInt64 = 0
        while i < b.count {
            let c = b[i]
            guard c >= 48 && c <= 57, UInt64(c - 48) < base else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: base)
            let (s, o2) = m.addingReportingOverflow(UInt64(c - 48))
            if o1 || o2 { return nil }
            n = s
            i += 1
        }
        if neg {
            if n > UInt64(1) << 63 { return nil }
            return n == UInt64(1) << 63 ? Int64.min : -Int64(n)
        }
        return n >= UInt64(1) << 63 ? nil : Int64(n)
    }
}
