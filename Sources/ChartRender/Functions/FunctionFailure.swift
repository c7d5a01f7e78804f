/// Limits of chartr's own that a function call can reach, as data; the wording is here
/// and only here (docs/LIMITS.md lists each with Helm's behaviour).
enum FunctionFailure {
    /// `set` or `merge` would make a map contain itself.
    case mapCycle
    /// `merge` met maps nested deeper than its bound.
    case mergeDepth(Int)

    var text: String {
        switch self {
        case .mapCycle:
            return "chartr does not let a map contain itself (Helm would crash printing it)"
        case .mergeDepth(let limit):
            return "maps nested more than " + String(limit) + " levels deep"
        }
    }
}
