/// Executes templates of a `TemplateSet`, modelled on Go's `text/template/exec.go`:
/// walks the tree writing into one growing byte buffer, keeps Go's variable stack,
/// and reports errors as `TemplateExecError` at the node Go would name.
final class Executor {
    /// Go's `maxExecDepth` for nested `{{template}}` calls.
    static let maxExecDepth = RenderSettings.maxExecDepth

    let set: TemplateSet
    let env: RenderEnvironment
    /// Extra methods on values by type (Helm's `.Files.Get`, `.APIVersions.Has`).
    let methodProvider: ((Operand, String) -> GoMethod?)?
    var out: [UInt8] = []
    var tree: Tree
    /// Variables of every template call in progress, innermost last; the current call
    /// sees only those from `varsBase` up (Go gives each `{{template}}` a fresh scope).
    var vars: [(name: String, value: Operand)] = []
    var varsBase = 0
    var node: Node?
    var depth = 0
    /// Nesting shared by every executor of one render (includes start new executors).
    let budget: NestingBudget

    init(set: TemplateSet, tree: Tree, env: RenderEnvironment, methodProvider: ((Operand, String) -> GoMethod?)?,
         budget: NestingBudget = NestingBudget()) {
        self.set = set
        self.tree = tree
        self.env = env
        self.methodProvider = methodProvider
        self.budget = budget
    }

    /// Runs the executor's template with `data` as dot and `$`.
    func execute(root: Operand) throws {
        vars = [("$", root)]
        varsBase = 0
        try walk(root, tree.root)
    }

    // MARK: - errors

    func at(_ n: Node) { node = n }

    func fail(_ message: String) -> TemplateExecError {
        makeError(.message(message))
    }

    func makeError(_ cause: TemplateExecError.Cause) -> TemplateExecError {
        guard let n = node else {
            return TemplateExecError(templateName: tree.name, position: nil, context: "", cause: cause)
        }
        let (loc, ctx) = tree.errorContext(n)
        return TemplateExecError(templateName: tree.name, position: loc, context: ctx, cause: cause)
    }

    // MARK: - variables

    func push(_ name: String, _ value: Operand) { vars.append((name, value)) }

    func pop(to mark: Int) {
        if mark < vars.count { vars.removeSubrange(mark...) }
    }

    func setVar(_ name: String, _ value: Operand) throws {
        var i = vars.count - 1
        while i >= varsBase {
            if vars[i].name == name {
                vars[i].value = value
                return
            }
            i -= 1
        }
        throw fail("undefined variable: " + name)
    }

    func setTopVar(_ n: Int, _ value: Operand) {
        let i = vars.count - n
        if i >= varsBase && i < vars.count { vars[i].value = value }
    }

    func varValue(_ name: String) throws -> Operand {
        var i = vars.count - 1
        while i >= varsBase {
            if vars[i].name == name { return vars[i].value }
            i -= 1
        }
        throw fail("undefined variable: " + name)
    }

    // MARK: - walking

    /// Kept small: it recurses once per nesting level (list, if, template), so its
    /// frame size bounds how deep a template can go on the render stack. The actions
    /// live in their own, non-inlined functions.
    func walk(_ dot: Operand, _ n: Node) throws {
        at(n)
        env.steps += 1
        if env.steps > env.maxSteps { throw stepLimit() }
        switch n {
        case let a as ActionNode:
            try walkAction(dot, a)
        case let l as ListNode:
            for child in l.nodes { try walk(dot, child) }
        case let t as TextNode:
            try charge(t.text.count)
            out.append(contentsOf: t.text)
        case let b as BranchNode:
            if b.kind == .rangeNode {
                try walkRange(dot, b)
            } else {
                try walkIfOrWith(b, dot)
            }
        case let t as TemplateNode:
            try walkTemplate(dot, t)
        case is BreakNode:
            throw LoopSignal.breakLoop
        case is ContinueNode:
            throw LoopSignal.continueLoop
        default:
            throw fail("unknown node: " + n.description)
        }
    }

