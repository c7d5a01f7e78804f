/// `text/template`'s `html`, `js` and `urlquery` escapers (funcs.go) and `evalArgs`,
/// which joins their arguments.
enum TemplateEscaping {
    /// `evalArgs`: one string argument as is, else `fmt.Sprint` of the arguments with
    /// untyped nil shown as `<no value>` and pointers dereferenced (`printableValue`).
    static func evalArgs(_ args: [Value]) -> String {
        if args.count == 1, case .string(let s) = args[0] { return s }
        return GoFmt.sprint(args.map { $0.isNull ? .string("<no value>") : GoFmt.printableArg($0) })
    }

    /// `template.HTMLEscapeString`: `" ' & < >` as entities, NUL as U+FFFD.
    static func htmlEscape(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for c in s.utf8 {
            switch c {
            case 0: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case UInt8(ascii: "\""): out.append(contentsOf: Array("&#34;".utf8))
            case UInt8(ascii: "'"): out.append(contentsOf: Array("&#39;".utf8))
            case UInt8(ascii: "&"): out.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "<"): out.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("&gt;".utf8))
            default: out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// `template.JSEscapeString`: `\\ \' \"`, `< > & =` as `\u003C`..., other control
    /// bytes as `\u00XX`, non-printable runes as `\uXXXX`.
    static func jsEscape(_ s: String) -> String {
        let b = GoString.bytes(s)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                switch c {
                case UInt8(ascii: "\\"): out.append(contentsOf: Array(#"\\"#.utf8))
                case UInt8(ascii: "'"): out.append(contentsOf: Array(#"\'"#.utf8))
                case UInt8(ascii: "\""): out.append(contentsOf: Array(#"\""#.utf8))
                case UInt8(ascii: "<"): out.append(contentsOf: Array(#"\u003C"#.utf8))
                case UInt8(ascii: ">"): out.append(contentsOf: Array(#"\u003E"#.utf8))
                case UInt8(ascii: "&"): out.append(contentsOf: Array(#"\u0026"#.utf8))
                case UInt8(ascii: "="): out.append(contentsOf: Array(#"\u003D"#.utf8))
                default:
                    if c < 0x20 {
                        out.append(contentsOf: Array(#"\u00"#.utf8))
                        out.append(upperHex[Int(c >> 4)]); out.append(upperHex[Int(c & 0xF)])
                    } else {
                        out.append(c)
                    }
                }
                i += 1
                continue
            }
            let (r, size) = UTF8Decode.rune(b, at: i)
            if GoQuote.isPrint(r) {
                out.append(contentsOf: b[i..<(i + size)])
            } else {
                var hex = Array(String(r, radix: 16, uppercase: true).utf8)
                while hex.count < 4 { hex.insert(UInt8(ascii: "0"), at: 0) }
                out.append(contentsOf: Array(#"\u"#.utf8))
                out.append(contentsOf: hex)
            }
            i += size
        }
        return GoString.string(out)
    }

    /// `url.QueryEscape`: unreserved bytes kept, space as `+`, the rest `%XX`.
    static func queryEscape(_ s: String) -> String {
        var out: [UInt8] = []
        let b = GoString.bytes(s)
        out.reserveCapacity(b.count)
        for c in b {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.append(c)
            case UInt8(ascii: " "):
                out.append(UInt8(ascii: "+"))
            default:
                out.append(UInt8(ascii: "%"))
                out.append(upperHex[Int(c >> 4)]); out.append(upperHex[Int(c & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
