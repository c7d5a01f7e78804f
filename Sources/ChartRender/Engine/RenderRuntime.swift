/// The engine side of `include` and `tpl` for one render (Helm's closures over the
/// template set in `initFunMap`). `include` counts nested uses of each name and
/// stops past Helm's limit of 1000; `tpl` parses its text as the template `gotpl` in a
/// clone of the set, so `define`s inside it are visible to its own `include`s.
final class RenderRuntime: TemplateRuntime {
    /// Helm's `recursionMaxNums`.
    static let includeLimit = 1000

    let set: TemplateSet
    let env: RenderEnvironment
    /// Shared with the runtimes of `tpl` clones, as Helm shares `includedNames`.
    let counter: IncludeCounter
    let budget: NestingBudget

    final class IncludeCounter {
        var names: [String: Int] = [:]
    }

    init(set: TemplateSet, env: RenderEnvironment, counter: IncludeCounter = IncludeCounter(),
         budget: NestingBudget = NestingBudget()) {
        self.set = set
        self.env = env
        self.counter = counter
        self.budget = budget
    }

    /// Go's `ExecuteTemplate`: runs template `name` with `data` as dot. Maps in `data` are
    /// shared with the caller (Go maps are references), so what the callee changes the
    /// caller sees.
    func execute(name: String, data: Value) throws -> [UInt8] {
        guard let tree = set.lookup(name) else {
            throw TemplateNotFoundError(name: name, setName: set.name)
        }
        return try execute(tree: tree, data: data)
    }

    /// Go's `Template.Execute`: runs `tree` with `data` as dot.
    func execute(tree: Tree, data: Value) throws -> [UInt8] {
        let ex = Executor(set: set, tree: tree, env: env, methodProvider: HelmObjects.method, budget: budget)
        try ex.execute(root: Operand(value: data))
        return ex.out
    }

    func include(_ name: String, data: Value) throws -> String {
        if let v = counter.names[name] {
            if v > RenderRuntime.includeLimit {
                throw FunctionError("rendering template has a nested reference name: " + name + ": unable to execute template")
            }
            counter.names[name] = v + 1
        } else {
            counter.names[name] = 1
        }
        defer { counter.names[name, default: 1] -= 1 }
        try budget.enter { FunctionError($0) }
        defer { budget.leave() }
        return GoString.string(try execute(name: name, data: data))
    }

    /// Helm's `tpl`: `parent.Clone()`, then `t.New(parent.Name()).Parse(text)` and
    /// `t.Execute`: the new tree of `text` runs, even when it is empty and an enclosing
    /// `tpl` left a template of the same name in the set.
    func tpl(_ text: String, data: Value) throws -> String {
        let clone = set.clone()
        let tree: Tree?
        do {
            tree = try clone.parse(name: set.name, text: GoString.bytes(text))
        } catch {
            throw FunctionError("cannot parse template " + GoQuote.quote(text) + ": " + String(describing: error))
        }
        let inner = RenderRuntime(set: clone, env: env, counter: counter, budget: budget)
        try budget.enter { FunctionError($0) }
        defer { budget.leave() }
        let previous = env.runtime
        env.runtime = inner
        defer { env.runtime = previous }
        do {
            guard let tree else { throw TemplateNotFoundError(name: set.name, setName: set.name) }
            let out = try inner.execute(tree: tree, data: data)
            return Engine.removeNoValue(out)
        } catch let e as NestingLimitError {
            throw e
        } catch {
            throw FunctionError("error during tpl function execution for " + GoQuote.quote(text) + ": " + String(describing: error))
        }
    }
}
