/// Go's `fmt` package as templates reach it: `{{ . }}` printing (`%v`), `print`,
/// `println`, `printf` with every verb and flag, and `%T`.
///
/// The printer (`GoPrinter`, `GoFmtState`) reproduces `fmt/print.go` and
/// `fmt/format.go`; this file holds the entry points and the format-string parser.
enum GoFmt {
    /// `fmt.Sprint(args...)`: a space between operands when neither is a string.
    static func sprint(_ args: [Value]) -> String {
        var p = GoPrinter()
        var prevString = false
        for (i, arg) in args.enumerated() {
            let isString = arg.stringValue != nil
            if i > 0 && !isString && !prevString { p.f.buf.append(UInt8(ascii: " ")) }
            p.printArg(arg, "v")
            prevString = isString
        }
        return GoString.string(p.f.buf)
    }

    /// `fmt.Sprintln(args...)`: always spaces between operands, newline at the end.
    static func sprintln(_ args: [Value]) -> String {
        var p = GoPrinter()
        for (i, arg) in args.enumerated() {
            if i > 0 { p.f.buf.append(UInt8(ascii: " ")) }
            p.printArg(arg, "v")
        }
        p.f.buf.append(UInt8(ascii: "\n"))
        return GoString.string(p.f.buf)
    }

    /// `%v` of one value, as `{{ . }}` prints it (`<no value>` is the executor's business:
    /// this prints untyped nil as `<nil>`). A top-level object prints as
    /// `printableValue` makes it: dereferenced, through `String()` on either receiver
    /// (`.Capabilities.KubeVersion` is `v1.36.0`, `.Capabilities` has no `&`). For
    /// `fmt.Sprint`'s view (Sprig's `toString`), use `sprint([v])`.
    static func formatValue(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .object(let o): return templatePrint(o)
        default:
            var p = GoPrinter()
            p.printArg(v, "v")
            return GoString.string(p.f.buf)
        }
    }

    /// `fmt.Sprintf(format, args...)`.
    ///
    /// Grammar of one directive (Go's `doPrintf`):
    /// `'%' flags* ('[' n ']')? (width | '*') ('.' ('[' n ']')? (prec | '*'))? ('[' n ']')? verb`
    /// with flags `# 0 + - space`. Errors print inline: `%!v(MISSING)`, `%!v(BADINDEX)`,
    /// `%!(BADWIDTH)`, `%!(BADPREC)`, `%!(NOVERB)`, `%!(EXTRA type=value, ...)`.
    static func sprintf(_ format: String, _ args: [Value]) -> String {
        var p = GoPrinter()
        var parser = PrintfParser(format: GoString.bytes(format), args: args)
        parser.run(&p)
        return GoString.string(p.f.buf)
    }
}
