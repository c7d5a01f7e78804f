/// Go's `fmt` printer (`print.go`'s `pp`): dispatch of one operand by its Go type and
/// the verb, recursing into slices and maps the way `printValue` does, and the
/// `%!verb(type=value)` error forms.
struct GoPrinter {
    var f = GoFmtState()

    /// `printArg`: untyped nil, `%T`, then the value itself.
    mutating func printArg(_ v: Value, _ verb: Unicode.Scalar) {
        if case .null = v {
            switch verb {
            case "T", "v": f.padString("<nil>")
            default: badVerb(verb, v)
            }
            return
        }
        if verb == "T" {
            f.fmtS(Array(v.goType.name.utf8))
            return
        }
        if verb == "p" {
            fmtPointer(v)
            return
        }
        printValue(v, verb, depth: 0)
    }

    /// `%p`: only maps, slices and pointers have an address. Go prints the real
    /// address, which differs on every run; chartr prints a fixed stand-in.
    mutating func fmtPointer(_ v: Value) {
        let isPointer: Bool
        switch v {
        case .list, .map, .bytes: isPointer = true
        case .object(let o): isPointer = o.goType.kind == "ptr"
        default: isPointer = false
        }
        guard isPointer else { badVerb("p", v); return }
        let sharp = f.sharp
        f.sharp = !sharp
        f.fmtInteger(0xc000010000, base: 16, signed: false, verb: "p", digits: GoFmtState.ldigits)
        f.sharp = sharp
    }

    /// Nesting beyond which printing stops descending. Go has no limit (its stack
    /// grows to 1 GB); values this deep only come from templates built to be hostile,
    /// and the cap keeps the recursion bounded.
    static let maxDepth = 100_000

