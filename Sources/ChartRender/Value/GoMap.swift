/// A Go map with string keys, and Go's aliasing made explicit.
///
/// In Go a map is a reference: `set $d "k" v`, `unset` and `merge` change the map every
/// holder sees (`$d`, `.Values`, a dict that stores it, the caller of `include`). Swift code
/// that builds or edits maps wants value semantics instead. `GoMap` has both, and says
/// which one each operation uses:
///
/// - Subscript assignment, `removeValue(forKey:)` and the other `mutating` members are
///   copy-on-write, as for a Swift `Dictionary`: the edit is private to this variable.
/// - The `shared…` members (`sharedSet`, `sharedRemove`, `sharedReplace`) change the
///   storage in place, as Go does: every value holding this map sees the change. Only the
///   Go functions that mutate their argument use them (Sprig's `set`, `unset`, `merge*`;
///   Helm's per-template `.Template`).
///
/// A render starts from `deepCopy()` of its prepared values, so shared mutations never
/// reach a value another render (or thread) can see.
public struct GoMap: @unchecked Sendable {
    /// The storage every holder of this map shares.
    @usableFromInline
    final class Storage {
        @usableFromInline var entries: [String: Value]
        @usableFromInline init(_ entries: [String: Value]) { self.entries = entries }
    }

    @usableFromInline var storage: Storage

    @inlinable public init() { storage = Storage([:]) }

    @inlinable public init(_ entries: [String: Value]) { storage = Storage(entries) }

    /// The entries as a Swift dictionary (a copy-on-write snapshot, O(1)).
    @inlinable public var dictionary: [String: Value] { storage.entries }

    /// Whether both hold the same Go map (Go's map identity).
    @inlinable public func isSameMap(as other: GoMap) -> Bool { storage === other.storage }

    @inlinable public subscript(key: String) -> Value? {
        get { storage.entries[key] }
        set {
            makeUnique()
            storage.entries[key] = newValue
        }
    }

    @inlinable public subscript(key: String, default value: @autoclosure () -> Value) -> Value {
        storage.entries[key] ?? value()
    }

    @inlinable public var count: Int { storage.entries.count }
    @inlinable public var isEmpty: Bool { storage.entries.isEmpty }
    @inlinable public var keys: Dictionary<String, Value>.Keys { storage.entries.keys }
    @inlinable public var values: Dictionary<String, Value>.Values { storage.entries.values }

    /// Keys in Go's sorted order (byte order).
    public var goSortedKeys: [String] { storage.entries.goSortedKeys }

    @inlinable @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        makeUnique()
        return storage.entries.removeValue(forKey: key)
    }

    @inlinable mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.entries) }
    }

    // MARK: Go's reference semantics

    /// `m[key] = value` on the shared map (Go's map assignment).
    @inlinable public func sharedSet(_ key: String, _ value: Value) { storage.entries[key] = value }

    /// `delete(m, key)` on the shared map.
    @inlinable public func sharedRemove(_ key: String) { storage.entries.removeValue(forKey: key) }

    /// Replaces every entry of the shared map (a mutation computed on a copy, stored back).
    @inlinable public func sharedReplace(_ entries: [String: Value]) { storage.entries = entries }

    /// Whether this map can be reached from `value` (is `value` itself or nested in it):
    /// storing `value` into this map would then make a cycle. Iterative, each map visited once.
    public func isReachable(from value: Value) -> Bool {
        var pending: [Value] = [value]
        var seen = Set<ObjectIdentifier>()
        while let v = pending.popLast() {
            switch v {
            case .map(let m, _):
                if m.storage === storage { return true }
                if seen.insert(ObjectIdentifier(m.storage)).inserted { pending.append(contentsOf: m.storage.entries.values) }
            case .list(let items, _):
                for item in items {
                    switch item {
                    case .map, .list: pending.append(item)
                    default: break
                    }
                }
            default:
                break
            }
        }
        return false
    }

    /// A copy in which every map, at every depth, is a new map (Go's `copystructure.Copy`).
    /// Maps that occur twice stay one map in the copy, as they were one in the original.
    /// Values nested deeper than `maxCopyDepth` are copied only that deep (the rest is
    /// shared); values read from files nest at most 10,000 levels (go-yaml's limit).
    public func deepCopy() -> GoMap {
        var seen: [ObjectIdentifier: GoMap] = [:]
        return deepCopy(&seen, depth: 0)
    }

    /// Nesting `deepCopy` follows (the recursion runs on the render's large stack).
    public static let maxCopyDepth = 100_000

    func deepCopy(_ seen: inout [ObjectIdentifier: GoMap], depth: Int) -> GoMap {
        if depth > GoMap.maxCopyDepth { return self }
        let id = ObjectIdentifier(storage)
        if let done = seen[id] { return done }
        let copy = GoMap()
        seen[id] = copy
        var entries: [String: Value] = [:]
        entries.reserveCapacity(storage.entries.count)
        for (k, v) in storage.entries { entries[k] = v.deepCopy(&seen, depth: depth + 1) }
        copy.storage.entries = entries
        return copy
    }

    /// How deep maps and lists nest in `value` (0 for a scalar), counted without recursion
    /// and up to `limit + 1`.
    public static func nesting(of value: Value, limit: Int) -> Int {
        var pending: [(Value, Int)] = [(value, 0)]
        var deepest = 0
        while let (v, d) = pending.popLast() {
            deepest = Swift.max(deepest, d)
            if deepest > limit { return deepest }
            switch v {
            case .map(let m, _): for child in m.storage.entries.values { pending.append((child, d + 1)) }
            case .list(let items, _): for child in items { pending.append((child, d + 1)) }
            default: break
            }
        }
        return deepest
    }
}

extension GoMap: Sequence {
    public typealias Element = (key: String, value: Value)
    public func makeIterator() -> Dictionary<String, Value>.Iterator { storage.entries.makeIterator() }
}

extension GoMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        var d: [String: Value] = [:]
        for (k, v) in elements { d[k] = v }
        self.init(d)
    }
}

extension GoMap: Equatable {
    /// Equal entries (the same map, or maps with equal contents).
    public static func == (a: GoMap, b: GoMap) -> Bool {
        a.storage === b.storage || a.storage.entries == b.storage.entries
    }
}

extension Value {
    /// A copy in which every map is a new map (see `GoMap.deepCopy`); other values are
    /// values already.
    public func deepCopy() -> Value {
        var seen: [ObjectIdentifier: GoMap] = [:]
        return deepCopy(&seen, depth: 0)
    }

    func deepCopy(_ seen: inout [ObjectIdentifier: GoMap], depth: Int) -> Value {
        if depth > GoMap.maxCopyDepth { return self }
        switch self {
        case .map(let m, let t): return .map(m.deepCopy(&seen, depth: depth), t)
        case .list(let items, let t):
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for v in items { out.append(v.deepCopy(&seen, depth: depth + 1)) }
            return .list(out, t)
        default: return self
        }
    }
}
