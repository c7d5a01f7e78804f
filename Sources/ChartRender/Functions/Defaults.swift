/// Sprig v3.3.0's default functions (`defaults.go`): `default`, `empty`, `coalesce`,
/// `all`, `any`, `ternary`. Emptiness is Sprig's (`GoCast.isEmpty`), not template
/// truth: a struct is never empty. (`fail` belongs to the engine's Helm functions.)
extension Functions {
    static let defaults: [String: Function] = {
        var t: [String: Function] = [:]
        t["default"] = Function(FunctionSignature([.interface], variadic: .interface, returns: .interface)) { c in
            // dfault(d, given...): `given` empty, or its first element empty, gives d.
            if c.args.count < 2 || GoCast.isEmpty(c.args[1]) { return c[0] }
            return c.args[1]
        }
        t["empty"] = Function(FunctionSignature([.interface], returns: .bool)) { c in .bool(GoCast.isEmpty(c[0])) }
        t["coalesce"] = Function(FunctionSignature([], variadic: .interface, returns: .interface)) { c in
            c.args.first { !GoCast.isEmpty($0) } ?? .null
        }
        t["all"] = Function(FunctionSignature([], variadic: .interface, returns: .bool)) { c in
            .bool(c.args.allSatisfy { !GoCast.isEmpty($0) })
        }
        t["any"] = Function(FunctionSignature([], variadic: .interface, returns: .bool)) { c in
            .bool(c.args.contains { !GoCast.isEmpty($0) })
        }
        t["ternary"] = Function(FunctionSignature([.interface, .interface, .bool], returns: .interface)) { c in
            c.bool(2) ? c[0] : c[1]
        }
        return t
    }()
}
