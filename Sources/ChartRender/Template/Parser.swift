/// A template parse failure, with Go's full message
/// (`template: <file>:<line>: <message>`).
/// A template that does not parse, as data: the template, where, and Go's message.
struct TemplateParseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The name the text was parsed under (a chart path such as `app/templates/x.yaml`).
    let parseName: String
    /// 1-based line of the token where parsing stopped.
    let line: Int
    /// UTF-8 byte offset of that token in the template text.
    let offset: Int
    /// Go's message (`unexpected "}" in operand`, `function "x" not defined`).
    let message: String
    /// Go's text: `template: NAME:LINE: MESSAGE`.
    var description: String { "template: " + parseName + ":" + String(line) + ": " + message }
}

/// The template parser, modelled on Go's `text/template/parse/parse.go`: recursive
/// descent with Go's three-token lookahead, one function per grammar rule. Parsing a
/// file yields its own tree and one tree per `define`/`block`.
///
/// Nesting is bounded (`maxDepth`) so hostile input cannot exhaust the stack.
struct Parser {
    static let maxDepth = 10000

    private var lexer: Lexer
    private let parseName: String
    private let text: [UInt8]
    private let hasFunction: (String) -> Bool
    private var token: [Token] = [.none, .none, .none]
    private var peekCount = 0
    /// Variables in scope (Go's `t.vars`).
    private var vars: [String] = ["$"]
    private var rangeDepth = 0
    private var actionLine = 0
    private var depth = 0
    /// Trees produced by this parse, in order of completion (Go's `treeSet`).
    private(set) var trees: [String: Tree] = [:]
    private(set) var order: [String] = []

    init(name: String, text: [UInt8], hasFunction: @escaping (String) -> Bool) {
        self.lexer = Lexer(text)
        self.parseName = name
        self.text = text
        self.hasFunction = hasFunction
    }

