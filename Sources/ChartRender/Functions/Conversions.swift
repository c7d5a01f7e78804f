/// Sprig v3.3.0's type conversions: `atoi` (`strconv.Atoi`, errors dropped), `int`,
/// `int64`, `float64` (spf13/cast), `toString` (`strval`), `toStrings` (`strslice`) and
/// `toDecimal` (octal text to int64).
extension Functions {
    static let conversions: [String: Function] = {
        var t: [String: Function] = [:]
        // `i, _ := strconv.Atoi(s)`: 0 on a syntax error, the nearest limit on overflow.
        t["atoi"] = Function(FunctionSignature([.string], returns: .int)) { c in
            .int(Int(GoStrconv.parseIntIgnoringError(c.string(0), base: 10, bitSize: 0)))
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
            .int64((try? GoStrconv.parseInt(GoFmt.sprint([c[0]]), base: 8, bitSize: 64)) ?? 0)
        }
        return t
    }()
}

