/// Sprig v3.3.0's string functions (`strings.go` and the string entries of
/// `functions.go`), with their Go signatures. Argument order follows Sprig's "switched"
/// forms (`trimPrefix "x" s`, `contains "x" s`) so they pipe.
///
/// Strings are handled as Go does, byte-wise for lengths and slicing (`substr`, `trunc`,
/// `abbrev`, `wrap`) and rune-wise for case and whitespace.
extension Functions {
    static let strings: [String: Function] = {
        var t: [String: Function] = [:]
        let s1 = FunctionSignature([.string], returns: .string)
        let s2 = FunctionSignature([.string, .string], returns: .string)
        let predicate = FunctionSignature([.string, .string], returns: .bool)

        t["hello"] = Function(FunctionSignature([], returns: .string)) { _ in .string("Hello!") }

        // strings.TrimSpace, strings.ToUpper, strings.ToLower, strings.Title.
        t["trim"] = Function(s1) { c in .string(SprigText.trimSpace(c.string(0))) }
        t["upper"] = Function(s1) { c in .string(SprigText.mapScalars(c.string(0), SprigText.toUpper)) }
        t["lower"] = Function(s1) { c in .string(SprigText.mapScalars(c.string(0), SprigText.toLower)) }
        t["title"] = Function(s1) { c in .string(SprigStrings.title(c.string(0))) }
        t["untitle"] = Function(s1) { c in .string(SprigStrings.uncapitalize(c.string(0))) }

        // Switched argument order: `trimAll "$" "$5.00$"`.
        let trimAll = Function(s2) { c in .string(SprigText.trim(c.string(1), cutset: c.string(0))) }
        t["trimAll"] = trimAll
        t["trimall"] = trimAll
        t["trimPrefix"] = Function(s2) { c in
            let (prefix, s) = (c.string(0), c.string(1))
            return .string(s.utf8.starts(with: prefix.utf8) ? GoString.string(GoString.bytes(s).dropFirst(GoString.byteCount(prefix))) : s)
        }
        t["trimSuffix"] = Function(s2) { c in
            let (suffix, s) = (c.string(0), c.string(1))
            let b = Array(s.utf8)
            let x = Array(suffix.utf8)
            if x.count <= b.count && b[(b.count - x.count)...].elementsEqual(x) {
                return .string(String(decoding: b[0..<(b.count - x.count)], as: UTF8.self))
            }
            return .string(s)
        }

        t["repeat"] = Function(FunctionSignature([.int, .string], returns: .string)) { c in
            let s = c.string(1), n = c.int(0)
            // Refuse before allocating what the render budget could not hold anyway.
            let (size, overflow) = s.utf8.count.multipliedReportingOverflow(by: max(n, 0))
            if !overflow, !c.env.buildBudget.fits(size) { throw FunctionError(BuildBudget.builtMessage) }
            return .string(try SprigText.repeatString(s, n))
        }
        t["substr"] = Function(FunctionSignature([.int, .int, .string], returns: .string)) { c in
            .string(try SprigStrings.substring(c.int(0), c.int(1), c.string(2)))
        }
        t["trunc"] = Function(FunctionSignature([.int, .string], returns: .string)) { c in
            .string(SprigStrings.trunc(c.int(0), c.string(1)))
        }
        t["abbrev"] = Function(FunctionSignature([.int, .string], returns: .string)) { c in
            let (width, s) = (c.int(0), c.string(1))
            if width < 4 { return .string(s) }
            return .string(SprigStrings.abbreviateFull(s, offset: 0, maxWidth: width) ?? "")
        }
        t["abbrevboth"] = Function(FunctionSignature([.int, .int, .string], returns: .string)) { c in
            let (left, right, s) = (c.int(0), c.int(1), c.string(2))
            if right < 4 || (left > 0 && right < 7) { return .string(s) }
            return .string(SprigStrings.abbreviateFull(s, offset: left, maxWidth: right) ?? "")
        }
        t["initials"] = Function(s1) { c in .string(SprigStrings.initials(c.string(0))) }
        t["nospace"] = Function(s1) { c in .string(SprigStrings.deleteWhiteSpace(c.string(0))) }
        t["swapcase"] = Function(s1) { c in .string(SprigStrings.swapCase(c.string(0))) }
        t["shuffle"] = Function(s1) { c in
            var runes = Array(c.string(0).unicodeScalars)
            if runes.count > 1 {
                for i in stride(from: runes.count - 1, to: 0, by: -1) {
                    let j = Int(c.env.random.next() % UInt64(i + 1))
                    runes.swapAt(i, j)
                }
            }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: runes)
            return .string(String(out))
        }
        t["snakecase"] = Function(s1) { c in .string(SprigCase.camelCaseToLowerCase(c.string(0), connector: "_")) }
        t["kebabcase"] = Function(s1) { c in .string(SprigCase.camelCaseToLowerCase(c.string(0), connector: "-")) }
        t["camelcase"] = Function(s1) { c in .string(SprigCase.toPascalCase(c.string(0))) }

