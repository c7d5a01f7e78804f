import Testing
@testable import ChartRender

/// Go's assignability, which decides `wrong type for value; expected T; got U`.
struct AssignCase: CustomTestStringConvertible, Sendable {
    let from: GoType
    let to: GoType
    let assignable: Bool
    var testDescription: String { "\(from.name) -> \(to.name)" }

    static let duration = GoType.named("time.Duration", .int64)
    static let all: [AssignCase] = [
        .init(from: .values, to: .stringMap, assignable: true),
        .init(from: .stringMap, to: .values, assignable: true),
        .init(from: duration, to: .int64, assignable: false),
        .init(from: .int64, to: duration, assignable: false),
        .init(from: .int, to: .int64, assignable: false),
        .init(from: .float64, to: .int, assignable: false),
        .init(from: .int64, to: .interface, assignable: true),
        .init(from: .slice(.string), to: .slice(.interface), assignable: false),
        .init(from: .slice(.interface), to: .slice(.interface), assignable: true),
        .init(from: .values, to: .named("other.Values", .stringMap), assignable: false),
    ]
}

@Test(arguments: AssignCase.all)
func goAssignability(_ c: AssignCase) {
    #expect(c.from.isAssignable(to: c.to) == c.assignable)
}

@Test func goTypeNamesAndKinds() {
    #expect(GoType.values.name == "common.Values")
    #expect(GoType.values.kind == "map")
    #expect(GoType.slice(.interface).name == "[]interface {}")
    #expect(GoType.stringMap.name == "map[string]interface {}")
    #expect(GoType.nilType.kind == "invalid")
}