    @inline(never)
    private func stepLimit() -> Error {
        fail("exceeded chartr's limit of " + String(env.maxSteps) + " template steps per render")
    }

    @inline(never)
    private func walkAction(_ dot: Operand, _ a: ActionNode) throws {
        let val = try evalPipeline(dot, a.pipe)
        if a.pipe.decl.isEmpty { try printValue(a, val) }
    }

    func printValue(_ n: Node, _ v: Operand) throws {
        at(n)
        if v.value.isNull && (v.isInvalid || v.staticType == .interface) {
            try charge(10)
            out.append(contentsOf: Array("<no value>".utf8))
            return
        }
        let text = GoFmt.formatValue(v.value)
        try charge(GoString.byteCount(text))
        GoString.append(text, to: &out)
    }

    /// Takes `bytes` of output from the render's budget (issue 6: bounded output).
    func charge(_ bytes: Int) throws {
        if !env.buildBudget.takeOutput(bytes) { throw fail(BuildBudget.outputMessage) }
    }

    /// Go's `isTrue` (complex constants are the executor's own values).
    static func truth(_ v: Operand) -> Bool {
        if v.isInvalid { return false }
        if case .object(let o) = v.value, let c = o as? ComplexValue { return !c.isZero }
        return v.value.isTrue
    }

    @inline(never)
    private func walkIfOrWith(_ b: BranchNode, _ dot: Operand) throws {
        let mark = vars.count
        defer { pop(to: mark) }
        if let inner = try branchDot(dot, b) {
            try walk(inner, b.list)
        } else if let e = b.elseList {
            try walk(dot, e)
        }
    }

    /// The dot of an `if`/`with` body when its pipeline is true, else nil. Kept out of
    /// the recursive path so the pipeline's operand does not sit in every nested frame.
    @inline(never)
    private func branchDot(_ dot: Operand, _ b: BranchNode) throws -> Operand? {
        let val = try evalPipeline(dot, b.pipe)
        guard Executor.truth(val) else { return nil }
        return b.kind == .withNode ? val : dot
    }

    @inline(never)
    private func walkRange(_ dot: Operand, _ r: BranchNode) throws {
        at(r)
        let outerMark = vars.count
        defer { pop(to: outerMark) }
        let val = try evalPipeline(dot, r.pipe)
        let mark = vars.count
        let decl = r.pipe.decl

        // Returns false when the loop must stop (break).
        func oneIteration(_ index: Operand, _ elem: Operand) throws -> Bool {
            if !decl.isEmpty {
                if r.pipe.isAssign {
                    try setVar(decl[0].ident[0], decl.count > 1 ? index : elem)
                } else {
                    setTopVar(1, elem)
                }
            }
            if decl.count > 1 {
                if r.pipe.isAssign {
                    try setVar(decl[1].ident[0], elem)
                } else {
                    setTopVar(2, index)
                }
            }
            defer { pop(to: mark) }
            do {
                try walk(elem, r.list)
            } catch LoopSignal.continueLoop {
                return true
            } catch LoopSignal.breakLoop {
                return false
            }
            return true
        }

        switch val.value {
        case .list(let items, let sliceType):
            if !items.isEmpty {
                let st: GoType? = sliceType.elementType
                for (i, item) in items.enumerated() {
                    if try !oneIteration(Operand(value: .int(i)), Operand(value: item, staticType: st)) { break }
                }
                return
            }
        case .bytes(let bytes):
            if !bytes.isEmpty {
                for (i, b) in bytes.enumerated() {
                    if try !oneIteration(Operand(value: .int(i)), Operand(value: .intN(Int64(b), .uint8))) { break }
                }
                return
            }
        case .map(let m, let t):
            if !m.isEmpty {
                var elemType: GoType = .interface
                if case .map(_, let v) = t.underlying { elemType = v }
                for k in m.goSortedKeys {
                    if try !oneIteration(Operand(value: .string(k)), Operand(value: m[k] ?? .null, staticType: elemType)) { break }
                }
                return
            }
        case .int, .int64, .intN, .uint64:
            if decl.count > 1 {
                throw fail("can't use " + GoFmt.formatValue(val.value) + " to iterate over more than one variable")
            }
            let n: Int64
            switch val.value {
            case .int(let v): n = Int64(v)
            case .int64(let v): n = v
            case .intN(let v, _): n = v
            case .uint64(let v): n = v > UInt64(Int64.max) ? Int64.max : Int64(v)
            default: n = 0
            }
            if n > 0 {
                var i: Int64 = 0
                while i < n {
                    let elem: Value
                    switch val.value {
                    case .int: elem = .int(Int(i))
                    case .int64: elem = .int64(i)
                    case .uint64: elem = .uint64(UInt64(i))
                    case .intN(_, let t): elem = .intN(i, t)
                    default: elem = .int(Int(i))
                    }
                    if try !oneIteration(.invalid, Operand(value: elem)) { break }
                    i += 1
                }
                return
            }
        case .null:
            break
        default:
            throw fail("range can't iterate over " + GoFmt.formatValue(val.value))
        }
        if let e = r.elseList {
            try walk(dot, e)
        }
    }