    /// `printValue`: one value at `depth` (0 = the operand itself).
    mutating func printValue(_ v: Value, _ verb: Unicode.Scalar, depth: Int) {
        if depth > GoPrinter.maxDepth {
            f.write("...")
            return
        }
        switch v {
        case .null:
            // A nil interface inside a slice or map.
            if f.sharpV { f.write("interface {}(nil)") } else { f.write("<nil>") }
        case .bool(let b):
            if verb == "t" || verb == "v" { f.fmtBoolean(b) } else { badVerb(verb, v) }
        case .int(let i):
            fmtInteger(UInt64(bitPattern: Int64(i)), signed: true, verb, v)
        case .int64(let i):
            fmtInteger(UInt64(bitPattern: i), signed: true, verb, v)
        case .intN(let i, let t):
            fmtInteger(UInt64(bitPattern: i), signed: !t.isUnsigned, verb, v)
        case .uint64(let u):
            fmtInteger(u, signed: false, verb, v)
        case .float64(let d):
            fmtFloat(d, verb, v)
        case .string(let s):
            fmtString(GoString.bytes(s), verb, v)
        case .bytes(let b):
            fmtBytes(b, verb, typeString: depth == 0 ? "[]byte" : "[]uint8", v)
        case .list(let items, let t):
            if t.elementType.underlying == .uint8, verb == "s" || verb == "q" || verb == "x" || verb == "X" {
                let bytes = items.map { item -> UInt8 in
                    if case .intN(let x, _) = item { return UInt8(truncatingIfNeeded: x) }
                    return 0
                }
                fmtBytes(bytes, verb, typeString: v.goType.name, v)
                return
            }
            if f.sharpV {
                f.write(v.goType.name)
                f.buf.append(UInt8(ascii: "{"))
                for (i, item) in items.enumerated() {
                    if i > 0 { f.write(", ") }
                    printValue(item, verb, depth: depth + 1)
                }
                f.buf.append(UInt8(ascii: "}"))
            } else {
                f.buf.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { f.buf.append(UInt8(ascii: " ")) }
                    printValue(item, verb, depth: depth + 1)
                }
                f.buf.append(UInt8(ascii: "]"))
            }
        case .map(let m, let t):
            if f.sharpV {
                f.write(t.name)
                f.buf.append(UInt8(ascii: "{"))
            } else {
                f.write("map[")
            }
            for (i, key) in m.goSortedKeys.enumerated() {
                if i > 0 {
                    if f.sharpV { f.write(", ") } else { f.buf.append(UInt8(ascii: " ")) }
                }
                printValue(.string(key), verb, depth: depth + 1)
                f.buf.append(UInt8(ascii: ":"))
                printValue(m[key] ?? .null, verb, depth: depth + 1)
            }
            f.buf.append(UInt8(ascii: f.sharpV ? "}" : "]"))
        case .object(let o):
            printObject(o, v, verb, depth: depth)
        }
    }

    /// `%!verb(type=value)`, or `%!verb(<nil>)` for untyped nil. The value prints with
    /// `%v` and the current flags, as Go does.
    mutating func badVerb(_ verb: Unicode.Scalar, _ v: Value) {
        f.write("%!")
        f.write(String(Character(verb)))
        f.buf.append(UInt8(ascii: "("))
        if case .null = v {
            f.write("<nil>")
        } else {
            f.write(v.goType.name)
            f.buf.append(UInt8(ascii: "="))
            let (sharpV, plusV) = (f.sharpV, f.plusV)
            printArg(v, "v")
            (f.sharpV, f.plusV) = (sharpV, plusV)
        }
        f.buf.append(UInt8(ascii: ")"))
    }

    mutating func fmtInteger(_ u: UInt64, signed: Bool, _ verb: Unicode.Scalar, _ v: Value) {
        switch verb {
        case "v":
            if f.sharpV && !signed {
                fmt0x64(u)
            } else {
                f.fmtInteger(u, base: 10, signed: signed, verb: verb, digits: GoFmtState.ldigits)
            }
        case "d": f.fmtInteger(u, base: 10, signed: signed, verb: verb, digits: GoFmtState.ldigits)
        case "b": f.fmtInteger(u, base: 2, signed: signed, verb: verb, digits: GoFmtState.ldigits)
        case "o", "O": f.fmtInteger(u, base: 8, signed: signed, verb: verb, digits: GoFmtState.ldigits)
        case "x": f.fmtInteger(u, base: 16, signed: signed, verb: verb, digits: GoFmtState.ldigits)
        case "X": f.fmtInteger(u, base: 16, signed: signed, verb: verb, digits: GoFmtState.udigits)
        case "c": f.fmtC(u)
        case "q": f.fmtQc(u)
        case "U": f.fmtUnicode(u)
        default: badVerb(verb, v)
        }
    }

    /// `%#v` of unsigned integers: `0x` hex.
    mutating func fmt0x64(_ u: UInt64) {
        let sharp = f.sharp
        f.sharp = true
        f.fmtInteger(u, base: 16, signed: false, verb: "v", digits: GoFmtState.ldigits)
        f.sharp = sharp
    }

    mutating func fmtFloat(_ d: Double, _ verb: Unicode.Scalar, _ v: Value) {
        switch verb {
        case "v": f.fmtFloat(d, verb: UInt8(ascii: "g"), prec: -1)
        case "b", "g", "G", "x", "X": f.fmtFloat(d, verb: UInt8(verb.value), prec: -1)
        case "e", "E", "f": f.fmtFloat(d, verb: UInt8(verb.value), prec: 6)
        case "F": f.fmtFloat(d, verb: UInt8(ascii: "f"), prec: 6)
        default: badVerb(verb, v)
        }
    }

    mutating func fmtString(_ s: [UInt8], _ verb: Unicode.Scalar, _ v: Value) {
        switch verb {
        case "v": if f.sharpV { f.fmtQ(s) } else { f.fmtS(s) }
        case "s": f.fmtS(s)
        case "x": f.fmtSbx(s, digits: GoFmtState.ldigits)
        case "X": f.fmtSbx(s, digits: GoFmtState.udigits)
        case "q": f.fmtQ(s)
        default: badVerb(verb, v)
        }
    }

    mutating func fmtBytes(_ b: [UInt8], _ verb: Unicode.Scalar, typeString: String, _ v: Value) {
        switch verb {
        case "v", "d":
            if f.sharpV {
                f.write(typeString)
                f.buf.append(UInt8(ascii: "{"))
                for (i, c) in b.enumerated() {
                    if i > 0 { f.write(", ") }
                    fmt0x64(UInt64(c))
                }
                f.buf.append(UInt8(ascii: "}"))
            } else {
                f.buf.append(UInt8(ascii: "["))
                for (i, c) in b.enumerated() {
                    if i > 0 { f.buf.append(UInt8(ascii: " ")) }
                    f.fmtInteger(UInt64(c), base: 10, signed: false, verb: verb, digits: GoFmtState.ldigits)
                }
                f.buf.append(UInt8(ascii: "]"))
            }
        case "s": f.fmtS(b)
        case "x": f.fmtSbx(b, digits: GoFmtState.ldigits)
        case "X": f.fmtSbx(b, digits: GoFmtState.udigits)
        case "q": f.fmtQ(b)
        default:
            printValue(.list(b.map { .intN(Int64($0), .uint8) }, .slice(.uint8)), verb, depth: 0)
        }
    }
}
