/// huandu/xstrings' case conversions as Sprig v3.3.0 uses them: `snakecase` and
/// `kebabcase` (`camelCaseToLowerCase`, word splitting by `nextWord`) and `camelcase`
/// (xstrings' Pascal-case conversion: `http_server` -> `HttpServer`,
/// `HTTPServer` -> `Httpserver`).
enum SprigCase {
    typealias Scalar = Unicode.Scalar

    enum WordType { case invalid, number, upperCase, alphabet, connector, punct, other }

    /// A word: its type and scalar range; `next` is where the remaining text starts.
    struct Word {
        var type: WordType
        var range: Range<Int>
        var next: Int
    }

    static func isConnector(_ r: Scalar) -> Bool {
        r == "-" || r == "_" || SprigText.isSpace(r)
    }

    /// xstrings `isAlphabet`: a letter that is not a CJK ideograph (`é` and katakana
    /// continue a word; `日本語` is an "other" word, so `日本語テキスト` splits in two).
    static func isAlphabet(_ r: Scalar) -> Bool {
        guard SprigText.isLetter(r) else { return false }
        switch r.value {
        case 0x4E00...0x9FCC, 0x3400...0x4D85, 0x20000...0x2B81D: return false
        default: return true
        }
    }

    /// Go's `utf8.RuneError` as xstrings sees it: U+FFFD itself, or a byte that is not
    /// UTF-8 (a `GoString` escape scalar), which `DecodeRuneInString` reads as U+FFFD.
    static func isRuneError(_ r: Scalar) -> Bool {
        r.value == 0xFFFD || GoString.escapedByte(r) != nil
    }

    /// xstrings `nextValidRune`: the first rune from `i` that is not `RuneError` and how
    /// many runes that took (skipped ones included); `prev` when none is left.
    static func nextValidRune(_ a: [Scalar], _ i: Int, _ prev: Scalar) -> (Scalar, Int) {
        var j = i
        while j < a.count {
            if !isRuneError(a[j]) { return (a[j], j - i + 1) }
            j += 1
        }
        return (prev, a.count - i)
    }

    /// xstrings `nextWord`: the next run of connectors, punctuation, an upper-case
    /// abbreviation (`HTTP` of `HTTPServer`), a capitalised or lower-case word, digits,
    /// or other runes. Bytes that are not UTF-8 join the word of the rune after them.
    static func nextWord(_ a: [Scalar], _ p: Int) -> Word {
        if p >= a.count { return Word(type: .invalid, range: p..<p, next: p) }
        var (r, size) = nextValidRune(a, p, "\u{FFFD}")
        var offset = p + size
        if isRuneError(r) { return Word(type: .invalid, range: p..<offset, next: offset) }
        var remaining = offset
        /// Extends the word while the next valid rune satisfies `keep`.
        func run(_ keep: (Scalar) -> Bool) {
            while remaining < a.count {
                (r, size) = nextValidRune(a, remaining, r)
                if !keep(r) { break }
                offset += size
                remaining += size
            }
        }
        let type: WordType
        if isConnector(r) {
            type = .connector
            run(isConnector)
        } else if SprigText.isPunct(r) {
            type = .punct
            run(SprigText.isPunct)
        } else if SprigText.isUpper(r) {
            type = .upperCase
            if remaining < a.count {
                (r, size) = nextValidRune(a, remaining, r)
                if SprigText.isUpper(r) {
                    var prevSize = size
                    offset += size
                    remaining += size
                    while remaining < a.count {
                        (r, size) = nextValidRune(a, remaining, r)
                        if !SprigText.isUpper(r) { break }
                        prevSize = size
                        offset += size
                        remaining += size
                    }
                    // "HTTPStatus": the "S" starts the next word.
                    if remaining < a.count && isAlphabet(r) {
                        offset -= prevSize
                        remaining = offset
                    }
                } else if isAlphabet(r) {
                    offset += size
                    remaining += size
                    run { isAlphabet($0) && !SprigText.isUpper($0) }
                }
            }
        } else if isAlphabet(r) {
            type = .alphabet
            run { isAlphabet($0) && !SprigText.isUpper($0) }
        } else if SprigText.isNumber(r) {
            type = .number
            run(SprigText.isNumber)
        } else {
            type = .other
            run { !(isConnector($0) || isAlphabet($0) || SprigText.isNumber($0) || SprigText.isPunct($0)) }
        }
        return Word(type: type, range: p..<offset, next: remaining)
    }

