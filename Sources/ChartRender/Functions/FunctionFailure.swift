/// Limits of chartr's own that a function call can reach, as data; the wording is here
/// and only here (docs/LIMITS.md lists each with Helm's behaviour).
enum FunctionFailure {
    /// `set` or `merge` would make a map contain itself.
    case mapCycle
    /// `merge` met maps nested deeper than its bound.
    case mergeDepth(Int)
    /// `deepCopy` of a value nested deeper than its bound.
    case copyDepth(Int)

    var text: String {
        switch self {
        case .mapCycle:
            return "chartr does not let a map contain itself (Helm would crash printing it)"
        case .mergeDepth(let limit):
            return "maps nested more than " + String(limit) + " levels deep"
        case .copyDepth(let limit):
            return "value nested more than " + String(limit) + " levels deep"
        }
    }
}
