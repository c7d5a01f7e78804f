import Testing
@testable import ChartRender

/// The `path` port against rows of Go's own tests (`path/path_test.go`).
struct GoPathTests {
    static let cleanCases: [(String, String)] = [
        ("", "."), ("abc", "abc"), ("abc/def", "abc/def"), (".", "."), ("..", ".."), ("../..", "../.."),
        ("../../abc", "../../abc"), ("/abc", "/abc"), ("/", "/"), ("abc/", "abc"), ("/abc/", "/abc"),
        ("//abc", "/abc"), ("///abc", "/abc"), ("//abc//", "/abc"), ("abc//def//ghi", "abc/def/ghi"),
        ("abc/./def", "abc/def"), ("/./abc/def", "/abc/def"), ("abc/.", "abc"),
        ("abc/def/ghi/../jkl", "abc/def/jkl"), ("abc/def/../ghi/../jkl", "abc/jkl"), ("abc/def/..", "abc"),
        ("abc/def/../..", "."), ("/abc/def/../..", "/"), ("abc/def/../../..", ".."), ("/abc/def/../../..", "/"),
        ("abc/def/../../../ghi/jkl/../../../mno", "../../mno"), ("abc/./../def", "def"),
        ("abc//./../def", "def"), ("abc/../../././../def", "../../def"),
    ]

    @Test(arguments: cleanCases) func clean(_ input: String, _ want: String) {
        #expect(GoPath.clean(input) == want)
        #expect(GoPath.clean(want) == want)
    }

    static let baseDirExtCases: [(String, String, String, String)] = [
        // path, Base, Dir, Ext
        ("", ".", ".", ""), (".", ".", ".", "."), ("/.", ".", "/", "."), ("/", "/", "/", ""),
        ("////", "/", "/", ""), ("/foo", "foo", "/", ""), ("x/", "x", "x", ""), ("abc", "abc", ".", ""),
        ("abc/def", "def", "abc", ""), ("abc////def", "def", "abc", ""), ("a/b/.x", ".x", "a/b", ".x"),
        ("a/b/c.", "c.", "a/b", "."), ("a/b/c.x", "c.x", "a/b", ".x"), ("path.pb.go", "path.pb.go", ".", ".go"),
        ("a.dir/b", "b", "a.dir", ""), ("a.dir/", "a.dir", "a.dir", ""),
    ]

    @Test(arguments: baseDirExtCases) func baseDirExt(_ c: (String, String, String, String)) {
        #expect(GoPath.base(c.0) == c.1)
        #expect(GoPath.dir(c.0) == c.2)
        #expect(GoPath.ext(c.0) == c.3)
    }

    @Test func joinAndIsAbs() {
        #expect(GoPath.join() == "")
        #expect(GoPath.join("", "") == "")
        #expect(GoPath.join("a", "b") == "a/b")
        #expect(GoPath.join("a", "") == "a")
        #expect(GoPath.join("", "b") == "b")
        #expect(GoPath.join("/", "a") == "/a")
        #expect(GoPath.join("/", "") == "/")
        #expect(GoPath.join("a/", "b") == "a/b")
        #expect(GoPath.join("out/", "rel") == "out/rel")
        #expect(GoPath.isAbs("/a") && !GoPath.isAbs("a") && !GoPath.isAbs(""))
    }
}
