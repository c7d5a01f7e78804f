/// Where a template value lives: Go maps are references, so `set $d "k" v`,
/// `unset`, `merge` change the map every holder sees (`$d`, `.Values`, the caller of
/// `{{template}}`/`include`, and later templates of the same chart). Our `Value.map` is a
/// value, so the executor keeps dot and variables in slots: a *root* slot owns its value,
/// a *view* is a path into a root (`$x := .Values.a` views `["Values", "a"]` of dot).
/// Reads resolve views against the current root; a mutating function's result is
/// written back through the slot of its first argument.
///
/// Views always point at a root directly (paths are concatenated), so chains never
/// grow with template recursion.
final class Slot {
    private var own: Operand
    private var root: Slot?
    private var path: [PathStep]

    /// One step of a path: a map key or a slice index.
    enum PathStep {
        case key(String)
        case index(Int)
    }

    init(root value: Operand) {
        own = value
        root = nil
        path = []
    }

    /// A view of `path` under `base`, with `snapshot` as the value when the path no
    /// longer resolves.
    init(view base: Slot, path: [PathStep], snapshot: Operand) {
        own = snapshot
        if let r = base.root {
            root = r
            self.path = base.path + path
        } else {
            root = base
            self.path = path
        }
    }

    /// The current value.
    var operand: Operand {
        var op = own
        if let r = root, let v = Slot.resolve(r.own.value, path) {
            op = Operand(value: v, staticType: own.staticType)
        }
        op.origin = Origin(slot: self, path: [])
        return op
    }

    /// Stores `value` at `sub` below this slot (a mutation through this slot).
    func write(_ sub: [PathStep], _ value: Value) {
        if let r = root {
            if let updated = Slot.store(r.own.value, path + sub, value) {
                r.own.value = updated
                return
            }
            // The viewed path is gone: the view continues on its own.
            own = operand
            own.origin = nil
            root = nil
            path = []
        }
        if sub.isEmpty {
            own.value = value
        } else if let updated = Slot.store(own.value, sub, value) {
            own.value = updated
        }
    }

    static func resolve(_ v: Value, _ path: [PathStep]) -> Value? {
        var cur = v
        for step in path {
            switch (step, cur) {
            case (.key(let k), .map(let m, _)):
                guard let next = m[k] else { return nil }
                cur = next
            case (.index(let i), .list(let items, _)):
                guard i >= 0 && i < items.count else { return nil }
                cur = items[i]
            default:
                return nil
            }
        }
        return cur
    }

    /// `v` with `value` stored at `path`; nil when the path does not exist.
    static func store(_ v: Value, _ path: [PathStep], _ value: Value) -> Value? {
        guard let first = path.first else { return value }
        let rest = Array(path.dropFirst())
        switch (first, v) {
        case (.key(let k), .map(var m, let t)):
            guard let child = m[k], let updated = store(child, rest, value) else { return nil }
            m[k] = updated
            return .map(m, t)
        case (.index(let i), .list(var items, let t)):
            guard i >= 0 && i < items.count, let updated = store(items[i], rest, value) else { return nil }
            items[i] = updated
            return .list(items, t)
        default:
            return nil
        }
    }
}
