/// A set of named templates sharing one function table, like a Go `*template.Template`
/// and its associated templates. Parsing a file adds its tree and its `define`d
/// trees; a later non-empty definition replaces an earlier one (Go's `AddParseTree`
/// and `associate`), an empty one never replaces an existing template.
final class TemplateSet {
    /// The set's own name (Helm names its set `gotpl`), quoted in `no template` errors.
    let name: String
    /// Functions callable by name (user functions already override builtins).
    let functions: [String: Function]
    /// `missingkey=error` instead of `missingkey=zero`.
    var missingKeyError: Bool
    private(set) var trees: [String: Tree] = [:]

    init(name: String, functions: [String: Function], missingKeyError: Bool = false) {
        self.name = name
        self.functions = functions
        self.missingKeyError = missingKeyError
    }

    /// A copy sharing the parsed trees (Helm's `tpl` parses into a clone).
    func clone() -> TemplateSet {
        let c = TemplateSet(name: name, functions: functions, missingKeyError: missingKeyError)
        c.trees = trees
        return c
    }

    /// Whether a function name resolves (parse-time check), including the executor's
    /// own `and`, `or` and `call`.
    func hasFunction(_ name: String) -> Bool {
        functions[name] != nil || ExecBuiltins.names.contains(name)
    }

    /// Parses `text` as the template `name` (a file path) and adds every tree it defines.
    /// Returns the tree of `name` itself, which Go's `t.New(name).Parse(text)` executes
    /// even when it is empty and so was not installed over an existing `name`.
    /// Throws `TemplateParseError` with Go's message.
    @discardableResult
    func parse(name: String, text: [UInt8]) throws -> Tree? {
        var parser = Parser(name: name, text: text, hasFunction: { [functions] n in
            functions[n] != nil || ExecBuiltins.names.contains(n)
        })
        try parser.parse()
        for treeName in parser.order {
            guard let tree = parser.trees[treeName] else { continue }
            if trees[treeName] != nil, Tree.isEmpty(tree.root) { continue }
            trees[treeName] = tree
        }
        return parser.trees[name]
    }

    /// The template named `name`, if any.
    func lookup(_ name: String) -> Tree? { trees[name] }

    /// Whether the set holds a template called `name`.
    func has(_ name: String) -> Bool { trees[name] != nil }
}

/// The builtins the executor evaluates itself: `and` and `or` short-circuit and
/// return the deciding operand; `call` calls a function value.
enum ExecBuiltins {
    static let names: Set<String> = ["and", "or", "call"]
    static let reflectValue: GoType = .opaque("reflect.Value", kind: "struct")
}