        t["wrap"] = Function(FunctionSignature([.int, .string], returns: .string)) { c in
            .string(SprigStrings.wrapCustom(c.string(1), c.int(0), newLine: "", wrapLongWords: false))
        }
        t["wrapWith"] = Function(FunctionSignature([.int, .string, .string], returns: .string)) { c in
            .string(SprigStrings.wrapCustom(c.string(2), c.int(0), newLine: c.string(1), wrapLongWords: true))
        }

        t["contains"] = Function(predicate) { c in .bool(GoStrings.contains(c.string(1), c.string(0))) }
        t["hasPrefix"] = Function(predicate) { c in .bool(c.string(1).utf8.starts(with: c.string(0).utf8)) }
        t["hasSuffix"] = Function(predicate) { c in
            let (suffix, s) = (Array(c.string(0).utf8), Array(c.string(1).utf8))
            return .bool(suffix.count <= s.count && s[(s.count - suffix.count)...].elementsEqual(suffix))
        }

        // quote: `%q` of strval, nils skipped; squote: `'%v'`, nils skipped.
        t["quote"] = Function(FunctionSignature([], variadic: .interface, returns: .string)) { c in
            .string(c.args.filter { !$0.isNull }.map { GoFmt.sprintf("%q", [.string(GoCast.strval($0))]) }.joined(separator: " "))
        }
        t["squote"] = Function(FunctionSignature([], variadic: .interface, returns: .string)) { c in
            .string(c.args.filter { !$0.isNull }.map { "'" + GoFmt.sprint([$0]) + "'" }.joined(separator: " "))
        }
        // cat: `fmt.Sprintf("%v %v ...")` of the non-nil arguments.
        t["cat"] = Function(FunctionSignature([], variadic: .interface, returns: .string)) { c in
            .string(c.args.filter { !$0.isNull }.map { GoFmt.sprint([$0]) }.joined(separator: " "))
        }
        t["indent"] = Function(FunctionSignature([.int, .string], returns: .string)) { c in
            .string(try SprigStrings.indent(c.int(0), c.string(1)))
        }
        t["nindent"] = Function(FunctionSignature([.int, .string], returns: .string)) { c in
            .string("\n" + (try SprigStrings.indent(c.int(0), c.string(1))))
        }
        t["replace"] = Function(FunctionSignature([.string, .string, .string], returns: .string)) { c in
            .string(GoStrings.replace(c.string(2), c.string(0), c.string(1)))
        }
        t["plural"] = Function(FunctionSignature([.string, .string, .int], returns: .string)) { c in
            c.int(2) == 1 ? c[0] : c[1]
        }
        return t
    }()
}

/// Sprig string helpers and the goutils functions Sprig wraps.
enum SprigStrings {
    /// Sprig's `substring`: Go slicing with its panics (`slice bounds out of range`).
    static func substring(_ start: Int, _ end: Int, _ s: String) throws -> String {
        let b = GoString.bytes(s)
        let n = b.count
        if start < 0 {
            // s[:end]
            if end < 0 { throw FunctionError("runtime error: slice bounds out of range [:\(end)]") }
            if end > n { throw FunctionError("runtime error: slice bounds out of range [:\(end)] with length \(n)") }
            return GoString.string(b[0..<end])
        }
        if end < 0 || end > n {
            // s[start:]
            if start > n { throw FunctionError("runtime error: slice bounds out of range [\(start):\(n)]") }
            return GoString.string(b[start...])
        }
        if start > end { throw FunctionError("runtime error: slice bounds out of range [\(start):\(end)]") }
        return GoString.string(b[start..<end])
    }

    /// Sprig's `trunc`: first `c` bytes, or with negative `c` the last `-c` bytes.
    static func trunc(_ c: Int, _ s: String) -> String {
        let b = GoString.bytes(s)
        if c < 0 && b.count + c > 0 { return GoString.string(b[(b.count + c)...]) }
        if c >= 0 && b.count > c { return GoString.string(b[0..<c]) }
        return s
    }

    /// Sprig's `indent`: the pad before the text and after every `\n`.
    static func indent(_ spaces: Int, _ v: String) throws -> String {
        let pad = try SprigText.repeatString(" ", spaces)
        return pad + GoStrings.replace(v, "\n", "\n" + pad)
    }

    /// `strings.Title`: upper-case (title-case) the first letter of each word, a word
    /// starting after any rune Go's `isSeparator` accepts.
    static func title(_ s: String) -> String {
        var prevIsSeparator = true
        var out = String.UnicodeScalarView()
        for r in GoString.replacingInvalid(s).unicodeScalars {
            out.append(prevIsSeparator ? SprigText.toTitle(r) : r)
            prevIsSeparator = isSeparator(r)
        }
        return String(out)
    }

