/// The bytes one render may build (issue 6): template output written and strings or
/// lists returned by functions all draw on it, so `repeat`, `replace`, `printf` widths
/// or a template printing in a loop end with a clear error instead of growing until
/// the process is killed. Helm has no such limit (it grows until killed); chartr's is
/// documented in docs/LIMITS.md.
public final class BuildBudget {
    /// chartr's limit: 256 MiB built per render.
    public static let limit = 256 * 1024 * 1024
    public private(set) var remaining = BuildBudget.limit

    public init() {}

    /// Starts a new render with the whole budget.
    public func reset() { remaining = BuildBudget.limit }

    /// Whether `bytes` more can still be built.
    public func fits(_ bytes: Int) -> Bool { bytes >= 0 && bytes <= remaining }

    /// Takes `bytes` from the budget; false (and the budget left as it was) when over.
    public func take(_ bytes: Int) -> Bool {
        guard fits(bytes) else { return false }
        remaining -= bytes
        return true
    }

    /// The text of the error when the budget is exhausted.
    public static var message: String {
        "rendered output and strings built exceed chartr's limit of \(limit) bytes per render"
    }

    /// Rough bytes held by a function result (strings by length, lists and maps by
    /// element count).
    static func size(of v: Value) -> Int {
        switch v {
        case .string(let s): return s.utf8.count
        case .list(let l, _): return l.count * 16
        case .map(let m, _): return m.count * 32
        default: return 0
        }
    }
}
