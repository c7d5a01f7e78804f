/// libyaml's `yaml_emitter_analyze_scalar`: which styles can represent a scalar.
struct ScalarAnalysis {
    var multiline = false
    var flowPlainAllowed = true
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    /// libyaml's `is_printable` (tab, CR, C1, BOM, non-BMP and U+FFFE/F are not).
    /// yaml.v3 additionally treats tab as printable.
    static func isPrintable(_ v: [UInt8], _ i: Int, v3: Bool) -> Bool {
        let c = v[i]
        let c1: UInt8 = i + 1 < v.count ? v[i + 1] : 0
        let c2: UInt8 = i + 2 < v.count ? v[i + 2] : 0
        if c == 0x0A || (c >= 0x20 && c <= 0x7E) { return true }
        if c == 0xC2 { return c1 >= 0xA0 }
        if c > 0xC2 && c < 0xED { return true }
        if c == 0xED { return c1 < 0xA0 }
        if c == 0xEE { return true }
        if c == 0xEF { return !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)) }
        return false
    }

    static func isBreak(_ v: [UInt8], _ i: Int) -> Bool {
        let c = v[i]
        if c == 0x0A || c == 0x0D { return true }
        if c == 0xC2 { return i + 1 < v.count && v[i + 1] == 0x85 }
        if c == 0xE2 { return i + 2 < v.count && v[i + 1] == 0x80 && (v[i + 2] == 0xA8 || v[i + 2] == 0xA9) }
        return false
    }

    init(_ value: [UInt8], v3: Bool) {
        if value.isEmpty {
            flowPlainAllowed = false
            blockAllowed = false
            return
        }
        var blockIndicators = false
        var flowIndicators = false
        var lineBreaks = false
        var special = false
        var tabs = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false
        var previousSpace = false, previousBreak = false
        if value.count >= 3 && ((value[0] == 0x2D && value[1] == 0x2D && value[2] == 0x2D) || (value[0] == 0x2E && value[1] == 0x2E && value[2] == 0x2E)) {
            blockIndicators = true
            flowIndicators = true
        }
        var precededByWhitespace = true
        var i = 0
        let n = value.count
        while i < n {
            let w = max(1, YAMLScanner.width(value[i]))
            let followedByWhitespace = i + w >= n || value[i + w] == 0x20 || value[i + w] == 0x09 || ScalarAnalysis.isBreak(value, i + w)
            let c = value[i]
            if i == 0 {
                switch c {
                case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                     UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
                     UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                    flowIndicators = true
                    blockIndicators = true
                case UInt8(ascii: "?"), UInt8(ascii: ":"):
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "-"):
                    if followedByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default: break
                }
            } else {
                switch c {
                case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    flowIndicators = true
                case UInt8(ascii: ":"):
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "#"):
                    if precededByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default: break
                }
            }
            if v3 && c == 0x09 {
                tabs = true
            } else if !ScalarAnalysis.isPrintable(value, i, v3: v3) {
                special = true
            }
            if c == 0x20 {
                if i == 0 { leadingSpace = true }
                if i + w == n { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if ScalarAnalysis.isBreak(value, i) {
                lineBreaks = true
                if i == 0 { leadingBreak = true }
                if i + w == n { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = c == 0x20 || c == 0x09 || ScalarAnalysis.isBreak(value, i)
            i += w
        }
        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || special {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if tabs {
            // yaml.v3 keeps tabs out of plain and single-quoted scalars but allows them in
            // literal blocks.
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if lineBreaks {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if flowIndicators { flowPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }
}

extension YAMLEmitter {
    /// `yaml_emitter_select_scalar_style` + `emit_scalar` for block context.
    mutating func scalar(_ value: [UInt8], requested: YAMLScalarStyle, simpleKey: Bool) {
        let a = ScalarAnalysis(value, v3: flavor.v3)
        var style = requested
        if simpleKey && a.multiline { style = .doubleQuoted }
        if style == .plain {
            if !a.blockPlainAllowed { style = .singleQuoted }
            if value.isEmpty && simpleKey { style = .singleQuoted }
        }
        if style == .singleQuoted && !a.singleQuotedAllowed { style = .doubleQuoted }
        if (style == .literal || style == .folded) && (!a.blockAllowed || simpleKey) { style = .doubleQuoted }
        increaseIndent(flow: true, indentless: false)
        switch style {
        case .plain: writePlain(value, allowBreaks: !simpleKey)
        case .singleQuoted: writeSingleQuoted(value, allowBreaks: !simpleKey)
        case .doubleQuoted: writeDoubleQuoted(value, allowBreaks: !simpleKey)
        case .literal, .folded: writeLiteral(value)
        }
        popIndent()
    }

    mutating func writePlain(_ v: [UInt8], allowBreaks: Bool) {
        if !whitespace { put(0x20) }
        var spaces = false
        var breaks = false
        var i = 0
        while i < v.count {
            if v[i] == 0x20 {
                if allowBreaks && !spaces && column > flavor.width && !(i + 1 < v.count && v[i + 1] == 0x20) {
                    writeIndent()
                    i += 1
                } else {
                    write(v, &i)
                }
                spaces = true
            } else if ScalarAnalysis.isBreak(v, i) {
                if !breaks && v[i] == 0x0A { putBreak() }
                writeBreak(v, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                write(v, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        whitespace = false
        indention = false
    }

    mutating func writeSingleQuoted(_ v: [UInt8], allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var breaks = false
        var i = 0
        while i < v.count {
            if v[i] == 0x20 {
                if allowBreaks && !spaces && column > flavor.width && i > 0 && i < v.count - 1 && !(v[i + 1] == 0x20) {
                    writeIndent()
                    i += 1
                } else {
                    write(v, &i)
                }
                spaces = true
            } else if ScalarAnalysis.isBreak(v, i) {
                if !breaks && v[i] == 0x0A { putBreak() }
                writeBreak(v, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if v[i] == UInt8(ascii: "'") { put(UInt8(ascii: "'")) }
                write(v, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    mutating func writeDoubleQuoted(_ v: [UInt8], allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var i = 0
        let hex = Array("0123456789ABCDEF".utf8)
        while i < v.count {
            let c = v[i]
            let isBOM = c == 0xEF && i + 2 < v.count && v[i + 1] == 0xBB && v[i + 2] == 0xBF
            if !ScalarAnalysis.isPrintable(v, i, v3: false) || isBOM || ScalarAnalysis.isBreak(v, i) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
                let w = max(1, YAMLScanner.width(c))
                var u: UInt32
                switch w {
                case 1: u = UInt32(c & 0x7F)
                case 2: u = UInt32(c & 0x1F)
                case 3: u = UInt32(c & 0x0F)
                default: u = UInt32(c & 0x07)
                }
                var k = 1
                while k < w && i + k < v.count { u = (u << 6) + UInt32(v[i + k] & 0x3F); k += 1 }
                i += w
                put(UInt8(ascii: "\\"))
                switch u {
                case 0x00: put(UInt8(ascii: "0"))
                case 0x07: put(UInt8(ascii: "a"))
                case 0x08: put(UInt8(ascii: "b"))
                case 0x09: put(UInt8(ascii: "t"))
                case 0x0A: put(UInt8(ascii: "n"))
                case 0x0B: put(UInt8(ascii: "v"))
                case 0x0C: put(UInt8(ascii: "f"))
                case 0x0D: put(UInt8(ascii: "r"))
                case 0x1B: put(UInt8(ascii: "e"))
                case 0x22: put(UInt8(ascii: "\""))
                case 0x5C: put(UInt8(ascii: "\\"))
                case 0x85: put(UInt8(ascii: "N"))
                case 0xA0: put(UInt8(ascii: "_"))
                case 0x2028: put(UInt8(ascii: "L"))
                case 0x2029: put(UInt8(ascii: "P"))
                default:
                    let digits: Int
                    if u <= 0xFF { put(UInt8(ascii: "x")); digits = 2 } else if u <= 0xFFFF { put(UInt8(ascii: "u")); digits = 4 } else { put(UInt8(ascii: "U")); digits = 8 }
                    var shift = (digits - 1) * 4
                    while shift >= 0 {
                        put(hex[Int((u >> UInt32(shift)) & 0x0F)])
                        shift -= 4
                    }
                }
                spaces = false
            } else if c == 0x20 {
                if allowBreaks && !spaces && column > flavor.width && i != 0 && i != v.count - 1 {
                    writeIndent()
                    if i + 1 < v.count && v[i + 1] == 0x20 { put(UInt8(ascii: "\\")) }
                    i += 1
                } else {
                    write(v, &i)
                }
                spaces = true
            } else {
                write(v, &i)
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// `|` with `yaml_emitter_write_block_scalar_hints` (indentation hint when the text
    /// starts with a space or break; `-` / `+` chomping).
    mutating func writeLiteral(_ v: [UInt8]) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        if !v.isEmpty && (v[0] == 0x20 || ScalarAnalysis.isBreak(v, 0)) {
            writeIndicator(String(bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomp = ""
        if v.isEmpty {
            chomp = "-"
        } else {
            var i = v.count - 1
            while i > 0 && v[i] & 0xC0 == 0x80 { i -= 1 }
            if !ScalarAnalysis.isBreak(v, i) {
                chomp = "-"
            } else if i == 0 {
                chomp = "+"
            } else {
                i -= 1
                while i > 0 && v[i] & 0xC0 == 0x80 { i -= 1 }
                if ScalarAnalysis.isBreak(v, i) { chomp = "+" }
            }
        }
        if !chomp.isEmpty {
            writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        var i = 0
        while i < v.count {
            if ScalarAnalysis.isBreak(v, i) {
                writeBreak(v, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                write(v, &i)
                indention = false
                breaks = false
            }
        }
    }
}
