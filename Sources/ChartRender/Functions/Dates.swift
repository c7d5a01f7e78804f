/// Sprig's date functions over the port of Go's `time` (`Go/Time/`; the template objects
/// are in `TimeObjects.swift`): reference layouts, zones from the system tzdata,
/// `time.Time` objects with Go's methods, and Go durations. `now` reads `env.now()`
/// (pinned by `SOURCE_DATE_EPOCH`).
extension Functions {
    static let timeType = GoTimeObject.type

    static let dates: [String: Function] = {
        let t: [String: Function] = [
            "now": Function(FunctionSignature([], returns: timeType)) { call in
                .object(GoTimeObject(currentTime(call.env)))
            },
            "date": Function(FunctionSignature([.string, .interface], returns: .string)) { call in
                .string(dateInZone(call.string(0), call[1], "Local", call.env))
            },
            "dateInZone": dateInZoneFunction,
            "date_in_zone": dateInZoneFunction,
            "htmlDate": Function(FunctionSignature([.interface], returns: .string)) { call in
                .string(dateInZone("2006-01-02", call[0], "Local", call.env))
            },
            "htmlDateInZone": Function(FunctionSignature([.interface, .string], returns: .string)) { call in
                .string(dateInZone("2006-01-02", call[0], call.string(1), call.env))
            },
            "dateModify": dateModifyFunction,
            "date_modify": dateModifyFunction,
            "mustDateModify": mustDateModifyFunction,
            "must_date_modify": mustDateModifyFunction,
            "ago": Function(FunctionSignature([.interface], returns: .string)) { call in
                let t = timeArgument(call[0], call.env, acceptsInt32: false)
                let d = currentTime(call.env).sub(t)
                return .string(GoDuration.format(GoDuration.round(d, GoDuration.second)))
            },
            // Sprig: strings parse as integer seconds (`n, _ = strconv.ParseInt(s, 10, 64)`, so
            // an overflow gives the limit), int64 is seconds, anything else is 0.
            "duration": Function(FunctionSignature([.interface], returns: .string)) { call in
                var n: Int64 = 0
                switch call[0] {
                case .string(let s): n = GoStrconv.parseIntIgnoringError(s, base: 10, bitSize: 64)
                case .int64(let v): n = v
                default: n = 0
                }
                return .string(GoDuration.format(n &* GoDuration.second))
            },
            "durationRound": Function(FunctionSignature([.interface], returns: .string)) { call in
                var d: Int64 = 0
                switch call[0] {
                case .string(let s): d = (try? GoDuration.parse(s)) ?? 0
                case .int64(let v): d = v
                case .object(let o):
                    if let t = o as? GoTimeObject { d = currentTime(call.env).sub(t.time) }
                default: d = 0
                }
                return .string(roundedDuration(d))
            },
            "toDate": Function(FunctionSignature([.string, .string], returns: timeType)) { call in
                let t = (try? GoTimeParse.parse(call.string(0), call.string(1), local: .local)) ?? .zero
                return .object(GoTimeObject(t))
            },
            "mustToDate": Function(FunctionSignature([.string, .string], returns: timeType, throws: true)) { call in
                .object(GoTimeObject(try GoTimeParse.parse(call.string(0), call.string(1), local: .local)))
            },
            "unixEpoch": Function(FunctionSignature([timeType], returns: .string)) { call in
                .string(String(timeValue(call[0]).sec))
            },
        ]
        return t
    }()

    static let dateInZoneFunction = Function(FunctionSignature([.string, .interface, .string], returns: .string)) { call in
        .string(dateInZone(call.string(0), call[1], call.string(2), call.env))
    }

    static let dateModifyFunction = Function(FunctionSignature([.string, timeType], returns: timeType)) { call in
        let t = timeValue(call[1])
        guard let d = try? GoDuration.parse(call.string(0)) else { return .object(GoTimeObject(t)) }
        return .object(GoTimeObject(t.adding(d)))
    }

    static let mustDateModifyFunction = Function(FunctionSignature([.string, timeType], returns: timeType, throws: true)) { call in
        let d = try GoDuration.parse(call.string(0))
        return .object(GoTimeObject(timeValue(call[1]).adding(d)))
    }

    /// The process start, for the monotonic reading `now` values print (`m=+0.01`).
    static let processStart = RenderEnvironment().now()

    /// `time.Now()` in Local, with a monotonic reading.
    static func currentTime(_ env: RenderEnvironment) -> GoTime {
        var now = env.now()
        if !now.isFinite || Swift.abs(now) > 9e18 { now = 0 }
        let whole = now.rounded(.down)
        let nsec = Int(((now - whole) * 1e9).rounded(.down))
        return GoTime(sec: Int64(whole), nsec: Swift.min(Swift.max(nsec, 0), 999_999_999), loc: .local,
                      monotonic: Swift.max(RenderEnvironment().now() - processStart, 1e-6))
    }

    static func timeValue(_ v: Value) -> GoTime {
        if case .object(let o) = v, let t = o as? GoTimeObject { return t.time }
        return .zero
    }

    /// Sprig's type switch for `date`/`dateInZone`/`ago`: a time, Unix seconds as `int64`,
    /// `int` (and `int32` for `dateInZone`), else the current time.
    static func timeArgument(_ v: Value, _ env: RenderEnvironment, acceptsInt32: Bool) -> GoTime {
        switch v {
        case .object(let o):
            if let t = o as? GoTimeObject { return t.time }
        case .int64(let s): return .unix(s)
        case .int(let s): return .unix(Int64(s))
        case .intN(let s, let type) where acceptsInt32 && type == .int32: return .unix(s)
        default: break
        }
        return currentTime(env)
    }

    /// Sprig's `dateInZone`: an unknown zone falls back to UTC.
    static func dateInZone(_ layout: String, _ date: Value, _ zone: String, _ env: RenderEnvironment) -> String {
        let t = timeArgument(date, env, acceptsInt32: true)
        let loc = (try? GoLocation.load(zone)) ?? .utc
        return GoTimeLayout.format(t.inLocation(loc), layout)
    }

    /// Sprig's `durationRound`: the largest unit (y = 365d, mo = 30d, d, h, m, s) the
    /// absolute duration strictly exceeds, truncated.
    static func roundedDuration(_ d: Int64) -> String {
        let u = d.magnitude
        let second: UInt64 = 1_000_000_000
        let minute = second * 60, hour = minute * 60, day = hour * 24
        let units: [(UInt64, String)] = [(day * 365, "y"), (day * 30, "mo"), (day, "d"), (hour, "h"), (minute, "m"), (second, "s")]
        for (size, name) in units where u > size { return String(u / size) + name }
        return "0s"
    }
}
