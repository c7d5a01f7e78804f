/// Evaluation of pipelines, commands, fields and calls (Go's `evalPipeline`,
/// `evalCommand`, `evalField`, `evalCall`, `evalArg`, `validateType`), with Go's
/// argument conversion driven by each function's `FunctionSignature`.
extension Executor {
    func evalPipeline(_ dot: Operand, _ pipe: PipeNode) throws -> Operand {
        at(pipe)
        var value: Operand? = nil
        for cmd in pipe.cmds {
            value = try evalCommand(dot, cmd, final: value).indirected
        }
        let result = value ?? .invalid
        if !pipe.decl.isEmpty {
            for v in pipe.decl {
                if pipe.isAssign {
                    try setVar(v.ident[0], result)
                } else {
                    push(v.ident[0], result)
                }
            }
        }
        return result
    }

    private func notAFunction(_ args: [Node], _ final: Operand?) throws {
        if args.count > 1 || final != nil {
            throw fail("can't give argument to non-function " + (args.first?.description ?? ""))
        }
    }

    func evalCommand(_ dot: Operand, _ cmd: CommandNode, final: Operand?) throws -> Operand {
        guard let first = cmd.args.first else { throw fail("empty command") }
        switch first {
        case let f as FieldNode:
            return try evalFieldNode(dot, f, args: cmd.args, final: final)
        case let c as ChainNode:
            return try evalChainNode(dot, c, args: cmd.args, final: final)
        case let i as IdentifierNode:
            return try evalFunction(dot, i, cmd: cmd, args: cmd.args, final: final)
        case let p as PipeNode:
            try notAFunction(cmd.args, final)
            return try evalPipeline(dot, p)
        case let v as VariableNode:
            return try evalVariableNode(dot, v, args: cmd.args, final: final)
        default:
            break
        }
        at(first)
        try notAFunction(cmd.args, final)
        switch first {
        case let b as BoolNode: return Operand(value: .bool(b.value))
        case is DotNode: return dot
        case is NilNode: throw fail("nil is not a command")
        case let n as NumberNode: return try idealConstant(n)
        case let s as StringNode: return Operand(value: .string(s.text))
        default: throw fail("can't evaluate command " + GoQuote.quote(first.description))
        }
    }

    /// Go's `idealConstant`: an untyped number with no context becomes `int`,
    /// `float64` (when written with `.`, `e` or `p`) or `complex128`.
    func idealConstant(_ n: NumberNode) throws -> Operand {
        at(n)
        let t = n.text
        let isHexInt = t.count > 2 && t.hasPrefix("0") && (t.dropFirst().first == "x" || t.dropFirst().first == "X") && !t.contains("p") && !t.contains("P")
        let isRuneInt = t.hasPrefix("'")
        if n.isComplex {
            return Operand(value: .object(ComplexValue(real: n.complex.0, imag: n.complex.1)))
        }
        if n.isFloat && !isHexInt && !isRuneInt && t.contains(where: { ".eEpP".contains($0) }) {
            return Operand(value: .float64(n.float64))
        }
        if n.isInt {
            return Operand(value: .int(Int(n.int64)))
        }
        if n.isUint {
            throw fail(t + " overflows int")
        }
        return .invalid
    }

    func evalFieldNode(_ dot: Operand, _ field: FieldNode, args: [Node]?, final: Operand?) throws -> Operand {
        at(field)
        return try evalFieldChain(dot, receiver: dot, node: field, ident: field.ident, args: args, final: final)
    }

    func evalChainNode(_ dot: Operand, _ chain: ChainNode, args: [Node]?, final: Operand?) throws -> Operand {
        at(chain)
        if chain.fields.isEmpty { throw fail("internal error: no fields in evalChainNode") }
        if chain.node is NilNode { throw fail("indirection through explicit nil in " + chain.description) }
        let pipe = try evalArgAny(dot, chain.node)
        return try evalFieldChain(dot, receiver: pipe, node: chain, ident: chain.fields, args: args, final: final)
    }

