/// Token scanners for directives, anchors, tags and the five scalar styles
/// (go-yaml v2 `yaml_parser_scan_*`), byte for byte.
extension YAMLScanner {
    // MARK: Directives

    /// `%YAML major.minor` or `%TAG handle prefix`, then an optional comment and a break.
    mutating func scanDirective() throws -> YAMLToken {
        let start = mark
        skip()
        var name: [UInt8] = []
        while isAlpha(pos) { read(&name) }
        if name.isEmpty {
            throw scannerError("while scanning a directive", start, "could not find expected directive name")
        }
        if !isBlankZ(pos) {
            throw scannerError("while scanning a directive", start, "found unexpected non-alphabetical character")
        }
        var token: YAMLToken
        if name == Array("YAML".utf8) {
            while isBlank(pos) { skip() }
            let major = try scanVersionNumber(start)
            if at(pos) != UInt8(ascii: ".") {
                throw scannerError("while scanning a %YAML directive", start, "did not find expected digit or '.' character")
            }
            skip()
            let minor = try scanVersionNumber(start)
            token = YAMLToken(kind: .versionDirective, start: start, end: mark)
            token.major = major
            token.minor = minor
        } else if name == Array("TAG".utf8) {
            while isBlank(pos) { skip() }
            let handle = try scanTagHandle(directive: true, start)
            if !isBlank(pos) {
                throw scannerError("while scanning a %TAG directive", start, "did not find expected whitespace")
            }
            while isBlank(pos) { skip() }
            let prefix = try scanTagURI(directive: true, head: [], start)
            if !isBlankZ(pos) {
                throw scannerError("while scanning a %TAG directive", start, "did not find expected whitespace or line break")
            }
            token = YAMLToken(kind: .tagDirective, start: start, end: mark, value: handle, suffix: prefix)
        } else {
            throw scannerError("while scanning a directive", start, "found unknown directive name")
        }
        while isBlank(pos) { skip() }
        if at(pos) == UInt8(ascii: "#") {
            while !isBreakZ(pos) { skip() }
        }
        if !isBreakZ(pos) {
            throw scannerError("while scanning a directive", start, "did not find expected comment or line break")
        }
        if isBreak(pos) { skipLine() }
        return token
    }

    private mutating func scanVersionNumber(_ start: YAMLMark) throws -> Int {
        var value = 0
        var length = 0
        while isDigit(pos) {
            length += 1
            if length > 2 {
                throw scannerError("while scanning a %YAML directive", start, "found extremely long version number")
            }
            value = value * 10 + Int(at(pos) - 0x30)
            skip()
        }
        if length == 0 {
            throw scannerError("while scanning a %YAML directive", start, "did not find expected version number")
        }
        return value
    }

    // MARK: Anchors and tags

