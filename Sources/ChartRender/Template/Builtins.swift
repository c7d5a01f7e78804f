/// Go `text/template`'s builtin functions that need no executor state: `not`, `len`,
/// `index`, `slice`, `eq`, `ne`, `lt`, `le`, `gt`, `ge`, `print`, `printf`, `println`,
/// `html`, `js`, `urlquery`. (`and`, `or` short-circuit and `call` are evaluated by the
/// executor.) Helm's function map adds Sprig's `slice`, which replaces Go's.
///
/// Parameters Go declares as `reflect.Value` or `any` are `.interface`, so the executor
/// passes values through unconverted (untyped nil as `.null`).
enum Builtins {
    static let table: [String: Function] = [
        "not": Function(FunctionSignature([.interface], returns: .bool)) { call in
            .bool(!call[0].isTrue)
        },
        "len": Function(FunctionSignature([.interface], returns: .int, throws: true)) { call in
            .int(try BuiltinIndexing.length(call[0]))
        },
        "index": Function(FunctionSignature([.interface], variadic: .interface, returns: .interface, throws: true)) { call in
            try BuiltinIndexing.index(call[0], Array(call.args.dropFirst()))
        },
        "slice": Function(FunctionSignature([.interface], variadic: .interface, returns: .interface, throws: true)) { call in
            try BuiltinIndexing.slice(call[0], Array(call.args.dropFirst()))
        },
        "eq": Function(FunctionSignature([.interface], variadic: .interface, returns: .bool, throws: true)) { call in
            .bool(try GoCompare.eq(call[0], Array(call.args.dropFirst())))
        },
        "ne": comparison { try GoCompare.ne($0, $1) },
        "lt": comparison { try GoCompare.lt($0, $1) },
        "le": comparison { try GoCompare.le($0, $1) },
        "gt": comparison { try GoCompare.gt($0, $1) },
        "ge": comparison { try GoCompare.ge($0, $1) },
        "print": Function(FunctionSignature([], variadic: .interface, returns: .string)) { call in
            .string(GoFmt.sprint(call.args))
        },
        "println": Function(FunctionSignature([], variadic: .interface, returns: .string)) { call in
            .string(GoFmt.sprintln(call.args))
        },
        "printf": Function(FunctionSignature([.string], variadic: .interface, returns: .string)) { call in
            .string(GoFmt.sprintf(call.string(0), Array(call.args.dropFirst())))
        },
        "html": Function(FunctionSignature([], variadic: .interface, returns: .string)) { call in
            .string(TemplateEscaping.htmlEscape(TemplateEscaping.evalArgs(call.args)))
        },
        "js": Function(FunctionSignature([], variadic: .interface, returns: .string)) { call in
            .string(TemplateEscaping.jsEscape(TemplateEscaping.evalArgs(call.args)))
        },
        "urlquery": Function(FunctionSignature([], variadic: .interface, returns: .string)) { call in
            .string(TemplateEscaping.queryEscape(TemplateEscaping.evalArgs(call.args)))
        },
    ]

    /// A two-argument comparison (`func(arg1, arg2 reflect.Value) (bool, error)`).
    static func comparison(_ body: @escaping @Sendable (Value, Value) throws -> Bool) -> Function {
        Function(FunctionSignature([.interface, .interface], returns: .bool, throws: true)) { call in
            .bool(try body(call[0], call[1]))
        }
    }
}