    func evalVariableNode(_ dot: Operand, _ v: VariableNode, args: [Node]?, final: Operand?) throws -> Operand {
        at(v)
        let value = try varValue(v.ident[0])
        if v.ident.count == 1 {
            try notAFunction(args ?? [], final)
            return value
        }
        return try evalFieldChain(dot, receiver: value, node: v, ident: Array(v.ident.dropFirst()), args: args, final: final)
    }

    func evalFieldChain(_ dot: Operand, receiver: Operand, node: Node, ident: [String], args: [Node]?, final: Operand?) throws -> Operand {
        var r = receiver
        let n = ident.count
        if n == 0 { return r }
        for i in 0..<(n - 1) {
            r = try evalField(dot, ident[i], node: node, args: nil, final: nil, receiver: r)
        }
        return try evalField(dot, ident[n - 1], node: node, args: args, final: final, receiver: r)
    }

    func evalField(_ dot: Operand, _ fieldName: String, node: Node, args: [Node]?, final: Operand?, receiver: Operand) throws -> Operand {
        if receiver.isInvalid {
            if set.missingKeyError { throw fail("nil data; no entry for key " + GoQuote.quote(fieldName)) }
            return .invalid
        }
        let typName = receiver.staticTypeName
        if receiver.value.isNull {
            throw fail("nil pointer evaluating " + typName + "." + fieldName)
        }
        if case .object(let o) = receiver.value, let m = o.method(named: fieldName) {
            return try evalCall(dot, signature: m.signature, body: m.body, isFunction: false, node: node, name: fieldName, args: args, final: final)
        }
        if let provider = methodProvider, let m = provider(receiver, fieldName) {
            return try evalCall(dot, signature: m.signature, body: m.body, isFunction: false, node: node, name: fieldName, args: args, final: final)
        }
        let hasArgs = (args?.count ?? 0) > 1 || final != nil
        switch receiver.value {
        case .map(let m, let t):
            if hasArgs { throw fail(fieldName + " is not a method but has arguments") }
            var elemType: GoType = .interface
            if case .map(_, let v) = t.underlying { elemType = v }
            if let v = m[fieldName] {
                return Operand(value: v, staticType: elemType)
            }
            if set.missingKeyError { throw fail("map has no entry for key " + GoQuote.quote(fieldName)) }
            return Operand(value: GoZero.value(of: elemType), staticType: elemType)
        case .object(let o):
            if let v = o.field(named: fieldName) {
                if hasArgs { throw fail(fieldName + " has arguments but cannot be invoked as function") }
                return Operand(value: v, staticType: (o as? GoStructFieldTypes)?.fieldType(named: fieldName))
            }
        default:
            break
        }
        throw fail("can't evaluate field " + fieldName + " in type " + typName)
    }

    func evalFunction(_ dot: Operand, _ node: IdentifierNode, cmd: Node, args: [Node], final: Operand?) throws -> Operand {
        at(node)
        let name = node.ident
        if let f = set.functions[name] {
            return try evalCall(dot, signature: f.signature, body: f.body, isFunction: true, node: cmd, name: name, args: args, final: final)
        }
        if ExecBuiltins.names.contains(name) {
            return try evalExecBuiltin(dot, name: name, node: cmd, args: args, final: final)
        }
        throw fail(GoQuote.quote(name) + " is not a defined function")
    }

    /// `and`, `or` (short-circuit, return the deciding operand) and `call`.
    private func evalExecBuiltin(_ dot: Operand, name: String, node: Node, args allArgs: [Node], final: Operand?) throws -> Operand {
        let args = Array(allArgs.dropFirst())
        let numIn = args.count + (final == nil ? 0 : 1)
        if numIn < 1 {
            throw fail("wrong number of args for " + name + ": want at least 1 got " + String(args.count))
        }
        if name == "call" {
            var values: [Operand] = []
            for a in args { values.append(try evalArgOperand(dot, ExecBuiltins.reflectValue, a)) }
            if let f = final { values.append(f) }
            let calleeName = args.first?.description ?? (final.map { GoFmt.formatValue($0.value) } ?? "")
            let fn = values[0]
            at(node)
            if fn.value.isNull {
                throw makeError(.call("call", FunctionError("call of nil")))
            }
            throw makeError(.call("call", FunctionError("non-function " + calleeName + " of type " + fn.value.goType.name)))
        }
        var v = Operand.invalid
        for a in args {
            v = try evalArgOperand(dot, ExecBuiltins.reflectValue, a)
            if Executor.truth(v) == (name == "or") { return v }
        }
        if let f = final { v = f }
        return v
    }