    /// `strings.isSeparator`: ASCII non-alphanumerics except `_`; beyond ASCII,
    /// only spaces.
    static func isSeparator(_ r: Unicode.Scalar) -> Bool {
        if r.value <= 0x7F {
            switch r.value {
            case 48...57, 97...122, 65...90, 95: return false
            default: return true
            }
        }
        if SprigText.isLetter(r) || SprigText.isDigit(r) { return false }
        return SprigText.isSpace(r)
    }

    /// goutils `Uncapitalize`: lower-case the first rune of each whitespace-separated word.
    static func uncapitalize(_ s: String) -> String {
        var next = true
        var out = String.UnicodeScalarView()
        for r in GoString.replacingInvalid(s).unicodeScalars {
            if SprigText.isSpace(r) {
                out.append(r)
                next = true
            } else if next {
                out.append(SprigText.toLower(r))
                next = false
            } else {
                out.append(r)
            }
        }
        return String(out)
    }

    /// goutils `DeleteWhiteSpace`, which walks *bytes* as runes: ASCII whitespace, 0x85
    /// and 0xA0 bytes are dropped, and when anything was dropped every other byte is
    /// re-encoded as the Latin-1 rune of that value (so `é a` becomes `Ã©a`).
    static func deleteWhiteSpace(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var dropped = false
        for b in GoString.bytes(s) {
            let r = Unicode.Scalar(b)
            if SprigText.isSpace(r) { dropped = true } else { out.append(r) }
        }
        return dropped ? String(out) : s
    }

    /// goutils `Initials`: the first byte of each whitespace-separated word, as a
    /// Latin-1 rune (goutils indexes bytes, so `中` contributes `ä`).
    static func initials(_ s: String) -> String {
        var gap = true
        var out = String.UnicodeScalarView()
        for r in GoString.bytes(s).map(Unicode.Scalar.init) {
            if SprigText.isSpace(r) {
                gap = true
            } else if gap {
                out.append(r)
                gap = false
            }
        }
        return String(out)
    }

    /// goutils `SwapCase`: upper and title case to lower, lower to upper.
    static func swapCase(_ s: String) -> String {
        SprigText.mapScalars(s) { r in
            if SprigText.isUpper(r) || SprigText.isTitle(r) { return SprigText.toLower(r) }
            if SprigText.isLower(r) { return SprigText.toUpper(r) }
            return r
        }
    }

    /// goutils `AbbreviateFull` (byte offsets); nil where goutils returns an error,
    /// which Sprig turns into "".
    static func abbreviateFull(_ s: String, offset: Int, maxWidth: Int) -> String? {
        let b = GoString.bytes(s)
        if b.isEmpty { return "" }
        if maxWidth < 4 { return nil }
        if b.count <= maxWidth { return s }
        // Go's int arithmetic wraps; a huge negative offset must not trap here.
        var offset = min(offset, b.count)
        if b.count &- offset < maxWidth - 3 { offset = b.count - (maxWidth - 3) }
        if offset <= 4 {
            return GoString.string(b[0..<(maxWidth - 3)]) + "..."
        }
        if maxWidth < 7 { return nil }
        if offset &+ maxWidth &- 3 < b.count {
            let rest = GoString.string(b[offset...])
            return "..." + (abbreviateFull(rest, offset: 0, maxWidth: maxWidth - 3) ?? "")
        }
        return "..." + GoString.string(b[(b.count - (maxWidth - 3))...])
    }

    /// goutils `WrapCustom`: break at the last space within `wrapLength` bytes; words
    /// longer than that are cut (`wrapLongWords`) or left whole.
    static func wrapCustom(_ s: String, _ wrapLength: Int, newLine: String, wrapLongWords: Bool) -> String {
        let b = Array(s.utf8)
        if b.isEmpty { return "" }
        let nl = Array((newLine.isEmpty ? "\n" : newLine).utf8)
        let width = max(wrapLength, 1)
        let space = UInt8(ascii: " ")
        var offset = 0
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / width * nl.count)
        while b.count - offset > width {
            if b[offset] == space {
                offset += 1
                continue
            }
            let end = width + offset + 1
            var wrapAt = -1
            var k = end - 1
            while k >= offset {
                if b[k] == space { wrapAt = k; break }
                k -= 1
            }
            if wrapAt >= offset {
                out.append(contentsOf: b[offset..<wrapAt])
                out.append(contentsOf: nl)
                offset = wrapAt + 1
            } else if wrapLongWords {
                out.append(contentsOf: b[offset..<(offset + width)])
                out.append(contentsOf: nl)
                offset += width
            } else {
                let from = width + offset
                if let idx = b[from...].firstIndex(of: space) {
                    out.append(contentsOf: b[offset..<idx])
                    out.append(contentsOf: nl)
                    offset = idx + 1
                } else {
                    out.append(contentsOf: b[offset...])
                    offset = b.count
                }
            }
        }
        out.append(contentsOf: b[offset...])
        return String(decoding: out, as: UTF8.self)
    }
}
