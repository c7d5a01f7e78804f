/// Parse-tree nodes, after Go's `text/template/parse/node.go`. Every node keeps its
/// byte offset in the template text (for `file:line:col` in errors) and prints back to
/// source form (`description`), which execution errors quote as `at <...>`.
class Node {
    let pos: Int
    init(pos: Int) { self.pos = pos }
    /// Go's `Node.String()`.
    var description: String { "" }
}

/// A sequence of nodes (`ListNode`).
final class ListNode: Node {
    var nodes: [Node] = []
    override var description: String { nodes.map { $0.description }.joined() }
}

/// Plain text between actions.
final class TextNode: Node {
    let text: [UInt8]
    init(pos: Int, text: [UInt8]) { self.text = text; super.init(pos: pos) }
    override var description: String { GoQuote.quote(GoString.string(text)) }
}

/// `{{ pipeline }}`.
final class ActionNode: Node {
    let line: Int
    let pipe: PipeNode
    init(pos: Int, line: Int, pipe: PipeNode) { self.line = line; self.pipe = pipe; super.init(pos: pos) }
    override var description: String { "{{" + pipe.description + "}}" }
}

/// A pipeline with optional declarations: `$x := a | b c`.
final class PipeNode: Node {
    let line: Int
    var isAssign = false
    var decl: [VariableNode] = []
    var cmds: [CommandNode] = []
    init(pos: Int, line: Int) { self.line = line; super.init(pos: pos) }
    override var description: String {
        var s = ""
        if !decl.isEmpty {
            s = decl.map { $0.description }.joined(separator: ", ")
            s += isAssign ? " = " : " := "
        }
        s += cmds.map { $0.description }.joined(separator: " | ")
        return s
    }
}

/// One command of a pipeline: a function/field/value and its arguments.
final class CommandNode: Node {
    var args: [Node] = []
    override var description: String {
        args.map { arg -> String in
            if let p = arg as? PipeNode { return "(" + p.description + ")" }
            return arg.description
        }.joined(separator: " ")
    }
}

/// A function name.
final class IdentifierNode: Node {
    let ident: String
    init(pos: Int, ident: String) { self.ident = ident; super.init(pos: pos) }
    override var description: String { ident }
}

/// `$x` or `$x.a.b` (ident[0] is the variable name including `$`).
final class VariableNode: Node {
    let ident: [String]
    init(pos: Int, name: String) {
        self.ident = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        super.init(pos: pos)
    }
    override var description: String { ident.joined(separator: ".") }
}

/// `.`
final class DotNode: Node {
    override var description: String { "." }
}

/// `nil`
final class NilNode: Node {
    override var description: String { "nil" }
}

/// `.a.b.c`
final class FieldNode: Node {
    let ident: [String]
    init(pos: Int, text: String) {
        self.ident = text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().map(String.init)
        super.init(pos: pos)
    }
    override var description: String { ident.map { "." + $0 }.joined() }
}

/// A term followed by fields: `(pipeline).a.b`.
final class ChainNode: Node {
    let node: Node
    var fields: [String] = []
    init(pos: Int, node: Node) { self.node = node; super.init(pos: pos) }
    /// Adds a field token's text (`.name`).
    func add(_ field: String) {
        var f = field
        if f.hasPrefix(".") { f.removeFirst() }
        fields.append(f)
    }
    override var description: String {
        var s: String
        if let p = node as? PipeNode { s = "(" + p.description + ")" } else { s = node.description }
        for f in fields { s += "." + f }
        return s
    }
}

/// `true` / `false`
final class BoolNode: Node {
    let value: Bool
    init(pos: Int, value: Bool) { self.value = value; super.init(pos: pos) }
    override var description: String { value ? "true" : "false" }
}

/// A number constant with every representation Go's parser derives for it.
final class NumberNode: Node {
    let text: String
    var isInt = false, isUint = false, isFloat = false, isComplex = false
    var int64: Int64 = 0
    var uint64: UInt64 = 0
    var float64: Double = 0
    var complex: (Double, Double) = (0, 0)
    init(pos: Int, text: String) { self.text = text; super.init(pos: pos) }
    override var description: String { text }
}

/// A string constant: the quoted source text and the unquoted value.
final class StringNode: Node {
    let quoted: String
    let text: String
    init(pos: Int, quoted: String, text: String) { self.quoted = quoted; self.text = text; super.init(pos: pos) }
    override var description: String { quoted }
}

/// `{{end}}` (only seen by the parser).
final class EndNode: Node {
    override var description: String { "{{end}}" }
}

/// `{{else}}` (only seen by the parser).
final class ElseNode: Node {
    let line: Int
    init(pos: Int, line: Int) { self.line = line; super.init(pos: pos) }
    override var description: String { "{{else}}" }
}

/// `if`, `range` and `with`.
final class BranchNode: Node {
    enum Kind { case ifNode, rangeNode, withNode }
    let kind: Kind
    let line: Int
    let pipe: PipeNode
    let list: ListNode
    let elseList: ListNode?
    init(kind: Kind, pos: Int, line: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?) {
        self.kind = kind; self.line = line; self.pipe = pipe; self.list = list; self.elseList = elseList
        super.init(pos: pos)
    }
    override var description: String {
        let name: String
        switch kind {
        case .ifNode: name = "if"
        case .rangeNode: name = "range"
        case .withNode: name = "with"
        }
        var s = "{{" + name + " " + pipe.description + "}}" + list.description
        if let e = elseList { s += "{{else}}" + e.description }
        return s + "{{end}}"
    }
}

/// `{{template "name" pipeline}}`
final class TemplateNode: Node {
    let line: Int
    let name: String
    let pipe: PipeNode?
    init(pos: Int, line: Int, name: String, pipe: PipeNode?) {
        self.line = line; self.name = name; self.pipe = pipe
        super.init(pos: pos)
    }
    override var description: String {
        if let p = pipe { return "{{template " + GoQuote.quote(name) + " " + p.description + "}}" }
        return "{{template " + GoQuote.quote(name) + "}}"
    }
}

/// `{{break}}`
final class BreakNode: Node {
    override var description: String { "{{break}}" }
}

/// `{{continue}}`
final class ContinueNode: Node {
    override var description: String { "{{continue}}" }
}

/// A parsed template: its name, root list and the source it came from (for error
/// positions). `parseName` is the file the text came from.
final class Tree {
    var name: String
    let parseName: String
    let text: [UInt8]
    var root: ListNode

    init(name: String, parseName: String, text: [UInt8], root: ListNode) {
        self.name = name
        self.parseName = parseName
        self.text = text
        self.root = root
    }

    /// Go's `ErrorContext`: `file:line:col` (col is the 0-based byte offset in the line,
    /// as Go computes it) and the node's source form.
    func errorContext(_ n: Node) -> (TemplatePosition, String) {
        let pos = min(max(n.pos, 0), text.count)
        var lineNum = 1
        var lastNewline = -1
        var i = 0
        while i < pos {
            if text[i] == 10 { lineNum += 1; lastNewline = i }
            i += 1
        }
        let col = lastNewline == -1 ? pos : pos - (lastNewline + 1)
        return (TemplatePosition(file: parseName, offset: pos, line: lineNum, column: col), n.description)
    }

    /// Go's `IsEmptyTree`: only whitespace text (and comments).
    static func isEmpty(_ n: Node) -> Bool {
        switch n {
        case let l as ListNode: return l.nodes.allSatisfy { isEmpty($0) }
        case let t as TextNode:
            return t.text.allSatisfy { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 || $0 == 11 || $0 == 12 }
        default: return false
        }
    }
}