    /// Go's `evalCall`: checks the argument count, converts each argument to its
    /// parameter type, appends the piped value last, calls, and wraps errors.
    func evalCall(_ dot: Operand, signature sig: FunctionSignature, body: (inout FunctionCall) throws -> Value,
                  isFunction: Bool, node: Node, name: String, args allArgs: [Node]?, final: Operand?) throws -> Operand {
        let args: ArraySlice<Node> = allArgs?.dropFirst() ?? []
        let numIn = args.count + (final == nil ? 0 : 1)
        let numParams = sig.params.count + (sig.variadic == nil ? 0 : 1)
        var numFixed = args.count
        if sig.variadic != nil {
            numFixed = sig.params.count
            if numIn < numFixed {
                throw fail("wrong number of args for " + name + ": want at least " + String(sig.params.count) + " got " + String(args.count))
            }
        } else if numIn != numParams {
            throw fail("wrong number of args for " + name + ": want " + String(numParams) + " got " + String(numIn))
        }
        var argv: [Value] = []
        argv.reserveCapacity(numIn)
        var i = 0
        while i < numFixed && i < args.count {
            argv.append(try evalArg(dot, sig.params[i], args[args.startIndex + i]))
            i += 1
        }
        if let vt = sig.variadic {
            while i < args.count {
                argv.append(try evalArg(dot, vt, args[args.startIndex + i]))
                i += 1
            }
        }
        if let f = final {
            var t: GoType
            if let v = sig.variadic {
                t = (numIn - 1 < numFixed) ? sig.params[numIn - 1] : v
            } else {
                t = sig.params.last ?? .interface
            }
            argv.append(try validateType(f, t))
        }
        var call = FunctionCall(args: argv, name: name, env: env)
        let result: Value
        do {
            result = try body(&call)
        } catch let e as LoopSignal {
            throw e
        } catch let e as NestingLimitError {
            throw e
        } catch {
            at(node)
            throw makeError(.call(name, error))
        }
        // Everything a function builds counts against the render's budget (issue 6).
        if !env.buildBudget.takeBuilt(BuildBudget.size(of: result)) {
            at(node)
            throw makeError(.call(name, FunctionError(BuildBudget.builtMessage)))
        }
        if result.isNull {
            return Operand(value: .null, staticType: sig.result)
        }
        return Operand(value: result, staticType: sig.result == .interface ? .interface : nil)
    }

    /// Go's `evalArg`: evaluates an argument node for a parameter of type `typ`.
    func evalArg(_ dot: Operand, _ typ: GoType, _ n: Node) throws -> Value {
        switch n {
        case is DotNode, is FieldNode, is VariableNode, is PipeNode, is IdentifierNode, is ChainNode:
            at(n)
            let op = try evalArgOperand(dot, typ, n)
            return try validateType(op, typ)
        default:
            return try evalLiteralArg(dot, typ, n)
        }
    }

    /// `evalArg` for constants: Go's conversion of untyped literals to the parameter type.
    private func evalLiteralArg(_ dot: Operand, _ typ: GoType, _ n: Node) throws -> Value {
        at(n)
        switch n {
        case is NilNode:
            if typ.isNillable || typ == ExecBuiltins.reflectValue { return .null }
            throw fail("cannot assign nil to " + typ.name)
        default:
            break
        }
        if typ == ExecBuiltins.reflectValue { return try evalEmptyInterface(dot, n).value }
        switch typ.underlying {
        case .bool:
            if let b = n as? BoolNode { return .bool(b.value) }
            throw fail("expected bool; found " + n.description)
        case .float32, .float64:
            if let num = n as? NumberNode, num.isFloat { return .float64(num.float64) }
            throw fail("expected float; found " + n.description)
        case .int, .int8, .int16, .int32, .int64:
            if let num = n as? NumberNode, num.isInt {
                switch typ {
                case .int: return .int(Int(num.int64))
                case .int64: return .int64(num.int64)
                default: return .intN(num.int64, typ)
                }
            }
            throw fail("expected integer; found " + n.description)
        case .uint, .uint8, .uint16, .uint32, .uint64:
            if let num = n as? NumberNode, num.isUint {
                if typ == .uint64 { return .uint64(num.uint64) }
                return .intN(Int64(truncatingIfNeeded: num.uint64), typ)
            }
            throw fail("expected unsigned integer; found " + n.description)
        case .string:
            if let s = n as? StringNode { return .string(s.text) }
            throw fail("expected string; found " + n.description)
        case .interface:
            return try evalEmptyInterface(dot, n).value
        default:
            break
        }
        throw fail("can't handle " + n.description + " for arg of type " + typ.name)
    }