    /// `&name` or `*name`; the name must be followed by a blank or one of `?:,]}%@\``.
    mutating func scanAnchor(_ kind: YAMLTokenKind) throws -> YAMLToken {
        let start = mark
        skip()
        var s: [UInt8] = []
        while isAlpha(pos) { read(&s) }
        let end = mark
        let c = at(pos)
        let okEnd = isBlankZ(pos) || c == UInt8(ascii: "?") || c == UInt8(ascii: ":") || c == UInt8(ascii: ",")
            || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: "%") || c == UInt8(ascii: "@")
            || c == UInt8(ascii: "`")
        if s.isEmpty || !okEnd {
            throw scannerError(kind == .anchor ? "while scanning an anchor" : "while scanning an alias", start,
                               "did not find expected alphabetic or numeric character")
        }
        return YAMLToken(kind: kind, start: start, end: end, value: s)
    }

    /// `!<uri>`, `!handle!suffix`, `!suffix` or `!`.
    mutating func scanTag() throws -> YAMLToken {
        let start = mark
        var handle: [UInt8] = []
        var suffix: [UInt8] = []
        if at(pos + 1) == UInt8(ascii: "<") {
            skip(); skip()
            suffix = try scanTagURI(directive: false, head: [], start)
            if at(pos) != UInt8(ascii: ">") {
                throw scannerError("while scanning a tag", start, "did not find the expected '>'")
            }
            skip()
        } else {
            handle = try scanTagHandle(directive: false, start)
            if handle.count > 1 && handle[0] == UInt8(ascii: "!") && handle[handle.count - 1] == UInt8(ascii: "!") {
                suffix = try scanTagURI(directive: false, head: [], start)
            } else {
                suffix = try scanTagURI(directive: false, head: handle, start)
                handle = [UInt8(ascii: "!")]
                if suffix.isEmpty {
                    swap(&handle, &suffix)
                }
            }
        }
        if !isBlankZ(pos) {
            throw scannerError("while scanning a tag", start, "did not find expected whitespace or line break")
        }
        return YAMLToken(kind: .tag, start: start, end: mark, value: handle, suffix: suffix)
    }

    private func tagError(_ directive: Bool, _ start: YAMLMark, _ problem: String) -> YAMLSyntaxError {
        scannerError(directive ? "while parsing a %TAG directive" : "while parsing a tag", start, problem)
    }

    mutating func scanTagHandle(directive: Bool, _ start: YAMLMark) throws -> [UInt8] {
        if at(pos) != UInt8(ascii: "!") {
            throw tagError(directive, start, "did not find expected '!'")
        }
        var s: [UInt8] = []
        read(&s)
        while isAlpha(pos) { read(&s) }
        if at(pos) == UInt8(ascii: "!") {
            read(&s)
        } else if directive && s != [UInt8(ascii: "!")] {
            throw tagError(directive, start, "did not find expected '!'")
        }
        return s
    }

    mutating func scanTagURI(directive: Bool, head: [UInt8], _ start: YAMLMark) throws -> [UInt8] {
        var s: [UInt8] = []
        var hasTag = !head.isEmpty
        if head.count > 1 { s.append(contentsOf: head[1...]) }
        while true {
            let c = at(pos)
            var uriChar = isAlpha(pos)
            if !uriChar {
                switch c {
                case UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "@"),
                     UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: ","),
                     UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "'"),
                     UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "%"):
                    uriChar = true
                default: break
                }
            }
            if !uriChar { break }
            if c == UInt8(ascii: "%") {
                try scanURIEscapes(directive: directive, start, &s)
            } else {
                read(&s)
            }
            hasTag = true
        }
        if !hasTag {
            throw tagError(directive, start, "did not find expected tag URI")
        }
        return s
    }

    private mutating func scanURIEscapes(directive: Bool, _ start: YAMLMark, _ s: inout [UInt8]) throws {
        var w = 1024
        while w > 0 {
            if !(at(pos) == UInt8(ascii: "%") && isHex(pos + 1) && isHex(pos + 2)) {
                throw tagError(directive, start, "did not find URI escaped octet")
            }
            let octet = UInt8((asHex(pos + 1) << 4) + asHex(pos + 2))
            if w == 1024 {
                w = YAMLScanner.width(octet)
                if w == 0 { throw tagError(directive, start, "found an incorrect leading UTF-8 octet") }
            } else if octet & 0xC0 != 0x80 {
                throw tagError(directive, start, "found an incorrect trailing UTF-8 octet")
            }
            s.append(octet)
            skip(); skip(); skip()
            w -= 1
        }
    }

    // MARK: Block scalars

    /// `|` or `>` with optional chomping (`+`/`-`) and indentation (1-9) indicators.
    mutating func scanBlockScalar(literal: Bool) throws -> YAMLToken {
        let start = mark
        skip()
        var chomping = 0
        var increment = 0
        if at(pos) == UInt8(ascii: "+") || at(pos) == UInt8(ascii: "-") {
            chomping = at(pos) == UInt8(ascii: "+") ? 1 : -1
            skip()
            if isDigit(pos) {
                if at(pos) == UInt8(ascii: "0") {
                    throw scannerError("while scanning a block scalar", start, "found an indentation indicator equal to 0")
                }
                increment = Int(at(pos) - 0x30)
                skip()
            }
        } else if isDigit(pos) {
            if at(pos) == UInt8(ascii: "0") {
                throw scannerError("while scanning a block scalar", start, "found an indentation indicator equal to 0")
            }
            increment = Int(at(pos) - 0x30)
            skip()
            if at(pos) == UInt8(ascii: "+") || at(pos) == UInt8(ascii: "-") {
                chomping = at(pos) == UInt8(ascii: "+") ? 1 : -1
                skip()
            }
        }
        while isBlank(pos) { skip() }
        if at(pos) == UInt8(ascii: "#") {
            while !isBreakZ(pos) { skip() }
        }
        if !isBreakZ(pos) {
            throw scannerError("while scanning a block scalar", start, "did not find expected comment or line break")
        }
        if isBreak(pos) { skipLine() }
        var end = mark
        var indent = 0
        if increment > 0 {
            indent = self.currentIndent >= 0 ? self.currentIndent + increment : increment
        }
        var s: [UInt8] = []
        var leadingBreak: [UInt8] = []
        var trailingBreaks: [UInt8] = []
        try scanBlockScalarBreaks(&indent, &trailingBreaks, start, &end)
        var leadingBlank = false
        var trailingBlank = false
        while mark.column == indent && !isZ(pos) {
            trailingBlank = isBlank(pos)
            if !literal && !leadingBlank && !trailingBlank && !leadingBreak.isEmpty && leadingBreak[0] == 0x0A {
                if trailingBreaks.isEmpty { s.append(0x20) }
            } else {
                s.append(contentsOf: leadingBreak)
            }
            leadingBreak.removeAll(keepingCapacity: true)
            s.append(contentsOf: trailingBreaks)
            trailingBreaks.removeAll(keepingCapacity: true)
            leadingBlank = isBlank(pos)
            let lineStart = pos
            var chars = 0
            while !isBreakZ(pos) {
                pos += max(1, YAMLScanner.width(at(pos)))
                chars += 1
            }
            s.append(contentsOf: buf[lineStart..<min(pos, buf.count)])
            mark.index += chars
            mark.column += chars
            readLine(&leadingBreak)
            try scanBlockScalarBreaks(&indent, &trailingBreaks, start, &end)
        }
        if chomping != -1 { s.append(contentsOf: leadingBreak) }
        if chomping == 1 { s.append(contentsOf: trailingBreaks) }
        return YAMLToken(kind: .scalar, start: start, end: end, value: s, style: literal ? .literal : .folded)
    }

    private mutating func scanBlockScalarBreaks(_ indent: inout Int, _ breaks: inout [UInt8], _ start: YAMLMark, _ end: inout YAMLMark) throws {
        end = mark
        var maxIndent = 0
        while true {
            while (indent == 0 || mark.column < indent) && isSpace(pos) { skip() }
            if mark.column > maxIndent { maxIndent = mark.column }
            if (indent == 0 || mark.column < indent) && isTab(pos) {
                throw scannerError("while scanning a block scalar", start, "found a tab character where an indentation space is expected")
            }
            if !isBreak(pos) { break }
            readLine(&breaks)
            end = mark
        }
        if indent == 0 {
            indent = maxIndent
            if indent < currentIndent + 1 { indent = currentIndent + 1 }
            if indent < 1 { indent = 1 }
        }
    }

    // MARK: Quoted scalars

    /// `'...'` (with `''` escapes) or `"..."` (with the YAML 1.1 escape set plus `\'`),
    /// folding line breaks.
    mutating func scanFlowScalar(single: Bool) throws -> YAMLToken {
        let start = mark
        skip()
        var s: [UInt8] = []
        var leadingBreak: [UInt8] = []
        var trailingBreaks: [UInt8] = []
        var whitespaces: [UInt8] = []
        while true {
            if mark.column == 0
                && ((at(pos) == UInt8(ascii: "-") && at(pos + 1) == UInt8(ascii: "-") && at(pos + 2) == UInt8(ascii: "-"))
                    || (at(pos) == UInt8(ascii: ".") && at(pos + 1) == UInt8(ascii: ".") && at(pos + 2) == UInt8(ascii: ".")))
                && isBlankZ(pos + 3) {
                throw scannerError("while scanning a quoted scalar", start, "found unexpected document indicator")
            }
            if isZ(pos) {
                throw scannerError("while scanning a quoted scalar", start, "found unexpected end of stream")
            }
            var leadingBlanks = false
            while !isBlankZ(pos) {
                let c = at(pos)
                if single && c == UInt8(ascii: "'") && at(pos + 1) == UInt8(ascii: "'") {
                    s.append(UInt8(ascii: "'"))
                    skip(); skip()
                } else if single && c == UInt8(ascii: "'") {
                    break
                } else if !single && c == UInt8(ascii: "\"") {
                    break
                } else if !single && c == UInt8(ascii: "\\") && isBreak(pos + 1) {
                    skip()
                    skipLine()
                    leadingBlanks = true
                    break
                } else if !single && c == UInt8(ascii: "\\") {
                    var codeLength = 0
                    switch at(pos + 1) {
                    case UInt8(ascii: "0"): s.append(0)
                    case UInt8(ascii: "a"): s.append(0x07)
                    case UInt8(ascii: "b"): s.append(0x08)
                    case UInt8(ascii: "t"), 0x09: s.append(0x09)
                    case UInt8(ascii: "n"): s.append(0x0A)
                    case UInt8(ascii: "v"): s.append(0x0B)
                    case UInt8(ascii: "f"): s.append(0x0C)
                    case UInt8(ascii: "r"): s.append(0x0D)
                    case UInt8(ascii: "e"): s.append(0x1B)
                    case UInt8(ascii: " "): s.append(0x20)
                    case UInt8(ascii: "\""): s.append(UInt8(ascii: "\""))
                    case UInt8(ascii: "'"): s.append(UInt8(ascii: "'"))
                    case UInt8(ascii: "\\"): s.append(UInt8(ascii: "\\"))
                    case UInt8(ascii: "N"): s.append(0xC2); s.append(0x85)
                    case UInt8(ascii: "_"): s.append(0xC2); s.append(0xA0)
                    case UInt8(ascii: "L"): s.append(0xE2); s.append(0x80); s.append(0xA8)
                    case UInt8(ascii: "P"): s.append(0xE2); s.append(0x80); s.append(0xA9)
                    case UInt8(ascii: "x"): codeLength = 2
                    case UInt8(ascii: "u"): codeLength = 4
                    case UInt8(ascii: "U"): codeLength = 8
                    default:
                        throw scannerError("while parsing a quoted scalar", start, "found unknown escape character")
                    }
                    skip(); skip()
                    if codeLength > 0 {
                        var value = 0
                        for k in 0..<codeLength {
                            if !isHex(pos + k) {
                                throw scannerError("while parsing a quoted scalar", start, "did not find expected hexdecimal number")
                            }
                            value = (value << 4) + asHex(pos + k)
                        }
                        if (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF {
                            throw scannerError("while parsing a quoted scalar", start, "found invalid Unicode character escape code")
                        }
                        YAMLReader.appendUTF8(&s, UInt32(value))
                        for _ in 0..<codeLength { skip() }
                    }
                } else if c > 0x20 && c < 0x80 {
                    // Copy a run of ordinary ASCII bytes at once.
                    let start = pos
                    var p = pos + 1
                    while p < buf.count {
                        let x = buf[p]
                        if x >= 0x80 || x <= 0x20 || x == UInt8(ascii: "'") || x == UInt8(ascii: "\"") || x == UInt8(ascii: "\\") { break }
                        p += 1
                    }
                    s.append(contentsOf: buf[start..<p])
                    mark.index += p - start
                    mark.column += p - start
                    pos = p
                } else {
                    read(&s)
                }
            }
            if single {
                if at(pos) == UInt8(ascii: "'") { break }
            } else {
                if at(pos) == UInt8(ascii: "\"") { break }
            }
            while isBlank(pos) || isBreak(pos) {
                if isBlank(pos) {
                    if !leadingBlanks { read(&whitespaces) } else { skip() }
                } else {
                    if !leadingBlanks {
                        whitespaces.removeAll(keepingCapacity: true)
                        readLine(&leadingBreak)
                        leadingBlanks = true
                    } else {
                        readLine(&trailingBreaks)
                    }
                }
            }
            if leadingBlanks {
                if !leadingBreak.isEmpty && leadingBreak[0] == 0x0A {
                    if trailingBreaks.isEmpty { s.append(0x20) } else { s.append(contentsOf: trailingBreaks) }
                } else {
                    s.append(contentsOf: leadingBreak)
                    s.append(contentsOf: trailingBreaks)
                }
                trailingBreaks.removeAll(keepingCapacity: true)
                leadingBreak.removeAll(keepingCapacity: true)
            } else {
                s.append(contentsOf: whitespaces)
                whitespaces.removeAll(keepingCapacity: true)
            }
        }
        skip()
        return YAMLToken(kind: .scalar, start: start, end: mark, value: s, style: single ? .singleQuoted : .doubleQuoted)
    }

    // MARK: Plain scalars

    /// A plain scalar: ends at `: `, ` #`, a document marker, a less indented line, or (in
    /// flow context) at `,?[]{}`. Line breaks fold to spaces.
    mutating func scanPlainScalar() throws -> YAMLToken {
        var s: [UInt8] = []
        var leadingBreak: [UInt8] = []
        var trailingBreaks: [UInt8] = []
        var whitespaces: [UInt8] = []
        var leadingBlanks = false
        let indent = currentIndent + 1
        let start = mark
        var end = mark
        while true {
            if mark.column == 0
                && ((at(pos) == UInt8(ascii: "-") && at(pos + 1) == UInt8(ascii: "-") && at(pos + 2) == UInt8(ascii: "-"))
                    || (at(pos) == UInt8(ascii: ".") && at(pos + 1) == UInt8(ascii: ".") && at(pos + 2) == UInt8(ascii: ".")))
                && isBlankZ(pos + 3) {
                break
            }
            if at(pos) == UInt8(ascii: "#") { break }
            while !isBlankZ(pos) {
                let c = at(pos)
                if (c == UInt8(ascii: ":") && isBlankZ(pos + 1))
                    || (currentFlowLevel > 0 && (c == UInt8(ascii: ",") || c == UInt8(ascii: "?") || c == UInt8(ascii: "[")
                        || c == UInt8(ascii: "]") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}"))) {
                    break
                }
                if leadingBlanks || !whitespaces.isEmpty {
                    if leadingBlanks {
                        if !leadingBreak.isEmpty && leadingBreak[0] == 0x0A {
                            if trailingBreaks.isEmpty { s.append(0x20) } else { s.append(contentsOf: trailingBreaks) }
                        } else {
                            s.append(contentsOf: leadingBreak)
                            s.append(contentsOf: trailingBreaks)
                        }
                        trailingBreaks.removeAll(keepingCapacity: true)
                        leadingBreak.removeAll(keepingCapacity: true)
                        leadingBlanks = false
                    } else {
                        s.append(contentsOf: whitespaces)
                        whitespaces.removeAll(keepingCapacity: true)
                    }
                }
                if c < 0x80 {
                    // Copy a run of ordinary ASCII bytes at once.
                    let start = pos
                    var p = pos + 1
                    let flow = currentFlowLevel > 0
                    func ordinary(_ x: UInt8) -> Bool {
                        if x >= 0x80 || x <= 0x20 || x == UInt8(ascii: ":") { return false }
                        if flow && (x == UInt8(ascii: ",") || x == UInt8(ascii: "?") || x == UInt8(ascii: "[")
                            || x == UInt8(ascii: "]") || x == UInt8(ascii: "{") || x == UInt8(ascii: "}")) { return false }
                        return true
                    }
                    while p < buf.count {
                        let x = buf[p]
                        if ordinary(x) { p += 1; continue }
                        // A single space between ordinary characters on the same line is kept
                        // as is (what the whitespace-joining path would produce); ` #` still
                        // ends the scalar there.
                        if x == 0x20 && p + 1 < buf.count && buf[p + 1] != UInt8(ascii: "#") && ordinary(buf[p + 1]) {
                            p += 2
                            continue
                        }
                        break
                    }
                    s.append(contentsOf: buf[start..<p])
                    mark.index += p - start
                    mark.column += p - start
                    pos = p
                } else {
                    read(&s)
                }
                end = mark
            }
            if !(isBlank(pos) || isBreak(pos)) { break }
            while isBlank(pos) || isBreak(pos) {
                if isBlank(pos) {
                    if leadingBlanks && mark.column < indent && isTab(pos) {
                        throw scannerError("while scanning a plain scalar", start, "found a tab character that violates indentation")
                    }
                    if !leadingBlanks { read(&whitespaces) } else { skip() }
                } else {
                    if !leadingBlanks {
                        whitespaces.removeAll(keepingCapacity: true)
                        readLine(&leadingBreak)
                        leadingBlanks = true
                    } else {
                        readLine(&trailingBreaks)
                    }
                }
            }
            if currentFlowLevel == 0 && mark.column < indent { break }
        }
        if leadingBlanks { allowSimpleKey() }
        return YAMLToken(kind: .scalar, start: start, end: end, value: s, style: .plain)
    }
}
