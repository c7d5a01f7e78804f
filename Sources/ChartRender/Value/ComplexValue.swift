/// A Go `complex128` constant (`2i`); templates can only create and print them.
final class ComplexValue: GoObject {
    let real: Double
    let imag: Double
    init(real: Double, imag: Double) { self.real = real; self.imag = imag }
    var goType: GoType { .opaque("complex128", kind: "complex128") }
    func field(named name: String) -> Value? { nil }
    /// `%v` of a complex: `(1+2i)`.
    var goDescription: String {
        let im = GoFloat.formatG(imag)
        let sign = (imag.sign == .minus || imag.isNaN) && !im.hasPrefix("-") ? "" : (im.hasPrefix("-") || im.hasPrefix("+") ? "" : "+")
        return "(" + GoFloat.formatG(real) + sign + im + "i)"
    }
    var isZero: Bool { real == 0 && imag == 0 }
}