    /// Evaluates an argument node to an operand, keeping its static type (for `and`,
    /// `or`, chains and the first step of `evalArg`).
    func evalArgOperand(_ dot: Operand, _ typ: GoType, _ n: Node) throws -> Operand {
        at(n)
        switch n {
        case is DotNode: return dot
        case let f as FieldNode: return try evalFieldNode(dot, f, args: [f], final: nil)
        case let v as VariableNode: return try evalVariableNode(dot, v, args: nil, final: nil)
        case let p as PipeNode: return try evalPipeline(dot, p)
        case let i as IdentifierNode: return try evalFunction(dot, i, cmd: i, args: [i], final: nil)
        case let c as ChainNode: return try evalChainNode(dot, c, args: nil, final: nil)
        case is NilNode:
            if typ == ExecBuiltins.reflectValue { return .invalid }
            if typ.isNillable { return Operand(value: .null, staticType: typ) }
            throw fail("cannot assign nil to " + typ.name)
        default:
            return try evalEmptyInterface(dot, n)
        }
    }

    /// The receiver of a chain `(x).f`: any node evaluated without a type.
    private func evalArgAny(_ dot: Operand, _ n: Node) throws -> Operand {
        at(n)
        switch n {
        case is DotNode, is FieldNode, is VariableNode, is PipeNode, is IdentifierNode, is ChainNode:
            return try evalArgOperand(dot, .interface, n)
        default:
            return try evalEmptyInterface(dot, n)
        }
    }

    func evalEmptyInterface(_ dot: Operand, _ n: Node) throws -> Operand {
        at(n)
        switch n {
        case let b as BoolNode: return Operand(value: .bool(b.value))
        case is DotNode: return dot
        case let f as FieldNode: return try evalFieldNode(dot, f, args: nil, final: nil)
        case let i as IdentifierNode: return try evalFunction(dot, i, cmd: i, args: [i], final: nil)
        case is NilNode: throw fail("evalEmptyInterface: nil (can't happen)")
        case let num as NumberNode: return try idealConstant(num)
        case let s as StringNode: return Operand(value: .string(s.text))
        case let v as VariableNode: return try evalVariableNode(dot, v, args: nil, final: nil)
        case let p as PipeNode: return try evalPipeline(dot, p)
        default: throw fail("can't handle assignment of " + n.description + " to empty interface argument")
        }
    }

    /// Go's `validateType`: checks an evaluated operand against a parameter type.
    func validateType(_ op: Operand, _ typ: GoType) throws -> Value {
        // A `reflect.Value` parameter takes anything, even no value (`and $nil 1`).
        if typ == ExecBuiltins.reflectValue { return op.value }
        if op.isInvalid {
            if typ.isNillable { return .null }
            throw fail("invalid value; expected " + typ.name)
        }
        if typ == ExecBuiltins.reflectValue { return op.value }
        if op.value.isNull {
            let st = op.staticType ?? .interface
            if st.isAssignable(to: typ) { return .null }
            throw fail("wrong type for value; expected " + typ.name + "; got " + st.name)
        }
        let dt = op.value.goType
        if let st = op.staticType, st != .interface, st.isAssignable(to: typ) { return op.value }
        if dt.isAssignable(to: typ) { return op.value }
        throw fail("wrong type for value; expected " + typ.name + "; got " + dt.name)
    }
}
