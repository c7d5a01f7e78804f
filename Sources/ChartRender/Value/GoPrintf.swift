/// Go's `doPrintf` (fmt/print.go): the format-string parser of `Sprintf`, with its
/// flags, `[n]` argument indexes, `*` widths and precisions, and the inline error forms.
/// The state of one run over the format bytes.
struct PrintfParser {
    let format: [UInt8]
    let args: [Value]
    var argNum = 0
    var reordered = false
    var goodArgNum = true

    init(format: [UInt8], args: [Value]) {
        self.format = format
        self.args = args
    }

    /// Go's `tooLarge`: widths and precisions above 1e6 are rejected.
    static func tooLarge(_ x: Int) -> Bool { x > 1_000_000 || x < -1_000_000 }

    /// `parsenum`: decimal digits in `format[start..<end]`.
    func parseNum(_ start: Int, _ end: Int) -> (num: Int, isNum: Bool, next: Int) {
        if start >= end { return (0, false, end) }
        var num = 0
        var isNum = false
        var i = start
        while i < end, format[i] >= 48, format[i] <= 57 {
            if PrintfParser.tooLarge(num) { return (0, false, end) }
            num = num * 10 + Int(format[i] - 48)
            isNum = true
            i += 1
        }
        return (num, isNum, i)
    }

    /// `argNumber`: an explicit `[n]` index at `i`, if any.
    mutating func argNumber(_ i: Int) -> (next: Int, found: Bool) {
        guard i < format.count, format[i] == UInt8(ascii: "[") else { return (i, false) }
        reordered = true
        // parseArgNumber: needs at least "[n]".
        var index = 0
        var wid = 1
        var ok = false
        if format.count - i >= 3 {
            var j = i + 1
            while j < format.count {
                if format[j] == UInt8(ascii: "]") {
                    let (n, isNum, next) = parseNum(i + 1, j)
                    if isNum && next == j {
                        index = n - 1
                        ok = true
                    }
                    wid = j - i + 1
                    break
                }
                j += 1
            }
        }
        if ok && index >= 0 && index < args.count {
            argNum = index
            return (i + wid, true)
        }
        goodArgNum = false
        return (i + wid, ok)
    }

    /// `intFromArg`: a `*` width or precision taken from the next argument.
    mutating func intFromArg() -> (Int, Bool) {
        guard argNum < args.count else { return (0, false) }
        var num = 0
        var isInt = false
        switch args[argNum] {
        case .int(let i): num = i; isInt = true
        case .int64(let i): num = Int(i); isInt = true
        case .intN(let i, _): num = Int(i); isInt = true
        case .uint64(let u):
            if u <= UInt64(Int.max) { num = Int(u); isInt = true }
        default: break
        }
        argNum += 1
        if PrintfParser.tooLarge(num) { num = 0; isInt = false }
        return (num, isInt)
    }

    mutating func run(_ p: inout GoPrinter) {
        let end = format.count
        var i = 0
        var afterIndex = false
        formatLoop: while i < end {
            goodArgNum = true
            let lasti = i
            while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
            if i > lasti { p.f.buf.append(contentsOf: format[lasti..<i]) }
            if i >= end { break }
            i += 1
            p.f.clearFlags()
            flags: while i < end {
                switch format[i] {
                case UInt8(ascii: "#"): p.f.sharp = true
                case UInt8(ascii: "0"): p.f.zero = !p.f.minus
                case UInt8(ascii: "+"): p.f.plus = true
                case UInt8(ascii: "-"): p.f.minus = true; p.f.zero = false
                case UInt8(ascii: " "): p.f.space = true
                default:
                    let c = format[i]
                    // Fast path: a lower-case verb with no width, precision or index.
                    if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") && argNum < args.count {
                        if c == UInt8(ascii: "v") { setV(&p) }
                        p.printArg(args[argNum], Unicode.Scalar(c))
                        argNum += 1
                        i += 1
                        continue formatLoop
                    }
                    break flags
                }
                i += 1
            }

            (i, afterIndex) = argNumber(i)

            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                let (w, ok) = intFromArg()
                p.f.wid = w
                p.f.widPresent = ok
                if !ok { p.f.write("%!(BADWIDTH)") }
                if p.f.wid < 0 {
                    p.f.wid = -p.f.wid
                    p.f.minus = true
                    p.f.zero = false
                }
                afterIndex = false
            } else {
                let (w, ok, next) = parseNum(i, end)
                p.f.wid = w
                p.f.widPresent = ok
                i = next
                if afterIndex && p.f.widPresent { goodArgNum = false }
            }

            if i + 1 < end && format[i] == UInt8(ascii: ".") {
                i += 1
                if afterIndex { goodArgNum = false }
                (i, afterIndex) = argNumber(i)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    let (pr, ok) = intFromArg()
                    p.f.prec = pr
                    p.f.precPresent = ok
                    if p.f.prec < 0 {
                        p.f.prec = 0
                        p.f.precPresent = false
                    }
                    if !p.f.precPresent { p.f.write("%!(BADPREC)") }
                    afterIndex = false
                } else {
                    let (pr, ok, next) = parseNum(i, end)
                    p.f.prec = pr
                    p.f.precPresent = ok
                    i = next
                    if !p.f.precPresent {
                        p.f.prec = 0
                        p.f.precPresent = true
                    }
                }
            }

            if !afterIndex { (i, afterIndex) = argNumber(i) }

            if i >= end {
                p.f.write("%!(NOVERB)")
                break
            }

            var verb = Unicode.Scalar(format[i])
            var size = 1
            if format[i] >= 0x80 {
                let (r, n) = UTF8Decode.rune(format, at: i)
                verb = Unicode.Scalar(r) ?? "\u{FFFD}"
                size = n
            }
            i += size

            if verb == "%" {
                p.f.buf.append(UInt8(ascii: "%"))
            } else if !goodArgNum {
                p.f.write("%!" + String(Character(verb)) + "(BADINDEX)")
            } else if argNum >= args.count {
                p.f.write("%!" + String(Character(verb)) + "(MISSING)")
            } else {
                if verb == "v" { setV(&p) }
                p.printArg(args[argNum], verb)
                argNum += 1
            }
        }

        if !reordered && argNum < args.count {
            p.f.clearFlags()
            p.f.write("%!(EXTRA ")
            for (k, arg) in args[argNum...].enumerated() {
                if k > 0 { p.f.write(", ") }
                if case .null = arg {
                    p.f.write("<nil>")
                } else {
                    p.f.write(arg.goType.name)
                    p.f.buf.append(UInt8(ascii: "="))
                    p.printArg(arg, "v")
                }
            }
            p.f.buf.append(UInt8(ascii: ")"))
        }
    }

    /// `%#v` is Go syntax and `%+v` struct-field syntax: both replace the plain flags.
    func setV(_ p: inout GoPrinter) {
        p.f.sharpV = p.f.sharp
        p.f.sharp = false
        p.f.plusV = p.f.plus
        p.f.plus = false
    }
}