    /// xstrings `toLower`: upper-case and connector words are lowered, connectors
    /// replaced by `connector`; other words are copied.
    static func appendLower(_ out: inout String.UnicodeScalarView, _ a: [Scalar], _ w: Word, _ connector: Scalar) {
        if w.type != .upperCase && w.type != .connector {
            out.append(contentsOf: a[w.range])
            return
        }
        for r in a[w.range] {
            if isRuneError(r) {
                // Decoded and written back as runes: an invalid byte becomes U+FFFD.
                out.append("\u{FFFD}")
            } else if isConnector(r) {
                out.append(connector)
            } else if SprigText.isUpper(r) {
                out.append(SprigText.toLower(r))
            } else {
                out.append(r)
            }
        }
    }

    /// xstrings `camelCaseToLowerCase` (ToSnakeCase / ToKebabCase).
    static func camelCaseToLowerCase(_ s: String, connector: Scalar) -> String {
        let a = Array(s.unicodeScalars)
        if a.isEmpty { return "" }
        var out = String.UnicodeScalarView()
        var w = nextWord(a, 0)
        while w.next < a.count {
            if w.type != .connector { appendLower(&out, a, w, connector) }
            let prev = w
            w = nextWord(a, w.next)
            switch prev.type {
            case .number:
                while w.type == .alphabet || w.type == .number {
                    appendLower(&out, a, w, connector)
                    w = nextWord(a, w.next)
                }
                if w.type != .invalid && w.type != .punct && w.type != .connector {
                    out.append(connector)
                }
            case .connector:
                appendLower(&out, a, prev, connector)
            case .punct:
                break
            default:
                if w.type != .number {
                    if w.type != .connector && w.type != .punct { out.append(connector) }
                    break
                }
                if w.next >= a.count { break }
                let number = w
                w = nextWord(a, w.next)
                // A number followed by no letters belongs to the previous word: "Bld4Floor".
                if w.type != .alphabet {
                    appendLower(&out, a, Word(type: .number, range: number.range, next: number.next), connector)
                    if w.type != .connector && w.type != .punct { out.append(connector) }
                    break
                }
                // Lower-case letters after a number: "HTTP2xx" -> "http_2xx".
                out.append(connector)
                appendLower(&out, a, Word(type: .number, range: number.range, next: number.next), connector)
                while w.type == .alphabet || w.type == .number {
                    appendLower(&out, a, w, connector)
                    w = nextWord(a, w.next)
                }
                if w.type != .invalid && w.type != .connector && w.type != .punct {
                    out.append(connector)
                }
            }
        }
        appendLower(&out, a, w, connector)
        return String(out)
    }

    /// xstrings `toCamelCase(str, isBig: true)`: connectors removed and the rune after
    /// each upper-cased; inside a word that began upper-case, following upper-case runes
    /// are lowered until the first non-upper one.
    static func toPascalCase(_ s: String) -> String {
        // Rune by rune through DecodeRune and WriteRune: invalid bytes become U+FFFD.
        let a = Array(GoString.replacingInvalid(s).unicodeScalars)
        if a.isEmpty { return "" }
        var out = String.UnicodeScalarView()
        var i = 0
        var r0: Scalar = " "
        var firstUpper = false
        var consumed = 0
        while i < a.count {
            r0 = a[i]
            i += 1
            consumed = 1
            if !isConnector(r0) {
                firstUpper = SprigText.isUpper(r0)
                r0 = SprigText.toUpper(r0)
                break
            }
            out.append(r0)
        }
        if i >= a.count {
            // A single rune (or only connectors): written once more, as xstrings does.
            if consumed != 0 { out.append(r0) }
            return String(out)
        }
        while i < a.count {
            let r1 = r0
            r0 = a[i]
            i += 1
            if isConnector(r0) && isConnector(r1) {
                out.append(r1)
                continue
            }
            if isConnector(r1) {
                firstUpper = SprigText.isUpper(r0)
                r0 = SprigText.toUpper(r0)
            } else {
                if firstUpper {
                    if SprigText.isUpper(r0) {
                        r0 = SprigText.toLower(r0)
                    } else {
                        firstUpper = false
                    }
                }
                out.append(r1)
            }
        }
        out.append(r0)
        return String(out)
    }
}