    @inline(never)
    private func templateDot(_ dot: Operand, _ t: TemplateNode) throws -> Operand {
        guard let p = t.pipe else { return .invalid }
        return try evalPipeline(dot, p)
    }

    @inline(never)
    private func walkTemplate(_ dot: Operand, _ t: TemplateNode) throws {
        at(t)
        guard let tmpl = set.lookup(t.name) else {
            throw fail("template " + GoQuote.quote(t.name) + " not defined")
        }
        if depth >= env.maxTemplateDepth {
            throw fail("exceeded maximum template depth (" + String(env.maxTemplateDepth) + ")")
        }
        let newDot = try templateDot(dot, t)
        try budget.enter { fail($0) }
        defer { budget.leave() }
        let savedTree = tree, savedBase = varsBase, mark = vars.count, savedDepth = depth
        tree = tmpl
        vars.append(("$", newDot))
        varsBase = mark
        depth += 1
        defer {
            tree = savedTree
            pop(to: mark)
            varsBase = savedBase
            depth = savedDepth
        }
        try walk(newDot, tmpl.root)
    }
}

/// Bounds the total nesting of `{{template}}` calls, `include`s and `tpl`s across all
/// executors of one render, so no chart can exhaust the render stack. Go bounds only
/// `{{template}}` (100000 deep) and Helm `include` per name (1000); a chain through many
/// distinct names is stopped here instead of crashing as Helm would.
///
/// Two bounds: a count, and the stack actually used since the first entry, because frame
/// sizes differ between builds (an unoptimised build needs several times the stack per
/// level). The render runs on `LargeStack`; we stop well before its end.
final class NestingBudget {
    static let limit = 250_000
    /// Stack the nested calls may use: half of the render thread's stack.
    static let stackBytes = UInt(LargeStack.size / 2)
    private(set) var depth = 0
    private var stackBase: UInt = 0

    func enter(_ makeError: (String) -> Error) throws {
        let here = NestingBudget.stackAddress()
        if depth == 0 { stackBase = here }
        let used = stackBase > here ? stackBase - here : 0
        if depth >= NestingBudget.limit || used > NestingBudget.stackBytes {
            throw NestingLimitError(message: "exceeded maximum nesting depth of templates and includes ("
                + String(NestingBudget.limit) + " calls or " + String(NestingBudget.stackBytes >> 20) + " MiB of stack)")
        }
        depth += 1
    }

    func leave() { depth -= 1 }

    /// The address of a local of this frame: where the stack is now (it grows down).
    @inline(never)
    static func stackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }
}

/// The render-wide nesting limit was reached. It passes through every enclosing
/// `include`/`tpl`/`{{template}}` level unwrapped, so the report stays one line instead of
/// growing by a line per level (which would be quadratic in the depth).
struct NestingLimitError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
