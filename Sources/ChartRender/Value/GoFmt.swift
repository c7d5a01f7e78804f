/// Go's `fmt` package as templates reach it: `{{ . }}` printing (`%v`), `print`,
/// `println`, `printf` with every verb and flag, and `%T`.
///
/// STUB: minimal bodies; the fmt work replaces them and keeps the signatures.
public enum GoFmt {
    /// `fmt.Sprint(args...)`: spaces only between operands when neither is a string.
    public static func sprint(_ args: [Value]) -> String {
        args.map(formatValue).joined()
    }

    /// `fmt.Sprintln(args...)`: always spaces between operands, newline at the end.
    public static func sprintln(_ args: [Value]) -> String {
        args.map(formatValue).joined(separator: " ") + "\n"
    }

    /// `fmt.Sprintf(format, args...)`.
    public static func sprintf(_ format: String, _ args: [Value]) -> String {
        format
    }

    /// `%v` of one value, as `{{ . }}` prints it (`<no value>` is the executor's business:
    /// this prints untyped nil as `<nil>`).
    public static func formatValue(_ v: Value) -> String {
        switch v {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .int64(let i): return String(i)
        case .uint64(let i): return String(i)
        case .intN(let i, _): return String(i)
        case .float64(let d): return GoFloat.formatG(d)
        case .string(let s): return s
        case .bytes(let b): return "[" + b.map { String($0) }.joined(separator: " ") + "]"
        case .list(let items, _): return "[" + items.map(formatValue).joined(separator: " ") + "]"
        case .map(let m, _): return "map[" + m.goSortedKeys.map { $0 + ":" + formatValue(m[$0] ?? .null) }.joined(separator: " ") + "]"
        case .object(let o): return o.goDescription
        }
    }
}
