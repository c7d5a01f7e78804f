/// Sprig v3.3.0's dictionary functions (`dict.go`, `deepCopy` from `defaults.go`).
///
/// Go maps are references: `set`, `unset`, `merge*` change the map they are given (in
/// place, through `GoMap`'s shared members) and return it; `get`, `dig` return the stored
/// value itself, so a map they return is the same map.
extension Functions {
    static let dicts: [String: Function] = {
        var t: [String: Function] = [:]
        let sm = GoType.stringMap

        t["dict"] = Function(FunctionSignature([], variadic: .interface, returns: sm)) { c in
            var m: [String: Value] = [:]
            var i = 0
            while i < c.args.count {
                let key = GoCast.strval(c.args[i])
                m[key] = i + 1 < c.args.count ? c.args[i + 1] : .string("")
                i += 2
            }
            return .map(m, sm)
        }
        t["get"] = Function(FunctionSignature([sm, .string], returns: .interface)) { c in
            SprigDicts.entries(c[0])[c.string(1)] ?? .string("")
        }
        t["set"] = Function(FunctionSignature([sm, .string, .interface], returns: sm)) { c in
            // A nil map: Go panics (`assignment to entry in nil map`); Sprig's recover is
            // the template's, so the map stays nil. A fresh map keeps the old behaviour.
            guard let m = c[0].goMap else { return .map([c.string(1): c[2]], sm) }
            try SprigDicts.checkNoCycle(storing: c[2], into: m)
            m.sharedSet(c.string(1), c[2])
            return .map(m, sm)
        }
        t["unset"] = Function(FunctionSignature([sm, .string], returns: sm)) { c in
            guard let m = c[0].goMap else { return .map([:], sm) }
            m.sharedRemove(c.string(1))
            return .map(m, sm)
        }
        t["hasKey"] = Function(FunctionSignature([sm, .string], returns: .bool)) { c in
            .bool(SprigDicts.entries(c[0])[c.string(1)] != nil)
        }
        t["pluck"] = Function(FunctionSignature([.string], variadic: sm, returns: .slice(.interface))) { c in
            let key = c.string(0)
            return .list(c.args.dropFirst().compactMap { SprigDicts.entries($0)[key] })
        }
        // Go iterates maps in random order; byte order is as good and reproducible.
        t["keys"] = Function(FunctionSignature([], variadic: sm, returns: .slice(.string))) { c in
            .strings(c.args.flatMap { SprigDicts.entries($0).goSortedKeys })
        }
        t["values"] = Function(FunctionSignature([sm], returns: .slice(.interface))) { c in
            let m = SprigDicts.entries(c[0])
            return .list(m.goSortedKeys.map { m[$0] ?? .null })
        }
        t["pick"] = Function(FunctionSignature([sm], variadic: .string, returns: sm)) { c in
            let m = SprigDicts.entries(c[0])
            var out: [String: Value] = [:]
            for k in c.args.dropFirst() {
                if let key = k.stringValue, let v = m[key] { out[key] = v }
            }
            return .map(out, sm)
        }
        t["omit"] = Function(FunctionSignature([sm], variadic: .string, returns: sm)) { c in
            var m = SprigDicts.entries(c[0])
            for k in c.args.dropFirst() {
                if let key = k.stringValue { m.removeValue(forKey: key) }
            }
            return .map(m, sm)
        }
        t["dig"] = Function(FunctionSignature([], variadic: .interface, returns: .interface, throws: true)) { c in
            try SprigDicts.dig(c.args)
        }

        let mergeSig = FunctionSignature([sm], variadic: sm, returns: .interface)
        let mustMergeSig = FunctionSignature([sm], variadic: sm, returns: .interface, throws: true)
        t["merge"] = Function(mergeSig) { c in try SprigDicts.merge(c.args, overwrite: false) }
        t["mustMerge"] = Function(mustMergeSig) { c in try SprigDicts.merge(c.args, overwrite: false) }
        t["mergeOverwrite"] = Function(mergeSig) { c in try SprigDicts.merge(c.args, overwrite: true) }
        t["mustMergeOverwrite"] = Function(mustMergeSig) { c in try SprigDicts.merge(c.args, overwrite: true) }

        // copystructure.Copy: every map a new map; nil has no type to copy.
        let copyFailure = "reflect: call of reflect.Value.Type on zero Value"
        t["deepCopy"] = Function(FunctionSignature([.interface], returns: .interface)) { c in
            try SprigDicts.deepCopy(c[0], failure: copyFailure)
        }
        t["mustDeepCopy"] = Function(FunctionSignature([.interface], returns: .interface, throws: true)) { c in
            try SprigDicts.deepCopy(c[0], failure: copyFailure)
        }
        return t
    }()
}

/// Helpers behind the dict family.
enum SprigDicts {
    /// The entries of a map argument (a nil map reads as empty).
    static func entries(_ v: Value) -> [String: Value] {
        v.mapEntries ?? [:]
    }