    /// Parses the whole text as template `name` (Go's `Tree.Parse`).
    mutating func parse() throws {
        let root = ListNode(pos: peek().pos)
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delim = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                backup2(delim)
            }
            let n = try textOrAction()
            if n is EndNode || n is ElseNode {
                throw error("unexpected " + n.description)
            }
            root.nodes.append(n)
        }
        try add(Tree(name: parseName, parseName: parseName, text: text, root: root))
    }

    // MARK: - token buffer (Go's next/backup/peek)

    private mutating func next() -> Token {
        if peekCount > 0 {
            peekCount -= 1
        } else {
            token[0] = lexer.next()
        }
        return token[peekCount]
    }

    private mutating func backup() { peekCount += 1 }

    private mutating func backup2(_ t1: Token) {
        token[1] = t1
        peekCount = 2
    }

    private mutating func backup3(_ t2: Token, _ t1: Token) {
        token[1] = t1
        token[2] = t2
        peekCount = 3
    }

    private mutating func peek() -> Token {
        if peekCount > 0 { return token[peekCount - 1] }
        peekCount = 1
        token[0] = lexer.next()
        return token[0]
    }

    private mutating func nextNonSpace() -> Token {
        var t: Token
        repeat { t = next() } while t.kind == .space
        return t
    }

    private mutating func peekNonSpace() -> Token {
        let t = nextNonSpace()
        backup()
        return t
    }

    // MARK: - errors

    private func error(_ message: String) -> TemplateParseError {
        TemplateParseError(parseName: parseName, line: token[0].line, offset: token[0].pos, message: message)
    }

    /// Go's `unexpected`: an error token is reported as is (noting where a multi-line
    /// action started), anything else as `unexpected X in context`.
    private func unexpected(_ t: Token, _ context: String) -> TemplateParseError {
        if t.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != t.line {
                extra = " in action started at " + parseName + ":" + String(actionLine)
                if t.text.hasSuffix(" action") {
                    extra = String(extra.dropFirst(" in action".count))
                }
            }
            return error(t.text + extra)
        }
        return error("unexpected " + t.goDescription + " in " + context)
    }

    private mutating func expect(_ kind: TokenKind, _ context: String) throws -> Token {
        let t = nextNonSpace()
        if t.kind != kind { throw unexpected(t, context) }
        return t
    }

    /// Counts one more level of nesting. Expressions use Go's `maxStackDepth` text;
    /// control structures, which Go leaves unbounded (issue 6), share the same limit
    /// with chartr's own message naming them.
    private mutating func enter(control: Bool = false) throws {
        depth += 1
        if depth > Parser.maxDepth {
            if control {
                throw error("max control nesting depth exceeded (over \(Parser.maxDepth) levels of {{if}}/{{with}}/{{range}}/{{block}} and expressions)")
            }
            throw error("max expression depth exceeded")
        }
    }

    // MARK: - trees

    /// Go's `Tree.add`: a non-empty tree may not replace a non-empty one of this parse.
    private mutating func add(_ tree: Tree) throws {
        if let existing = trees[tree.name], !Tree.isEmpty(existing.root) {
            if !Tree.isEmpty(tree.root) {
                throw error("template: multiple definition of template " + GoQuote.quote(tree.name))
            }
            return
        }
        if trees[tree.name] == nil { order.append(tree.name) }
        trees[tree.name] = tree
    }

    /// definition: `{{define "name"}} itemList {{end}}` (the `{{define` is consumed).
    private mutating func parseDefinition() throws {
        let context = "define clause"
        let nameTok = nextNonSpace()
        guard nameTok.kind == .string || nameTok.kind == .rawString else { throw unexpected(nameTok, context) }
        let name: String
        do { name = try GoUnquote.unquote(nameTok.text) } catch { throw self.error("invalid syntax") }
        _ = try expect(.rightDelim, context)
        let savedVars = vars, savedRange = rangeDepth
        vars = ["$"]
        rangeDepth = 0
        let (list, end) = try itemList()
        vars = savedVars
        rangeDepth = savedRange
        if !(end is EndNode) { throw error("unexpected " + end.description + " in " + context) }
        try add(Tree(name: name, parseName: parseName, text: text, root: list))
    }

    /// itemList: textOrAction* ending in `{{end}}` or `{{else}}` (returned as `next`).
    private mutating func itemList() throws -> (ListNode, Node) {
        let list = ListNode(pos: peekNonSpace().pos)
        while peekNonSpace().kind != .eof {
            let n = try textOrAction()
            if n is EndNode || n is ElseNode { return (list, n) }
            list.nodes.append(n)
        }
        throw error("unexpected EOF")
    }

    /// textOrAction: text | comment | `{{` action.
    private mutating func textOrAction() throws -> Node {
        let t = nextNonSpace()
        switch t.kind {
        case .text:
            return TextNode(pos: t.pos, text: GoString.bytes(t.text))
        case .leftDelim:
            actionLine = t.line
            defer { actionLine = 0 }
            return try action()
        default:
            throw unexpected(t, "input")
        }
    }

    /// action: control | command pipeline, after `{{`.
    private mutating func action() throws -> Node {
        let t = nextNonSpace()
        switch t.kind {
        case .block: return try blockControl()
        case .breakKeyword: return try breakControl(t, isBreak: true)
        case .continueKeyword: return try breakControl(t, isBreak: false)
        case .elseKeyword: return try elseControl()
        case .end: return try endControl()
        case .ifKeyword: return try branchControl(.ifNode, context: "if")
        case .range: return try branchControl(.rangeNode, context: "range")
        case .template: return try templateControl()
        case .with: return try branchControl(.withNode, context: "with")
        default: break
        }
        backup()
        let p = peek()
        let pipe = try pipeline("command", end: .rightDelim)
        return ActionNode(pos: p.pos, line: p.line, pipe: pipe)
    }

    /// break / continue: `{{break}}` only inside range.
    private mutating func breakControl(_ t: Token, isBreak: Bool) throws -> Node {
        let name = isBreak ? "{{break}}" : "{{continue}}"
        let n = nextNonSpace()
        if n.kind != .rightDelim { throw unexpected(n, name) }
        if rangeDepth == 0 { throw error(name + " outside {{range}}") }
        return isBreak ? BreakNode(pos: t.pos) : ContinueNode(pos: t.pos)
    }

    /// control: `if|range|with pipeline` itemList [`{{else}}` itemList] `{{end}}`,
    /// with `{{else if ...}}` / `{{else with ...}}` chains.
    private mutating func branchControl(_ kind: BranchNode.Kind, context: String) throws -> Node {
        try enter(control: true)
        defer { depth -= 1 }
        let mark = vars.count
        defer { vars.removeSubrange(min(mark, vars.count)...) }
        let pipe = try pipeline(context, end: .rightDelim)
        if kind == .rangeNode { rangeDepth += 1 }
        let (list, nextNode) = try itemList()
        if kind == .rangeNode { rangeDepth -= 1 }
        var elseList: ListNode? = nil
        if let elseNode = nextNode as? ElseNode {
            if kind == .ifNode && peek().kind == .ifKeyword {
                _ = next()
                let l = ListNode(pos: elseNode.pos)
                l.nodes.append(try branchControl(.ifNode, context: "if"))
                elseList = l
            } else if kind == .withNode && peek().kind == .with {
                _ = next()
                let l = ListNode(pos: elseNode.pos)
                l.nodes.append(try branchControl(.withNode, context: "with"))
                elseList = l
            } else {
                let (l, n2) = try itemList()
                elseList = l
                if !(n2 is EndNode) { throw error("expected end; found " + n2.description) }
            }
        }
        return BranchNode(kind: kind, pos: pipe.pos, line: pipe.line, pipe: pipe, list: list, elseList: elseList)
    }

    /// else: `{{else}}` or the start of `{{else if}}`/`{{else with}}`.
    private mutating func elseControl() throws -> Node {
        let p = peekNonSpace()
        if p.kind == .ifKeyword || p.kind == .with {
            return ElseNode(pos: p.pos, line: p.line)
        }
        let t = try expect(.rightDelim, "else")
        return ElseNode(pos: t.pos, line: t.line)
    }

    /// end: `{{end}}`.
    private mutating func endControl() throws -> Node {
        let t = try expect(.rightDelim, "end")
        return EndNode(pos: t.pos)
    }

    /// templateName: a string or raw string constant.
    private mutating func templateName(_ t: Token, _ context: String) throws -> String {
        guard t.kind == .string || t.kind == .rawString else { throw unexpected(t, context) }
        do { return try GoUnquote.unquote(t.text) } catch { throw self.error("invalid syntax") }
    }

    /// template: `{{template "name" [pipeline]}}`.
    private mutating func templateControl() throws -> Node {
        let context = "template clause"
        let t = nextNonSpace()
        let name = try templateName(t, context)
        var pipe: PipeNode? = nil
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return TemplateNode(pos: t.pos, line: t.line, name: name, pipe: pipe)
    }

    /// block: `{{block "name" pipeline}} itemList {{end}}` = define + template.
    private mutating func blockControl() throws -> Node {
        let context = "block clause"
        let t = nextNonSpace()
        let name = try templateName(t, context)
        let pipe = try pipeline(context, end: .rightDelim)
        let savedVars = vars, savedRange = rangeDepth
        vars = ["$"]
        rangeDepth = 0
        try enter(control: true)
        let (list, end) = try itemList()
        depth -= 1
        vars = savedVars
        rangeDepth = savedRange
        if !(end is EndNode) { throw error("unexpected " + end.description + " in " + context) }
        try add(Tree(name: name, parseName: parseName, text: text, root: list))
        return TemplateNode(pos: t.pos, line: t.line, name: name, pipe: pipe)
    }

    /// pipeline: [decl `:=`|`=`] command (`|` command)* up to `end`.
    /// decl: `$x` | `$i, $v` (range only).
    private mutating func pipeline(_ context: String, end: TokenKind) throws -> PipeNode {
        let first = peekNonSpace()
        let pipe = PipeNode(pos: first.pos, line: first.line)
        decls: while true {
            let v = peekNonSpace()
            guard v.kind == .variable else { break decls }
            _ = next()
            let tokenAfterVariable = peek()
            let nxt = peekNonSpace()
            if nxt.kind == .assign || nxt.kind == .declare {
                pipe.isAssign = nxt.kind == .assign
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, name: v.text))
                vars.append(v.text)
            } else if nxt.kind == .char && nxt.text == "," {
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, name: v.text))
                vars.append(v.text)
                if context == "range" && pipe.decl.count < 2 {
                    let k = peekNonSpace().kind
                    if k == .variable || k == .rightDelim || k == .rightParen {
                        continue decls
                    }
                    throw error("range can only initialize variables")
                }
                throw error("too many declarations in " + context)
            } else if tokenAfterVariable.kind == .space {
                backup3(v, tokenAfterVariable)
            } else {
                backup2(v)
            }
            break decls
        }
        while true {
            let t = nextNonSpace()
            if t.kind == end {
                try checkPipeline(pipe, context)
                return pipe
            }
            switch t.kind {
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword,
                 .rawString, .string, .variable, .leftParen:
                backup()
                pipe.cmds.append(try command())
            default:
                throw unexpected(t, context)
            }
        }
    }

    private func checkPipeline(_ pipe: PipeNode, _ context: String) throws {
        if pipe.cmds.isEmpty { throw error("missing value for " + context) }
        for (i, c) in pipe.cmds.enumerated() where i > 0 {
            if let a = c.args.first, a is BoolNode || a is DotNode || a is NilNode || a is NumberNode || a is StringNode {
                throw error("non executable command in pipeline stage " + String(i + 1))
            }
        }
    }

    /// command: operand (space operand)*, ended by `}}`, `)` or `|`.
    private mutating func command() throws -> CommandNode {
        let cmd = CommandNode(pos: peekNonSpace().pos)
        while true {
            _ = peekNonSpace()
            if let operand = try operand() {
                cmd.args.append(operand)
            }
            let t = next()
            switch t.kind {
            case .space:
                continue
            case .rightDelim, .rightParen:
                backup()
            case .pipe:
                break
            default:
                throw unexpected(t, "operand")
            }
            break
        }
        if cmd.args.isEmpty { throw error("empty command") }
        return cmd
    }

    /// operand: term field*.
    private mutating func operand() throws -> Node? {
        guard let node = try term() else { return nil }
        if peek().kind == .field {
            let chain = ChainNode(pos: peek().pos, node: node)
            while peek().kind == .field {
                chain.add(next().text)
            }
            switch node {
            case is FieldNode:
                return FieldNode(pos: chain.pos, text: chain.description)
            case is VariableNode:
                return VariableNode(pos: chain.pos, name: chain.description)
            case is BoolNode, is StringNode, is NumberNode, is NilNode, is DotNode:
                throw error("unexpected . after term " + GoQuote.quote(node.description))
            default:
                return chain
            }
        }
        return node
    }

    /// term: literal | identifier | `.` | `nil` | variable | field | `(` pipeline `)`.
    private mutating func term() throws -> Node? {
        let t = nextNonSpace()
        switch t.kind {
        case .identifier:
            if !hasFunction(t.text) { throw error("function " + GoQuote.quote(t.text) + " not defined") }
            return IdentifierNode(pos: t.pos, ident: t.text)
        case .dot:
            return DotNode(pos: t.pos)
        case .nilKeyword:
            return NilNode(pos: t.pos)
        case .variable:
            return try useVar(t)
        case .field:
            return FieldNode(pos: t.pos, text: t.text)
        case .bool:
            return BoolNode(pos: t.pos, value: t.text == "true")
        case .charConstant, .complex, .number:
            let n = NumberNode(pos: t.pos, text: t.text)
            do {
                try NumberLiteral.fill(n, kind: t.kind)
            } catch let f as NumberLiteral.Failure {
                throw error(f.message)
            }
            return n
        case .leftParen:
            try enter()
            defer { depth -= 1 }
            return try pipeline("parenthesized pipeline", end: .rightParen)
        case .string, .rawString:
            let s: String
            do { s = try GoUnquote.unquote(t.text) } catch { throw self.error("invalid syntax") }
            return StringNode(pos: t.pos, quoted: t.text, text: s)
        default:
            backup()
            return nil
        }
    }

    /// A variable reference must name a variable in scope.
    private mutating func useVar(_ t: Token) throws -> Node {
        let v = VariableNode(pos: t.pos, name: t.text)
        let name = v.ident.first ?? t.text
        if vars.contains(name) { return v }
        throw error("undefined variable " + GoQuote.quote(name))
    }
}
