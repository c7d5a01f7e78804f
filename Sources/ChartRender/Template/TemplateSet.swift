/// A set of named templates sharing one function table, like a Go `*template.Template`
/// and its associated templates. Parsing a file adds its tree and its `define`d
/// trees; a later non-empty definition replaces an earlier one (Go's `AddParseTree`
/// and `associate`), an empty one never replaces an existing template.
public final class TemplateSet {
    /// The set's own name (Helm's is `gotpl`), quoted in `no template` errors.
    public let name: String
    /// Functions callable by name (user functions already override builtins).
    public let functions: [String: Function]
    /// `missingkey=error` instead of `missingkey=zero`.
    public var missingKeyError: Bool
    private(set) var trees: [String: Tree] = [:]

    public init(name: String = "gotpl", functions: [String: Function], missingKeyError: Bool = false) {
        self.name = name
        self.functions = functions
        self.missingKeyError = missingKeyError
    }

    /// A copy sharing the parsed trees (Helm's `tpl` parses into a clone).
    public func clone() -> TemplateSet {
        let c = TemplateSet(name: name, functions: functions, missingKeyError: missingKeyError)
        c.trees = trees
        return c
    }

    /// Whether a function name resolves (parse-time check), including the executor's
    /// own `and`, `or` and `call`.
    public func hasFunction(_ name: String) -> Bool {
        functions[name] != nil || ExecBuiltins.names.contains(name)
    }

    /// Parses `text` as the template `name` (a file path) and adds every tree it defines.
    /// Throws `TemplateParseError` with Go's message.
    public func parse(name: String, text: [UInt8]) throws {
        var parser = Parser(name: name, text: text, hasFunction: { [functions] n in
            functions[n] != nil || ExecBuiltins.names.contains(n)
        })
        try parser.parse()
        for treeName in parser.order {
            guard let tree = parser.trees[treeName] else { continue }
            if trees[treeName] != nil, Tree.isEmpty(tree.root) { continue }
            trees[treeName] = tree
        }
    }

    /// The template named `name`, if any.
    func lookup(_ name: String) -> Tree? { trees[name] }

    /// Whether the set holds a template called `name`.
    public func has(_ name: String) -> Bool { trees[name] != nil }
}

/// The builtins the executor evaluates itself: `and` and `or` short-circuit and
/// return the deciding operand; `call` calls a function value.
enum ExecBuiltins {
    static let names: Set<String> = ["and", "or", "call"]
    static let reflectValue: GoType = .opaque("reflect.Value", kind: "struct")
    /// Functions that change the map passed as their first argument (Sprig's `set`,
    /// `unset`, `merge`, `mergeOverwrite` and `must` forms).
    static let mutatingFirstArgument: Set<String> = [
        "set", "unset", "merge", "mergeOverwrite", "mustMerge", "mustMergeOverwrite",
    ]
    /// Functions that execute a template with one of their arguments as dot
    /// (Helm's `include` and `tpl`), by argument index.
    static let dataArgument: [String: Int] = ["include": 1, "tpl": 1]
    /// Functions whose result is an element of their first argument, reached by the
    /// remaining arguments as keys or indexes (`index`, Sprig's `get`).
    static let elementFunctions: Set<String> = ["index", "get"]
}
