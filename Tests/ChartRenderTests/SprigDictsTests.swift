import Testing
@testable import ChartRender

/// Sprig dict, default, reflection and path functions called directly; expectations
/// recorded from Helm 4.2.3 (sprig-dicts, sprig-defaults, sprig-reflection,
/// sprig-paths-urls conformance files and the oracle).
struct SprigDictsTests {
    static let app: Value = d([
        "name": s("web"),
        "image": d(["repo": s("nginx"), "tag": s("1.25")]),
        "ports": l(f(80), f(443)),
    ])
    static let defaults: Value = d([
        "image": d(["repo": s("busybox"), "pullPolicy": s("IfNotPresent")]),
        "replicas": f(1),
    ])
    static let values: Value = .map(["app": app], .values)

    static let cases: [SprigCall] = [
        SprigCall("dict", [s("b"), i(2), s("a"), i(1)], prints: "map[a:1 b:2]"),
        SprigCall("dict", [i(1), s("one"), .bool(true), s("yes"), f(2.5), s("f")], prints: "map[1:one 2.5:f true:yes]"),
        SprigCall("dict", [.null, i(1)], prints: "map[<nil>:1]"),
        SprigCall("dict", [s("a")], prints: "map[a:]"),
        SprigCall("get", [app, s("name")], prints: "web"),
        SprigCall("get", [app, s("nope")], prints: ""),
        SprigCall("set", [d(["a": i(1)]), s("b"), i(2)], prints: "map[a:1 b:2]"),
        SprigCall("set", [values, s("b"), i(2)], type: "map[string]interface {}"),
        SprigCall("unset", [d(["a": i(1), "b": i(2)]), s("a")], prints: "map[b:2]"),
        SprigCall("hasKey", [d(["a": .null]), s("a")], prints: "true"),
        SprigCall("hasKey", [d(["a": i(1)]), s("b")], prints: "false"),
        SprigCall("pluck", [s("name"), d(["name": s("a")]), d(["other": i(1)]), d(["name": s("b")])], prints: "[a b]"),
        SprigCall("pluck", [s("x"), d(["a": i(1)])], prints: "[]"),
        SprigCall("dig", [s("image"), s("repo"), s("default"), app], prints: "nginx"),
        SprigCall("dig", [s("image"), s("digest"), s("none"), app], prints: "none"),
        SprigCall("dig", [s("name"), s("x"), s("fallback"), app],
                  fails: "interface conversion: interface {} is string, not map[string]interface {}"),
        SprigCall("dig", [s("app"), s("name"), s("d"), values],
                  fails: "interface conversion: interface {} is common.Values, not map[string]interface {}"),
        SprigCall("dig", [s("x"), i(42), d([:])], type: "int"),
        SprigCall("dig", [s("a")], fails: "dig needs at least three arguments"),
        SprigCall("merge", [d(["a": i(1)]), d(["a": i(2), "b": i(2)]), d(["b": i(3), "c": i(3)])], prints: "map[a:1 b:2 c:3]"),
        SprigCall("merge", [d([:]), app, defaults],
                  prints: "map[image:map[pullPolicy:IfNotPresent repo:nginx tag:1.25] name:web ports:[80 443] replicas:1]"),
        SprigCall("merge", [d(["a": i(0), "b": s(""), "c": l(), "d": d([:])]), d(["a": i(5), "b": s("x"), "c": l(i(1)), "d": d(["z": i(1)])])],
                  prints: "map[a:5 b:x c:[1] d:map[z:1]]"),
        SprigCall("mergeOverwrite", [d(["a": i(1), "b": i(2)]), d(["b": i(3), "c": i(4)])], prints: "map[a:1 b:3 c:4]"),
        SprigCall("mergeOverwrite", [d([:]), defaults, app],
                  prints: "map[image:map[pullPolicy:IfNotPresent repo:nginx tag:1.25] name:web ports:[80 443] replicas:1]"),
        SprigCall("mergeOverwrite", [d(["a": s("x"), "b": i(5), "c": .bool(true)]), d(["a": s(""), "b": i(0), "c": .bool(false)])],
                  prints: "map[a: b:0 c:false]"),
        SprigCall("mergeOverwrite", [d(["l": l(i(1), i(2), i(3))]), d(["l": l(i(9))])], prints: "map[l:[9]]"),
        SprigCall("mergeOverwrite", [d(["a": i(1)]), d(["a": .null])], prints: "map[a:<nil>]"),
        SprigCall("keys", [d(["a": i(1)]), d(["a": i(2), "b": i(3)])], prints: "[a a b]"),
        SprigCall("keys", [d([:])], prints: "[]"),
        SprigCall("values", [d(["k": l(i(1), i(2))])], prints: "[[1 2]]"),
        SprigCall("pick", [d(["a": i(1), "b": i(2), "c": i(3)]), s("a"), s("c"), s("zzz")], prints: "map[a:1 c:3]"),
        SprigCall("omit", [d(["a": i(1), "b": i(2), "c": i(3)]), s("b"), s("zzz")], prints: "map[a:1 c:3]"),
        SprigCall("deepCopy", [i(5)], prints: "5"),
        SprigCall("mustDeepCopy", [.null], fails: "reflect: call of reflect.Value.Type on zero Value"),
        // defaults
        SprigCall("default", [s("d"), .null], prints: "d"),
        SprigCall("default", [s("d"), f(0)], prints: "d"),
        SprigCall("default", [s("d"), f(1)], prints: "1"),
        SprigCall("default", [s("d"), .bool(false)], prints: "d"),
        SprigCall("default", [.bool(true), .bool(false)], prints: "true"),
        SprigCall("default", [s("d")], prints: "d"),
        SprigCall("default", [i(3), .null], type: "int"),
        SprigCall("default", [i(1), i(2), i(3)], prints: "2"),
        SprigCall("empty", [s("0")], prints: "false"),
        SprigCall("empty", [d([:])], prints: "true"),
        SprigCall("coalesce", [i(0), s(""), s("x"), s("y")], prints: "x"),
        SprigCall("coalesce", [i(0), s(""), .null], prints: "<nil>"),
        SprigCall("coalesce", [l(), l(i(1))], prints: "[1]"),
        SprigCall("ternary", [s("yes"), s("no"), .bool(true)], prints: "yes"),
        SprigCall("ternary", [s("yes"), s("no"), .bool(false)], prints: "no"),
        SprigCall("all", [i(1), s(""), .bool(true)], prints: "false"),
        SprigCall("any", [i(0), s(""), s("x")], prints: "true"),
        SprigCall("any", [], prints: "false"),
        // reflection
        SprigCall("kindOf", [f(1)], prints: "float64"),
        SprigCall("kindOf", [values], prints: "map"),
        SprigCall("kindOf", [.null], prints: "invalid"),
        SprigCall("typeOf", [values], prints: "common.Values"),
        SprigCall("typeOf", [.null], prints: "<nil>"),
        SprigCall("typeIs", [s("int"), f(1)], prints: "false"),
        SprigCall("typeIs", [s("map[string]interface {}"), values], prints: "false"),
        SprigCall("typeIsLike", [s("int"), i(1)], prints: "true"),
        SprigCall("kindIs", [s("slice"), l()], prints: "true"),
        SprigCall("deepEqual", [l(i(1), i(2)), l(i(2), i(1))], prints: "false"),
        SprigCall("deepEqual", [d(["a": i(1), "b": l(i(1))]), d(["b": l(i(1)), "a": i(1)])], prints: "true"),
        SprigCall("deepEqual", [i(1), f(1)], prints: "false"),
        SprigCall("deepEqual", [i(2), .int64(2)], prints: "false"),
        SprigCall("deepEqual", [.null, .null], prints: "true"),
        // paths and urls
        SprigCall("base", [s("foo/bar/")], prints: "bar"),
        SprigCall("base", [s("")], prints: "."),
        SprigCall("base", [s("/")], prints: "/"),
        SprigCall("dir", [s("baz")], prints: "."),
        SprigCall("dir", [s("/baz")], prints: "/"),
        SprigCall("clean", [s("../../a/b/..")], prints: "../../a"),
        SprigCall("clean", [s("/../a//./b/")], prints: "/a/b"),
        SprigCall("ext", [s("archive.tar.gz")], prints: ".gz"),
        SprigCall("ext", [s("a.b/c")], prints: ""),
        SprigCall("isAbs", [s("")], prints: "false"),
        SprigCall("osDir", [s("/a/b/c.yaml")], prints: "/a/b"),
        SprigCall("osIsAbs", [s("/a")], prints: "true"),
        SprigCall("urlParse", [s("mailto:someone@example.com")],
                  prints: "map[fragment: host: hostname: opaque:someone@example.com path: query: scheme:mailto userinfo:]"),
        SprigCall("urlParse", [s("http://example.com:8080/path?q=v")],
                  prints: "map[fragment: host:example.com:8080 hostname:example.com opaque: path:/path query:q=v scheme:http userinfo:]"),
        SprigCall("urlParse", [s("http://h/a%20b?q=a%20b")],
                  prints: "map[fragment: host:h hostname:h opaque: path:/a b query:q=a%20b scheme:http userinfo:]"),
        SprigCall("urlJoin", [d(["scheme": s("https"), "userinfo": s("admin:secret"), "host": s("h")])], prints: "https://admin:secret@h"),
        SprigCall("urlJoin", [d(["host": s("example.com")])], prints: "//example.com"),
        SprigCall("urlJoin", [d(["scheme": s("http"), "host": s("h"), "path": s("/a b/c")])], prints: "http://h/a%20b/c"),
        SprigCall("urlJoin", [d(["scheme": s("https"), "userinfo": s("u"), "host": s("h.io:1"), "path": s("/p"), "query": s("q=1"), "fragment": s("f")])],
                  prints: "https://u@h.io:1/p?q=1#f"),
        SprigCall("urlJoin", [d(["host": i(1)])], fails: "unable to parse host key, must be of type string, but int found"),
        SprigCall("getHostByName", [s("example.com")], prints: ""),
        SprigCall("lookup", [s("v1"), s("Pod"), s("default"), s("x")], prints: "map[]"),
    ]

    @Test(arguments: cases) func call(_ c: SprigCall) { c.check() }

    @Test func helmRemovesEnvFunctions() {
        #expect(Functions.table["env"] == nil)
        #expect(Functions.table["expandenv"] == nil)
    }
}
