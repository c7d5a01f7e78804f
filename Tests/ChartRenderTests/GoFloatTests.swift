import Testing
@testable import ChartRender

struct GoFloatCase: CustomTestStringConvertible, Sendable {
    let value: Double
    let g: String
    let json: String
    var testDescription: String { g }

    static let all: [GoFloatCase] = [
        .init(value: 0, g: "0", json: "0"),
        .init(value: -0.0, g: "-0", json: "-0"),
        .init(value: 1, g: "1", json: "1"),
        .init(value: 1.5, g: "1.5", json: "1.5"),
        .init(value: 100000, g: "100000", json: "100000"),
        .init(value: 999999.5, g: "999999.5", json: "999999.5"),
        .init(value: 1e6, g: "1e+06", json: "1000000"),
        .init(value: 1234567, g: "1.234567e+06", json: "1234567"),
        .init(value: 123456789, g: "1.23456789e+08", json: "123456789"),
        .init(value: 1e20, g: "1e+20", json: "100000000000000000000"),
        .init(value: 1e21, g: "1e+21", json: "1e+21"),
        .init(value: 0.0001, g: "0.0001", json: "0.0001"),
        .init(value: 1e-5, g: "1e-05", json: "0.00001"),
        .init(value: 1e-7, g: "1e-07", json: "1e-7"),
        .init(value: 0.1, g: "0.1", json: "0.1"),
        .init(value: 9223372036854775808.0, g: "9.223372036854776e+18", json: "9223372036854776000"),
    ]
}

@Test(arguments: GoFloatCase.all)
func goFloatFormatting(_ c: GoFloatCase) {
    #expect(GoFloat.formatG(c.value) == c.g)
    #expect(GoFloat.formatJSON(c.value) == c.json)
}

/// `strconv.FormatFloat(f, 'g', -1, 32)`, as sigs.k8s.io/yaml names float keys
/// (examples from ../shared/conformance/yaml/README.md).
@Test(arguments: [
    (0.1234567890123, "0.12345679"),
    (123456789.5, "1.2345679e+08"),
    (1.0, "1"),
    (0.5, "0.5"),
    (1e-7, "1e-07"),
])
func goFloat32Formatting(_ value: Double, _ expected: String) {
    #expect(GoFloat.formatG32(Float(value)) == expected)
}
