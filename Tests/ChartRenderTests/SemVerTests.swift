import Testing
@testable import ChartRender

/// Table tests for Masterminds semver parsing and constraints (expected values from Helm).
struct SemVerTests {
    static let compareCases: [(String, String, String)] = [
        ("1.2.3", "1.2.3", "true"), ("=1.2.3", "1.2.4", "false"),
        (">=1.2.0", "1.2.3", "true"), (">=1.2.0", "1.1.9", "false"),
        ("^1.2.0", "1.9.9", "true"), ("^1.2.0", "2.0.0", "false"),
        ("^0.2.3", "0.2.9", "true"), ("^0.2.3", "0.3.0", "false"),
        ("~1.2.3", "1.2.9", "true"), ("~1.2.3", "1.3.0", "false"), ("~1", "1.9.0", "true"),
        ("1.2.x", "1.2.7", "true"), ("1.2.x", "1.3.0", "false"), ("*", "5.0.0", "true"),
        ("<1.0.0 || >=3.0.0", "3.1.0", "true"), ("<1.0.0 || >=3.0.0", "2.0.0", "false"),
        ("!=1.2.3", "1.2.3", "false"), ("!=1.2.3", "1.2.4", "true"),
        (">=1.0.0", "1.1.0-beta.1", "false"), (">=1.0.0-0", "1.1.0-beta.1", "true"),
        (">=1.19-0", "v1.36.0", "true"), ("<1.14-0", "v1.36.0", "false"),
        (">1.2.3", "1.2.3", "false"), ("<1.2.3", "1.2.2", "true"),
        ("=1.2.3", "1.2.3+build", "true"), (">=1.21-0", "v1.21.5-eks-bc4871b", "true"),
        (">= 1.2, < 3", "2.0.0", "true"), ("1.1 - 2", "2.5.0", "true"), ("1.1 - 2.0.0", "2.5.0", "false"),
        ("~>>1", "1.0.0", "ERR improper constraint: \"~>>1\""),
        ("", "1.0.0", "ERR improper constraint: \"\""),
        (">1", "abc", "ERR invalid semantic version"),
        // Recorded from Helm 4.2.3:
        ("^0.0.3", "0.0.3", "true"),
        ("^0.0.3", "0.0.4", "false"),
        ("^0.0", "0.0.9", "true"),
        ("^0", "0.9.0", "true"),
        ("~0", "0.9.0", "true"),
        (">1.x", "2.0.0", "true"),
        (">1.x", "1.5.0", "false"),
        ("<=1.2.x", "1.2.9", "true"),
        ("!=1.x", "1.5.0", "false"),
        ("!=1.2.x", "1.3.0", "true"),
        (">=1.2.3 <2", "1.5.0", "true"),
        (">=1.2.3,<2", "2.0.0", "false"),
        ("=1.2.3-beta", "1.2.3-beta", "true"),
        ("1.2.3-alpha - 1.2.3", "1.2.3-beta", "true"),
        ("v1.2", "1.2.5", "true"),
        ("X", "0.0.1-a", "false"),
        ("^1.x", "1.9.0", "true"),
        ("~1.2.x", "1.2.9", "true"),
        ("=> 1", "1.0.0", "true"),
        ("=<1", "1.9.0", "true"),
    ]

    @Test(arguments: compareCases)
    func semverCompare(constraint: String, version: String, expected: String) throws {
        let f = try #require(Functions.semver["semverCompare"])
        var call = FunctionCall(args: [.string(constraint), .string(version)], name: "semverCompare", env: RenderEnvironment())
        let out: String
        do { out = GoFmt.formatValue(try f.body(&call)) } catch { out = "ERR \(error)" }
        #expect(out == expected)
    }

    static let parseCases: [(String, String)] = [
        ("1.2.3", "1.2.3"), ("v2.0", "2.0.0"), ("1.2.3-beta.1+build.5", "1.2.3-beta.1+build.5"),
        ("not-a-version", "ERR invalid semantic version"), ("", "ERR invalid semantic version"),
        ("1.2.3-01", "ERR version segment starts with 0"),
        ("99999999999999999999.1", "ERR error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range"),
    ]

    @Test(arguments: parseCases)
    func parse(input: String, expected: String) {
        let out: String
        do { out = try SemVersion.parse(input).goDescription } catch { out = "ERR \(error)" }
        #expect(out == expected)
    }

    @Test func methods() throws {
        let v = try SemVersion.parse("v1.2.3-a")
        var call = FunctionCall(args: [], name: "IncPatch", env: RenderEnvironment())
        let inc = try #require(v.method(named: "IncPatch")).body(&call)
        #expect(GoFmt.formatValue(inc) == "1.2.3")
        #expect(inc.goType.name == "semver.Version")
        if case .object(let o) = inc { #expect(o.method(named: "Original") == nil) }
    }
}
