/// Sprig v3.3.0's reflection functions: `typeOf` (`%T`), `kindOf` (`reflect.Kind`),
/// their `Is` forms, `typeIsLike` (a type or a pointer to it) and `deepEqual`
/// (`reflect.DeepEqual`).
extension Functions {
    static let reflection: [String: Function] = {
        var t: [String: Function] = [:]
        t["typeOf"] = Function(FunctionSignature([.interface], returns: .string)) { c in .string(c[0].goType.name) }
        t["kindOf"] = Function(FunctionSignature([.interface], returns: .string)) { c in .string(c[0].goKind) }
        t["typeIs"] = Function(FunctionSignature([.string, .interface], returns: .bool)) { c in
            .bool(c.string(0) == c[1].goType.name)
        }
        t["typeIsLike"] = Function(FunctionSignature([.string, .interface], returns: .bool)) { c in
            let (target, name) = (c.string(0), c[1].goType.name)
            return .bool(target == name || "*" + target == name)
        }
        t["kindIs"] = Function(FunctionSignature([.string, .interface], returns: .bool)) { c in
            .bool(c.string(0) == c[1].goKind)
        }
        t["deepEqual"] = Function(FunctionSignature([.interface, .interface], returns: .bool)) { c in
            .bool(GoCast.deepEqual(c[0], c[1]))
        }
        return t
    }()
}
