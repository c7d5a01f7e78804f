/// Sprig v3.3.0's list functions (`list.go`, and `join`, `split*`, `sortAlpha`,
/// `until*`, `seq` from `strings.go`/`numeric.go`).
///
/// Sprig walks any slice or array by reflection and builds a fresh `[]interface {}`;
/// other kinds fail with `Cannot <verb> on type <kind>` (a returned error for the `must`
/// variants, a panic with the same text otherwise, which `text/template` reports the
/// same way). A nil list makes `reflect.TypeOf(nil).Kind()` dereference nil.
extension Functions {
    static let lists: [String: Function] = {
        var t: [String: Function] = [:]
        let anyList = GoType.slice(.interface)

        t["list"] = Function(FunctionSignature([], variadic: .interface, returns: anyList)) { c in .list(c.args) }
        t["tuple"] = t["list"]

        /// Adds `fn` under `name` and `must<Name>`, both with the same failure text.
        func both(_ name: String, _ params: [GoType], variadic: GoType? = nil, returns: GoType,
                  _ body: @escaping @Sendable (inout FunctionCall) throws -> Value) {
            t[name] = Function(FunctionSignature(params, variadic: variadic, returns: returns), body)
            let must = "must" + name.prefix(1).uppercased() + name.dropFirst()
            t[must] = Function(FunctionSignature(params, variadic: variadic, returns: returns, throws: true), body)
        }

        both("push", [.interface, .interface], returns: anyList) { c in
            .list(try SprigLists.elements(c[0], "Cannot push on type %s") + [c[1]])
        }
        t["append"] = t["push"]
        t["mustAppend"] = t["mustPush"]
        both("prepend", [.interface, .interface], returns: anyList) { c in
            .list([c[1]] + (try SprigLists.elements(c[0], "Cannot prepend on type %s")))
        }
        both("first", [.interface], returns: .interface) { c in
            try SprigLists.elements(c[0], "Cannot find first on type %s").first ?? .null
        }
        both("last", [.interface], returns: .interface) { c in
            try SprigLists.elements(c[0], "Cannot find last on type %s").last ?? .null
        }
        both("rest", [.interface], returns: anyList) { c in
            .list(Array(try SprigLists.elements(c[0], "Cannot find rest on type %s").dropFirst()))
        }
        both("initial", [.interface], returns: anyList) { c in
            .list(Array(try SprigLists.elements(c[0], "Cannot find initial on type %s").dropLast()))
        }
        both("reverse", [.interface], returns: anyList) { c in
            .list(try SprigLists.elements(c[0], "Cannot find reverse on type %s").reversed())
        }
        both("compact", [.interface], returns: anyList) { c in
            .list(try SprigLists.elements(c[0], "Cannot compact on type %s").filter { !GoCast.isEmpty($0) })
        }
        both("uniq", [.interface], returns: anyList) { c in
            var out: [Value] = []
            for item in try SprigLists.elements(c[0], "Cannot find uniq on type %s")
            where !out.contains(where: { GoCast.deepEqual(item, $0) }) {
                out.append(item)
            }
            return .list(out)
        }
        both("without", [.interface], variadic: .interface, returns: anyList) { c in
            let omit = Array(c.args.dropFirst())
            return .list(try SprigLists.elements(c[0], "Cannot find without on type %s").filter { item in
                !omit.contains(where: { GoCast.deepEqual(item, $0) })
            })
        }
        both("has", [.interface, .interface], returns: .bool) { c in
            if c[1].isNull { return .bool(false) }
            let needle = c[0]
            return .bool(try SprigLists.elements(c[1], "Cannot find has on type %s").contains { GoCast.deepEqual(needle, $0) })
        }
        both("slice", [.interface], variadic: .interface, returns: .interface) { c in
            try SprigLists.slice(c[0], Array(c.args.dropFirst()))
        }
        both("chunk", [.int, .interface], returns: .slice(anyList)) { c in
            try SprigLists.chunk(c.int(0), c[1])
        }
        t["concat"] = Function(FunctionSignature([], variadic: .interface, returns: .interface)) { c in
            var out: [Value] = []
            for list in c.args {
                if list.isNull { throw FunctionError(GoCast.nilDereference) }
                guard let items = GoCast.listElements(list) else {
                    throw FunctionError("Cannot concat type \(list.goKind) as list")
                }
                out.append(contentsOf: items)
            }
            return .list(out)
        }

        // String lists.
        t["join"] = Function(FunctionSignature([.string, .interface], returns: .string)) { c in
            .string(GoCast.strslice(c[1]).joined(separator: c.string(0)))
        }
        t["splitList"] = Function(FunctionSignature([.string, .string], returns: .slice(.string))) { c in
            .strings(GoStrings.split(c.string(1), c.string(0)))
        }
        t["split"] = Function(FunctionSignature([.string, .string], returns: .map(.string, .string))) { c in
            SprigLists.indexedMap(GoStrings.split(c.string(1), c.string(0)))
        }
        t["splitn"] = Function(FunctionSignature([.string, .int, .string], returns: .map(.string, .string))) { c in
            SprigLists.indexedMap(GoStrings.split(c.string(2), c.string(0), c.int(1)))
        }
        t["sortAlpha"] = Function(FunctionSignature([.interface], returns: .slice(.string))) { c in
            if GoCast.listElements(c[0]) == nil { return .strings([GoCast.strval(c[0])]) }
            return .strings(GoCast.strslice(c[0]).sorted(by: goStringLess))
        }

        // Integer sequences.
        t["until"] = Function(FunctionSignature([.int], returns: .slice(.int))) { c in
            let n = c.int(0)
            return SprigLists.intList(try SprigLists.untilStep(0, n, n < 0 ? -1 : 1))
        }
        t["untilStep"] = Function(FunctionSignature([.int, .int, .int], returns: .slice(.int))) { c in
            SprigLists.intList(try SprigLists.untilStep(c.int(0), c.int(1), c.int(2)))
        }
        t["seq"] = Function(FunctionSignature([], variadic: .int, returns: .string)) { c in
            .string(try SprigLists.seq(c.args.indices.map { c.int($0) }))
        }
        return t
    }()
}

