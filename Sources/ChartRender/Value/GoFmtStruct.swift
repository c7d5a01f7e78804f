/// Where a Go type declares `String()`: `fmt` calls it for `%v %s %q %x %X` only when
/// the operand's method set has it (a struct value does not see pointer-receiver
/// methods), while `{{ . }}` printing (`printableValue`) takes the address first.
enum GoStringMethod {
    case none
    case valueReceiver
    case pointerReceiver
}

/// A Go struct, or pointer to struct, that `fmt` prints field by field when it has no
/// usable `String()`: `{a b}`, `%+v` `{A:a B:b}`, `%#v` `pkg.T{A:"a", B:"b"}`, and a
/// pointer at top level `&{a b}`. Other verbs apply to each field
/// (`&{%!d(string=x) ...}`).
///
/// Objects adopt it next to their definition or in `GoFmtStruct+Objects.swift`.
protocol GoFmtStruct: GoObject {
    /// Where the type declares `String()` (or `Error()`).
    var fmtStringMethod: GoStringMethod { get }
    /// Every field (exported or not) in declaration order.
    var fmtFields: [(name: String, value: Value)] { get }
}

extension GoPrinter {
    /// `printValue` of an object: `handleMethods` (the `String()` verbs, not under
    /// `%#v`), then a pointer's `&` at depth 0 or its address deeper, then the fields.
    mutating func printObject(_ o: GoObject, _ v: Value, _ verb: Unicode.Scalar, depth: Int) {
        if let c = o as? ComplexValue {
            fmtComplex(c, verb, v)
            return
        }
        guard let s = o as? GoFmtStruct else {
            // Objects without a field model print through their description.
            if f.sharpV {
                f.write(o.goDescription)
                return
            }
            switch verb {
            case "v", "s", "x", "X", "q": fmtString(Array(o.goDescription.utf8), verb, v)
            default: badVerb(verb, v)
            }
            return
        }
        let isPointer = o.goType.kind == "ptr"
        let stringer = s.fmtStringMethod == .valueReceiver || (s.fmtStringMethod == .pointerReceiver && isPointer)
        if stringer && !f.sharpV {
            switch verb {
            case "v", "s", "x", "X", "q":
                fmtString(Array(o.goDescription.utf8), verb, v)
                return
            default: break
            }
        }
        var typeName = o.goType.name
        if isPointer {
            if depth > 0 {
                // fmtPointer: Go prints the address, different on every run.
                switch verb {
                case "v":
                    if f.sharpV { f.write("(" + typeName + ")(0xc000010000)") } else { f.write("0xc000010000") }
                case "b", "o", "d", "x", "X":
                    fmtInteger(0xc000010000, signed: false, verb, v)
                default:
                    badVerb(verb, v)
                }
                return
            }
            f.buf.append(UInt8(ascii: "&"))
            if typeName.hasPrefix("*") { typeName.removeFirst() }
        }
        printStruct(s, typeName: typeName, verb, depth: depth + (isPointer ? 1 : 0))
    }

    /// `fmtComplex`: `(re+imi)`, both parts with the float verb, the imaginary part
    /// always signed.
    mutating func fmtComplex(_ c: ComplexValue, _ verb: Unicode.Scalar, _ v: Value) {
        switch verb {
        case "v", "b", "g", "G", "x", "X", "f", "F", "e", "E":
            let oldPlus = f.plus
            f.buf.append(UInt8(ascii: "("))
            fmtFloat(c.real, verb, v)
            f.plus = true
            fmtFloat(c.imag, verb, v)
            f.write("i)")
            f.plus = oldPlus
        default:
            badVerb(verb, v)
        }
    }

    /// `printValue` of a struct: `{f1 f2}`, names with `%+v`/`%#v`, type with `%#v`.
    mutating func printStruct(_ s: GoFmtStruct, typeName: String, _ verb: Unicode.Scalar, depth: Int) {
        if f.sharpV { f.write(typeName) }
        f.buf.append(UInt8(ascii: "{"))
        for (i, field) in s.fmtFields.enumerated() {
            if i > 0 {
                if f.sharpV { f.write(", ") } else { f.buf.append(UInt8(ascii: " ")) }
            }
            if f.plusV || f.sharpV {
                f.write(field.name)
                f.buf.append(UInt8(ascii: ":"))
            }
            printValue(field.value, verb, depth: depth + 1)
        }
        f.buf.append(UInt8(ascii: "}"))
    }
}

extension GoFmt {
    /// `{{ . }}` printing of an object (`printableValue`): pointers are dereferenced,
    /// and a `String()` on either receiver is used; otherwise the struct's fields.
    static func templatePrint(_ o: GoObject) -> String {
        guard let s = o as? GoFmtStruct, s.fmtStringMethod == .none else { return o.goDescription }
        var p = GoPrinter()
        var typeName = o.goType.name
        if typeName.hasPrefix("*") { typeName.removeFirst() }
        p.printStruct(s, typeName: typeName, "v", depth: 0)
        return GoString.string(p.f.buf)
    }
}

/// The struct a pointer object points to, as `text/template`'s `printableValue`
/// hands it to `fmt`: addressable, so a `String()` on either receiver applies; no `&`.
final class GoDerefObject: GoFmtStruct {
    let base: GoFmtStruct

    init(_ base: GoFmtStruct) { self.base = base }

    var goType: GoType {
        var name = base.goType.name
        if name.hasPrefix("*") { name.removeFirst() }
        return .opaque(name, kind: "struct")
    }

    func field(named name: String) -> Value? { base.field(named: name) }
    var goDescription: String { base.goDescription }
    var fmtStringMethod: GoStringMethod { base.fmtStringMethod == .none ? .none : .valueReceiver }
    var fmtFields: [(name: String, value: Value)] { base.fmtFields }
}

extension GoFmt {
    /// `printableValue` for `html`, `js` and `urlquery` arguments: pointers to structs
    /// are dereferenced before `fmt.Sprint` sees them.
    static func printableArg(_ v: Value) -> Value {
        if case .object(let o) = v, o.goType.kind == "ptr", let s = o as? GoFmtStruct {
            return .object(GoDerefObject(s))
        }
        return v
    }
}
