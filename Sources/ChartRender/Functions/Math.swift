import Foundation

/// Sprig v3.3.0's math (`functions.go`, `numeric.go`): integer math converts every
/// operand with `cast.ToInt64` and returns `int64` (so `add 1.9 1.9` is 2 and a
/// string that does not parse counts as 0); float math goes through shopspring/decimal
/// and returns `float64`; `floor`, `ceil`, `round` return `float64`.
extension Functions {
    static let math: [String: Function] = {
        var t: [String: Function] = [:]
        let i64 = GoCast.toInt64
        let f64 = GoCast.toFloat64

        t["add1"] = Function(FunctionSignature([.interface], returns: .int64)) { c in .int64(i64(c[0]) &+ 1) }
        t["add"] = Function(FunctionSignature([], variadic: .interface, returns: .int64)) { c in
            .int64(c.args.reduce(Int64(0)) { $0 &+ i64($1) })
        }
        t["sub"] = Function(FunctionSignature([.interface, .interface], returns: .int64)) { c in .int64(i64(c[0]) &- i64(c[1])) }
        t["div"] = Function(FunctionSignature([.interface, .interface], returns: .int64)) { c in
            let (a, b) = (i64(c[0]), i64(c[1]))
            if b == 0 { throw FunctionError("runtime error: integer divide by zero") }
            // Go: MinInt64 / -1 wraps to MinInt64.
            return .int64(b == -1 ? 0 &- a : a / b)
        }
        t["mod"] = Function(FunctionSignature([.interface, .interface], returns: .int64)) { c in
            let (a, b) = (i64(c[0]), i64(c[1]))
            if b == 0 { throw FunctionError("runtime error: integer divide by zero") }
            return .int64(b == -1 ? 0 : a % b)
        }
        t["mul"] = Function(FunctionSignature([.interface], variadic: .interface, returns: .int64)) { c in
            .int64(c.args.dropFirst().reduce(i64(c[0])) { $0 &* i64($1) })
        }
        let maxFn = Function(FunctionSignature([.interface], variadic: .interface, returns: .int64)) { c in
            .int64(c.args.dropFirst().reduce(i64(c[0])) { Swift.max($0, i64($1)) })
        }
        t["max"] = maxFn
        t["biggest"] = maxFn
        t["min"] = Function(FunctionSignature([.interface], variadic: .interface, returns: .int64)) { c in
            .int64(c.args.dropFirst().reduce(i64(c[0])) { Swift.min($0, i64($1)) })
        }
        t["maxf"] = Function(FunctionSignature([.interface], variadic: .interface, returns: .float64)) { c in
            .float64(c.args.dropFirst().reduce(f64(c[0])) { SprigMath.goMax($0, f64($1)) })
        }
        t["minf"] = Function(FunctionSignature([.interface], variadic: .interface, returns: .float64)) { c in
            .float64(c.args.dropFirst().reduce(f64(c[0])) { SprigMath.goMin($0, f64($1)) })
        }
        t["randInt"] = Function(FunctionSignature([.int, .int], returns: .int)) { c in
            let (lo, hi) = (c.int(0), c.int(1))
            let (n, overflow) = hi.subtractingReportingOverflow(lo)
            if overflow || n <= 0 { throw FunctionError("invalid argument to Intn") }
            return .int(Int(c.env.random.next() % UInt64(n)) + lo)
        }

        // Decimal float math: the first operand, then each further one in turn.
        func decimal(_ params: [GoType], variadic: GoType?, _ op: @escaping @Sendable (SprigDecimal, SprigDecimal) throws -> SprigDecimal,
                     operands: @escaping @Sendable (FunctionCall) -> (Value, [Value])) -> Function {
            Function(FunctionSignature(params, variadic: variadic, returns: .float64)) { c in
                let (first, rest) = operands(c)
                var acc = try SprigDecimal(float: f64(first))
                for x in rest { acc = try op(acc, SprigDecimal(float: f64(x))) }
                return .float64(acc.double)
            }
        }
        t["add1f"] = decimal([.interface], variadic: nil, { $0 + $1 }) { c in (c[0], [.int(1)]) }
        t["addf"] = decimal([], variadic: .interface, { $0 + $1 }) { c in (.float64(0), c.args) }
        t["subf"] = decimal([.interface], variadic: .interface, { $0 - $1 }) { c in (c[0], Array(c.args.dropFirst())) }
        t["mulf"] = decimal([.interface], variadic: .interface, { $0 * $1 }) { c in (c[0], Array(c.args.dropFirst())) }
        t["divf"] = decimal([.interface], variadic: .interface, { try $0.divided(by: $1) }) { c in (c[0], Array(c.args.dropFirst())) }

        t["floor"] = Function(FunctionSignature([.interface], returns: .float64)) { c in .float64(f64(c[0]).rounded(.down)) }
        t["ceil"] = Function(FunctionSignature([.interface], returns: .float64)) { c in .float64(f64(c[0]).rounded(.up)) }
        t["round"] = Function(FunctionSignature([.interface, .int], variadic: .float64, returns: .float64)) { c in
            var roundOn = 0.5
            if c.args.count > 2, case .float64(let r) = c.args[2] { roundOn = r }
            return .float64(SprigMath.round(f64(c[0]), places: Double(c.int(1)), roundOn: roundOn))
        }
        return t
    }()
}

/// Go `math` helpers with Go's NaN and signed-zero rules.
enum SprigMath {
    /// `math.Max`.
    static func goMax(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite && x > 0 || y.isInfinite && y > 0 { return .infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? y : x }
        return x > y ? x : y
    }

    /// `math.Min`.
    static func goMin(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite && x < 0 || y.isInfinite && y < 0 { return -.infinity }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 && x == y { return x.sign == .minus ? x : y }
        return x < y ? x : y
    }

    /// Sprig's `round`: scale by 10^places, take the ceiling when the fraction
    /// (`math.Modf`, signed) reaches `roundOn`, else the floor, and scale back.
    static func round(_ val: Double, places: Double, roundOn: Double) -> Double {
        let pow = Foundation.pow(10, places)
        let digit = pow * val
        let frac = digit - digit.rounded(.towardZero)
        let r = frac >= roundOn ? digit.rounded(.up) : digit.rounded(.down)
        return r / pow
    }
}