    /// Sprig's `dig`: keys then a default then a `map[string]interface {}`; each step
    /// must be exactly that map type, as Go's type assertion demands.
    static func dig(_ ps: [Value]) throws -> Value {
        if ps.count < 3 { throw FunctionError("dig needs at least three arguments") }
        var current = try assertStringMap(ps[ps.count - 1])
        let def = ps[ps.count - 2]
        var keys: [String] = []
        for k in ps[0..<(ps.count - 2)] {
            guard let s = k.stringValue else {
                throw FunctionError("interface conversion: interface {} is \(k.goType.name), not string")
            }
            keys.append(s)
        }
        for (i, key) in keys.enumerated() {
            guard let step = current[key] else { return def }
            if i == keys.count - 1 { return step }
            current = try assertStringMap(step)
        }
        return def
    }

    /// Go's `v.(map[string]interface{})`.
    static func assertStringMap(_ v: Value) throws -> [String: Value] {
        if case .map(let m, let t) = v, t == .stringMap { return m.dictionary }
        let name = v.isNull ? "nil" : v.goType.name
        throw FunctionError("interface conversion: interface {} is \(name), not map[string]interface {}")
    }

    /// `mergo.Merge(&dst, src)` / `mergo.MergeWithOverwrite` for each source in turn,
    /// into `dst` itself (and into the maps nested in it); returns `dst`.
    static func merge(_ args: [Value], overwrite: Bool) throws -> Value {
        guard let dst = args.first?.goMap else {
            // A nil destination: mergo fills a new map.
            let fresh = GoMap()
            for src in args.dropFirst() {
                if let s = src.goMap { try SprigMerge.deepMerge(into: fresh, s, overwrite: overwrite, depth: 0) }
            }
            return .map(fresh, .stringMap)
        }
        for src in args.dropFirst() {
            guard let s = src.goMap else { continue }
            try checkNoCycle(storing: src, into: dst)
            try SprigMerge.deepMerge(into: dst, s, overwrite: overwrite, depth: 0)
        }
        return .map(dst, .stringMap)
    }

    /// `copystructure.Copy`, bounded: a value nested deeper than `GoMap.maxCopyDepth` (only
    /// a template loop can build one) is refused rather than copied by deep recursion.
    static func deepCopy(_ v: Value, failure: String) throws -> Value {
        if v.isNull { throw FunctionError(failure) }
        if GoMap.nesting(of: v, limit: GoMap.maxCopyDepth) > GoMap.maxCopyDepth {
            throw FunctionError(FunctionFailure.copyDepth(GoMap.maxCopyDepth).text)
        }
        return v.deepCopy()
    }

    /// chartr's bound: a map may not come to contain itself. Go allows it, but then any
    /// print, `toYaml` or `toJson` of it overflows Go's stack and Helm crashes; chartr
    /// stops at the `set` or `merge` that would make the cycle (docs/LIMITS.md).
    static func checkNoCycle(storing value: Value, into map: GoMap) throws {
        if map.isReachable(from: value) {
            throw FunctionError(FunctionFailure.mapCycle.text)
        }
    }
}

/// dario.cat/mergo's map merge as Sprig v3.3.0 uses it (`Merge` and
/// `MergeWithOverwrite` on `map[string]interface {}`).
///
/// For each source key: a nil source value only overwrites (with overwrite); a map
/// merges into a map destination recursively; slices and scalars replace the
/// destination when overwriting, or when the destination is missing or "empty"
/// (nil, false, 0, "", or an empty map or slice), so `merge` fills zero values.
enum SprigMerge {
    /// Merges `src` into `dst` in place; a map under a key of both is merged into the
    /// destination's own map (mergo recurses into it), so every holder of it sees the result.
    static func deepMerge(into dst: GoMap, _ src: GoMap, overwrite: Bool, depth: Int) throws {
        if depth > maxDepth { throw FunctionError(FunctionFailure.mergeDepth(maxDepth).text) }
        for key in src.goSortedKeys {
            guard let s = src[key] else { continue }
            let d = dst[key]
            if s.isNull {
                if overwrite { dst.sharedSet(key, .null) }
                continue
            }
            if case .map(let sm, _) = s, let dv = d, case .map(let dm, _) = dv {
                try deepMerge(into: dm, sm, overwrite: overwrite, depth: depth + 1)
                if dm.isEmpty {
                    // Both empty: mergo stores the source map.
                    dst.sharedSet(key, s)
                }
                continue
            }
            guard let existing = d else {
                dst.sharedSet(key, s)
                continue
            }
            if overwrite || isEmptyValue(existing) {
                dst.sharedSet(key, s)
            }
        }
    }

    /// Nesting `merge` follows (values files nest at most 10,000 levels, go-yaml's bound).
    static let maxDepth = 10_000

    /// mergo's `isEmptyValue` with dereferencing, for values held in an interface.
    static func isEmptyValue(_ v: Value) -> Bool {
        GoCast.isEmpty(v)
    }
}
