/// The (pc, position) pairs a backtracking search has already explored. A pair that
/// was explored once cannot lead to a better match later, so every pair runs at most
/// once and the search is linear in program size × input length (Go's `bitState`).
/// Large products use a hash set so memory follows the work actually done.
final class VisitedSet {
    private let width: Int
    private var bits: [UInt64]
    private var set: Set<Int>
    private let useBits: Bool

    init(programSize: Int, inputLength: Int) {
        width = inputLength + 1
        let total = programSize.multipliedReportingOverflow(by: width)
        useBits = !total.overflow && total.partialValue <= 1 << 25
        bits = useBits ? [UInt64](repeating: 0, count: (total.partialValue + 63) / 64) : []
        set = []
    }

    /// Marks the pair; false when it was already marked.
    @inline(__always)
    func insert(_ pc: Int, _ pos: Int) -> Bool {
        let k = pc * width + pos
        if useBits {
            let w = k >> 6, b = UInt64(1) << UInt64(k & 63)
            if bits[w] & b != 0 { return false }
            bits[w] |= b
            return true
        }
        return set.insert(k).inserted
    }

    /// Forgets every pair at `pos`: after a match ending there, pairs at that position
    /// may have been left pending rather than failed.
    func clearColumn(_ pos: Int, programSize: Int) {
        for pc in 0..<programSize {
            let k = pc * width + pos
            if useBits { bits[k >> 6] &= ~(UInt64(1) << UInt64(k & 63)) } else { set.remove(k) }
        }
    }
}

/// Leftmost-first search of a program over UTF-8 bytes by depth-first backtracking in
/// priority order, as Go's backtracker does. One matcher serves all searches of one
/// operation, reusing its capture and job buffers.
final class RegexMatcher {
    let prog: RegexProgram
    let input: [UInt8]
    let slots: Int
    private var caps: [Int]
    private var stack: [(Int, Int)] = []

    init(prog: RegexProgram, input: [UInt8], slots: Int) {
        self.prog = prog
        self.input = input
        self.slots = slots
        caps = [Int](repeating: -1, count: slots)
    }

    /// The capture positions (pairs, -1 when unset) of the leftmost-first match starting
    /// at or after `from`, or nil.
    func search(from: Int, visited: VisitedSet, anchoredAtStart: Bool) -> [Int]? {
        var start = from
        let n = input.count
        for k in 0..<caps.count { caps[k] = -1 }
        while start <= n {
            if run(start, visited) { return caps }
            if anchoredAtStart || start == n { break }
            start += decodeRune(input, start).1
        }
        return nil
    }

    private func run(_ startPos: Int, _ visited: VisitedSet) -> Bool {
        let insts = prog.insts
        let n = input.count
        stack.removeAll(keepingCapacity: true)
        stack.append((0, startPos))
        while let (pc0, pos0) = stack.popLast() {
            if pc0 < 0 { caps[-pc0 - 1] = pos0; continue }
            var pc = pc0, pos = pos0
            step: while visited.insert(pc, pos) {
                switch insts[pc] {
                case .rune(let ci):
                    guard pos < n else { break step }
                    let b = input[pos]
                    if b < 0x80 {
                        guard prog.classes[ci].contains(UInt32(b)) else { break step }
                        pc += 1; pos += 1
                    } else {
                        let (r, w) = decodeRune(input, pos)
                        guard prog.classes[ci].contains(r) else { break step }
                        pc += 1; pos += w
                    }
                case .anyRune:
                    guard pos < n else { break step }
                    pos += decodeRune(input, pos).1; pc += 1
                case .anyNotNL:
                    guard pos < n, input[pos] != 10 else { break step }
                    pos += decodeRune(input, pos).1; pc += 1
                case .split(let x, let y):
                    stack.append((y, pos)); pc = x
                case .jump(let x):
                    pc = x
                case .save(let k):
                    if k < caps.count {
                        stack.append((-k - 1, caps[k]))
                        caps[k] = pos
                    }
                    pc += 1
                case .assert(let a):
                    guard holds(a, pos) else { break step }
                    pc += 1
                case .match:
                    return true
                }
            }
        }
        return false
    }

    @inline(__always)
    private func holds(_ a: RegexAssertion, _ pos: Int) -> Bool {
        let n = input.count
        switch a {
        case .beginText: return pos == 0
        case .endText: return pos == n
        case .beginLine: return pos == 0 || input[pos - 1] == 10
        case .endLine: return pos == n || input[pos] == 10
        case .wordBoundary, .notWordBoundary:
            let before = pos > 0 && isWordByte(input[pos - 1])
            let after = pos < n && isWordByte(input[pos])
            return (before != after) == (a == .wordBoundary)
        }
    }
}