/// Helpers behind the list family.
enum SprigLists {
    /// The elements of a slice or array argument, or Sprig's error for other kinds
    /// (`format` holds `%s` for the kind).
    static func elements(_ v: Value, _ format: String) throws -> [Value] {
        if v.isNull { throw FunctionError(GoCast.nilDereference) }
        guard let items = GoCast.listElements(v) else {
            throw FunctionError(format.replacingOccurrences(of: "%s", with: v.goKind))
        }
        return items
    }

    /// Sprig's `slice`: `list[start:end]` with indices through `cast.ToInt`; an empty
    /// list gives nil; out-of-range indices panic inside `reflect.Value.Slice`.
    static func slice(_ list: Value, _ indices: [Value]) throws -> Value {
        if list.isNull { throw FunctionError(GoCast.nilDereference) }
        guard let items = GoCast.listElements(list) else {
            throw FunctionError("list should be type of slice or array but \(list.goKind)")
        }
        if items.isEmpty { return .null }
        let start = indices.isEmpty ? 0 : GoCast.toInt(indices[0])
        let end = indices.count < 2 ? items.count : GoCast.toInt(indices[1])
        if start < 0 || end < start || end > items.count {
            throw FunctionError("reflect.Value.Slice: slice index out of bounds")
        }
        switch list {
        case .bytes(let b): return .bytes(Array(b[start..<end]))
        case .list(_, let t): return .list(Array(items[start..<end]), t)
        default: return .list(Array(items[start..<end]))
        }
    }

    /// Sprig's `chunk`, including its float arithmetic for the chunk count, so that
    /// a zero or negative size fails as Go's `make` does.
    static func chunk(_ size: Int, _ list: Value) throws -> Value {
        if list.isNull { throw FunctionError(GoCast.nilDereference) }
        guard let items = GoCast.listElements(list) else {
            throw FunctionError("Cannot chunk type \(list.goKind)")
        }
        let l = items.count
        let countF = (Double(l - 1) / Double(size)).rounded(.down) + 1
        let makeslice = FunctionError("runtime error: makeslice: len out of range")
        guard countF.isFinite, countF >= 0, countF < 1e15 else { throw makeslice }
        let count = Int(countF)
        var chunks: [Value] = []
        chunks.reserveCapacity(count)
        for i in 0..<count {
            var clen = size
            if i == count - 1 {
                let rem = Double(l).truncatingRemainder(dividingBy: Double(size)).rounded(.down)
                clen = rem.isFinite ? Int(rem) : 0
                if clen == 0 { clen = size }
            }
            if clen < 0 { throw makeslice }
            var chunk: [Value] = []
            chunk.reserveCapacity(clen)
            for j in 0..<clen {
                let ix = i * size + j
                guard ix >= 0, ix < l else {
                    throw FunctionError("runtime error: index out of range [\(ix)] with length \(l)")
                }
                chunk.append(items[ix])
            }
            chunks.append(.list(chunk))
        }
        return .list(chunks, .slice(.slice(.interface)))
    }

    /// `map[string]string{"_0": parts[0], ...}` as `split` and `splitn` return it.
    static func indexedMap(_ parts: [String]) -> Value {
        var m: [String: Value] = [:]
        for (i, p) in parts.enumerated() { m["_" + String(i)] = .string(p) }
        return .map(m, .map(.string, .string))
    }

    static func intList(_ xs: [Int]) -> Value { .list(xs.map { .int($0) }, .slice(.int)) }

    /// Sprig's `untilStep`: `start` towards `stop` (exclusive) by `step`; empty when the
    /// step points the wrong way or is zero.
    static func untilStep(_ start: Int, _ stop: Int, _ step: Int) throws -> [Int] {
        var v: [Int] = []
        if step != 0 && (Double(stop) - Double(start)) / Double(step) > Double(SprigText.maxListElements) {
            throw FunctionError("runtime: out of memory")
        }
        if stop < start {
            if step >= 0 { return v }
            var i = start
            while i > stop {
                v.append(i)
                let (n, o) = i.addingReportingOverflow(step)
                if o { break }
                i = n
            }
            return v
        }
        if step <= 0 { return v }
        var i = start
        while i < stop {
            v.append(i)
            let (n, o) = i.addingReportingOverflow(step)
            if o { break }
            i = n
        }
        return v
    }

    /// Sprig's `seq`: like GNU seq with 1 to 3 arguments (last; first last; first step
    /// last), printed space-separated; anything else is "".
    static func seq(_ p: [Int]) throws -> String {
        let values: [Int]
        switch p.count {
        case 1:
            let end = p[0]
            let inc = end < 1 ? -1 : 1
            values = try untilStep(1, end &+ inc, inc)
        case 2:
            let (start, end) = (p[0], p[1])
            let step = end < start ? -1 : 1
            values = try untilStep(start, end &+ step, step)
        case 3:
            let (start, step, end) = (p[0], p[1], p[2])
            var inc = 1
            if end < start {
                inc = -1
                if step > 0 { return "" }
            }
            values = try untilStep(start, end &+ inc, step)
        default:
            return ""
        }
        return values.map { String($0) }.joined(separator: " ")
    }
}
