import Testing
@testable import ChartRender

/// Coalescing, globals and null handling; expected JSON recorded from Helm v4.2.3
/// (`{{ toJson .Values }}` in a parent and a subchart, ../shared/oracle).
@Suite struct ValuesCoalesceTests {
    static func parentAndSub(subDefaults: [String: Value]) -> Chart {
        let sub = Chart(metadata: ChartMetadata(name: "sub", version: "1.0.0"), values: subDefaults)
        let parent = Chart(metadata: ChartMetadata(name: "p", version: "1.0.0"), values: [
            "a": .float64(1), "n": .null,
            "nested": .map(["x": .null, "y": .float64(2), "z": .map(["q": .null])]),
            "lst": .list([.float64(1), .null]),
            "global": .map(["g1": .string("parent"), "gm": .map(["a": .float64(1)])]),
            "sub": .map(["fromparent": .float64(1), "nulled": .null, "m": .map(["k": .string("v")])]),
        ], dependencies: [sub])
        return parent
    }

    static let subDefaults: [String: Value] = [
        "s": .float64(1), "nulled": .float64(5), "m": .map(["k": .string("default"), "j": .float64(2)]),
        "global": .map(["g1": .string("sub"), "g2": .string("sub"), "gm": .map(["b": .float64(2)])]),
    ]

    @Test func defaultsOnly() {
        let v = Coalesce.values(chart: Self.parentAndSub(subDefaults: Self.subDefaults), user: [:])
        #expect(chartJSON(.map(v)) == #"{"a":1,"global":{"g1":"parent","gm":{"a":1}},"lst":[1,null],"nested":{"y":2,"z":{}},"sub":{"fromparent":1,"global":{"g1":"parent","g2":"sub","gm":{"a":1,"b":2}},"m":{"j":2,"k":"v"},"nulled":5,"s":1}}"#)
    }

    @Test func userNullsAndSets() throws {
        var user: [String: Value] = [:]
        for e in ["a=null", "newnull=null", "nested.w=null", "sub.m=null", "global.g3=x"] {
            try StrVals.parse(e, mode: .typed, into: &user)
        }
        let v = Coalesce.values(chart: Self.parentAndSub(subDefaults: Self.subDefaults), user: user)
        #expect(chartJSON(v["sub"] ?? .null) == #"{"fromparent":1,"global":{"g1":"parent","g2":"sub","g3":"x","gm":{"a":1,"b":2}},"s":1}"#)
        #expect(v["a"] == nil)
        #expect(v["newnull"]?.isNull == true)
        #expect(chartJSON(v["nested"] ?? .null) == #"{"w":null,"y":2,"z":{}}"#)
    }

    @Test func valuesFileNullsInSubchartScope() {
        let user: [String: Value] = ["newkey": .null, "sub": .map(["s": .null, "m": .map(["k": .null])])]
        let v = Coalesce.values(chart: Self.parentAndSub(subDefaults: Self.subDefaults), user: user)
        #expect(chartJSON(v["sub"] ?? .null) == #"{"fromparent":1,"global":{"g1":"parent","g2":"sub","gm":{"a":1,"b":2}},"m":{"j":2}}"#)
        #expect(v["newkey"]?.isNull == true)
    }

    @Test func mergeMapsLaterWins() {
        let a: [String: Value] = ["x": .map(["a": .float64(1), "b": .float64(2)]), "l": .list([.float64(1)])]
        let b: [String: Value] = ["x": .map(["b": .float64(3)]), "l": .list([])]
        #expect(chartJSON(.map(ValueOptions.mergeMaps(a, b))) == #"{"l":[],"x":{"a":1,"b":3}}"#)
    }

    @Test func dependencyConditionsAndTags() {
        let sub1 = Chart(metadata: ChartMetadata(name: "one", version: "1.0.0"))
        let sub2 = Chart(metadata: ChartMetadata(name: "two", version: "1.0.0"))
        let sub3 = Chart(metadata: ChartMetadata(name: "three", version: "1.0.0"))
        var md = ChartMetadata(name: "p", version: "1.0.0")
        md.dependencies = [
            ChartDependency(name: "one", version: "1.x", condition: "one.enabled"),
            ChartDependency(name: "two", version: "^1.0.0", tags: ["extra"]),
            ChartDependency(name: "three", version: "1.0.0", alias: "drei"),
        ]
        let p = Chart(metadata: md, values: ["one": .map(["enabled": .bool(false)])], dependencies: [sub1, sub2, sub3])
        Dependencies.process(p, values: ["tags": .map(["extra": .bool(false)])])
        #expect(p.dependencies.map(\.name) == ["drei"])
    }

    @Test func importValues() {
        let sub = Chart(metadata: ChartMetadata(name: "sub", version: "1.0.0"),
                        values: ["exports": .map(["data": .map(["k": .string("v")])]), "inner": .map(["x": .float64(1)])])
        var md = ChartMetadata(name: "p", version: "1.0.0")
        md.dependencies = [ChartDependency(name: "sub", version: "1.0.0",
                                           importValues: [.string("data"), .map(["child": .string("inner"), "parent": .string("fromsub")])])]
        let p = Chart(metadata: md, values: ["k": .string("parent wins")], dependencies: [sub])
        Dependencies.process(p, values: [:])
        let v = Coalesce.values(chart: p, user: [:])
        #expect(v["k"]?.stringValue == "parent wins")
        #expect(chartJSON(v["fromsub"] ?? .null) == #"{"x":1}"#)
    }
}
