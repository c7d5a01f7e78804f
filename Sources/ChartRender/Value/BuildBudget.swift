/// What one render may build (issue 6), so `repeat`, `replace`, `printf` widths or a
/// template printing in a loop end with a clear error instead of growing until the
/// process is killed. Helm has no such limits (it grows until killed); chartr's are
/// documented in docs/LIMITS.md:
/// - rendered output: every byte an executor writes (all templates, includes, `tpl`)
///   counts against `outputLimit`;
/// - function results: strings (by length) and lists (8 bytes per element) returned by
///   functions count against `builtLimit` in total, and no single one may exceed
///   `valueLimit` (`repeat` checks before allocating).
public final class BuildBudget {
    public static let outputLimit = 256 * 1024 * 1024
    public static let builtLimit = 1024 * 1024 * 1024
    public static let valueLimit = 256 * 1024 * 1024
    public private(set) var outputLeft = BuildBudget.outputLimit
    public private(set) var builtLeft = BuildBudget.builtLimit

    public init() {}

    /// Starts a new render with the whole budget.
    public func reset() {
        outputLeft = BuildBudget.outputLimit
        builtLeft = BuildBudget.builtLimit
    }

    /// Takes `bytes` of rendered output; false when over the limit.
    public func takeOutput(_ bytes: Int) -> Bool {
        guard bytes <= outputLeft else { return false }
        outputLeft -= bytes
        return true
    }

    /// Whether a function may build a value of `bytes`.
    public func fits(_ bytes: Int) -> Bool { bytes >= 0 && bytes <= BuildBudget.valueLimit && bytes <= builtLeft }

    /// Takes a function result's size; false when over a limit.
    public func takeBuilt(_ bytes: Int) -> Bool {
        guard fits(bytes) else { return false }
        builtLeft -= bytes
        return true
    }

    public static var outputMessage: String {
        "rendered output exceeds chartr's limit of \(outputLimit) bytes per render"
    }

    public static var builtMessage: String {
        "value too large: chartr limits one function result to \(valueLimit) bytes and all results of a render to \(builtLimit) bytes"
    }

    /// Rough bytes a function result newly holds (maps are not counted: `set`, `merge`
    /// and friends return the map they were given).
    static func size(of v: Value) -> Int {
        switch v {
        case .string(let s): return s.utf8.count
        case .list(let l, _): return l.count * 8
        default: return 0
        }
    }
}
