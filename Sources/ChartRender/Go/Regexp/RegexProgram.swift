/// A compiled regular expression: instructions for the backtracking matcher
/// (Go's `syntax.Prog` shape: rune, split with a preferred branch, jump, capture save,
/// empty-width assertion, match).
struct RegexProgram: Sendable {
    enum Inst {
        case rune(Int)
        case anyRune
        case anyNotNL
        /// Try the first target, then the second (leftmost-first priority).
        case split(Int, Int)
        case jump(Int)
        case save(Int)
        case assert(RegexAssertion)
        case match
    }

    var insts: [Inst] = []
    var classes: [CharClass] = []
    /// Beyond this the expression is rejected like Go's `expression too large`.
    static let maxInstructions = 1_000_000

    /// Compiles `root` wrapped in capture slots 0 and 1.
    static func compile(_ root: RegexNode, expr: String) throws -> RegexProgram {
        var prog = RegexProgram()
        prog.insts.append(.save(0))
        try prog.emit(root, expr)
        prog.insts.append(.save(1))
        prog.insts.append(.match)
        return prog
    }

    private mutating func emit(_ node: RegexNode, _ expr: String) throws {
        if insts.count > Self.maxInstructions {
            throw RegexSyntaxError(code: RegexSyntaxError.large, expr: expr)
        }
        switch node {
        case .empty:
            break
        case .runeClass(let c):
            classes.append(c)
            insts.append(.rune(classes.count - 1))
        case .anyChar(let nl):
            insts.append(nl ? .anyRune : .anyNotNL)
        case .assertion(let a):
            insts.append(.assert(a))
        case .capture(let n, let sub):
            insts.append(.save(2 * n))
            try emit(sub, expr)
            insts.append(.save(2 * n + 1))
        case .concat(let xs):
            for x in xs { try emit(x, expr) }
        case .alternate(let xs):
            var jumps: [Int] = []
            for (k, x) in xs.enumerated() {
                if k == xs.count - 1 { try emit(x, expr); break }
                let split = insts.count
                insts.append(.split(split + 1, 0))
                try emit(x, expr)
                jumps.append(insts.count)
                insts.append(.jump(0))
                insts[split] = .split(split + 1, insts.count)
            }
            for j in jumps { insts[j] = .jump(insts.count) }
        case .repeatNode(let sub, let mn, let mx, let greedy, _):
            if mx == -1 {
                // x{n,} = x^(n-1) x+ ; x* when n == 0.
                if mn == 0 && Self.nullable(sub) {
                    // Go compiles x* with an empty-matching x as (x+)? so that priority
                    // order stays right (golang.org/issue/46123).
                    let quest = insts.count
                    insts.append(.split(0, 0))
                    let body = insts.count
                    try emit(sub, expr)
                    insts.append(branch(body, insts.count + 1, greedy))
                    insts[quest] = branch(body, insts.count, greedy)
                } else if mn == 0 {
                    let loop = insts.count
                    insts.append(.split(0, 0))
                    try emit(sub, expr)
                    insts.append(.jump(loop))
                    insts[loop] = branch(loop + 1, insts.count, greedy)
                } else {
                    for _ in 0..<(mn - 1) { try emit(sub, expr) }
                    let body = insts.count
                    try emit(sub, expr)
                    insts.append(branch(body, insts.count + 1, greedy))
                }
            } else {
                for _ in 0..<mn { try emit(sub, expr) }
                // (x(x)?)? flattened: every optional copy exits to the same end.
                var splits: [Int] = []
                for _ in 0..<(mx - mn) {
                    splits.append(insts.count)
                    insts.append(.split(0, 0))
                    try emit(sub, expr)
                }
                for s in splits { insts[s] = branch(s + 1, insts.count, greedy) }
            }
        }
    }

    /// Whether the node can match the empty string.
    static func nullable(_ node: RegexNode) -> Bool {
        switch node {
        case .empty, .assertion: return true
        case .runeClass, .anyChar: return false
        case .capture(_, let sub): return nullable(sub)
        case .concat(let xs): return xs.allSatisfy(nullable)
        case .alternate(let xs): return xs.contains(where: nullable)
        case .repeatNode(let sub, let mn, _, _, _): return mn == 0 || nullable(sub)
        }
    }

    private func branch(_ body: Int, _ exit: Int, _ greedy: Bool) -> Inst {
        greedy ? .split(body, exit) : .split(exit, body)
    }
}
