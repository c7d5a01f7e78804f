/// Splits a command line the way a POSIX shell does for our case files: single and double
/// quotes group words, backslash escapes outside single quotes; no expansion of any kind.
func shellWords(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character? = nil
    var escape = false
    for ch in line {
        if escape {
            current.append(ch)
            escape = false
            continue
        }
        if let q = quote {
            if ch == q {
                quote = nil
            } else if ch == "\\" && q == "\"" {
                escape = true
            } else {
                current.append(ch)
            }
            continue
        }
        switch ch {
        case "'", "\"":
            quote = ch
            inWord = true
        case "\\":
            escape = true
            inWord = true
        case " ", "\t":
            if inWord { words.append(current); current = ""; inWord = false }
        default:
            current.append(ch)
            inWord = true
        }
    }
    if inWord { words.append(current) }
    return words
}
