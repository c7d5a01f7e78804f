import Foundation
import Testing
@testable import ChartRender

/// Builds a chart directory under a fresh temporary folder from path -> text.
func makeChartDir(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("chartr-test-\(UUID().uuidString)")
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return root.path
}

/// Chart.yaml texts are JSON, which every YAML reader accepts.
let chartYAML = #"{"apiVersion": "v2", "name": "demo", "version": "1.0.0"}"#

@Suite struct ChartLoaderTests {
    @Test func loadsTemplatesFilesValuesAndSubcharts() throws {
        let dir = try makeChartDir([
            "Chart.yaml": chartYAML,
            "values.yaml": #"{"a": 1}"#,
            "templates/b.yaml": "b", "templates/a.yaml": "a", "templates/.hidden": "x",
            "files/conf.txt": "c", "crds/crd.yaml": "crd", "README.md": "r",
            "charts/sub/Chart.yaml": #"{"apiVersion": "v2", "name": "sub", "version": "0.1.0"}"#,
            "charts/sub/templates/s.yaml": "s",
            "charts/_skipped/Chart.yaml": "{}",
        ])
        let c = try ChartLoader.load(path: dir)
        #expect(c.name == "demo")
        #expect(c.templates.map(\.path) == ["templates/a.yaml", "templates/b.yaml"])
        #expect(c.files.map(\.path) == ["README.md", "crds/crd.yaml", "files/conf.txt"])
        #expect(c.crdFiles.map(\.path) == ["crds/crd.yaml"])
        #expect(c.values["a"]?.goType == .float64)
        #expect(c.dependencies.map(\.name) == ["sub"])
        #expect(c.dependencies.first?.fullPath == "demo/charts/sub")
    }

    @Test func helmIgnoreRules() throws {
        let dir = try makeChartDir([
            "Chart.yaml": chartYAML,
            ".helmignore": "# comment\n*.bak\n/top.txt\nci/\ntemplates/skip-*.yaml\n",
            "a.bak": "x", "nested/b.bak": "x", "top.txt": "x", "nested/top.txt": "y",
            "ci/values.yaml": "x", "templates/skip-1.yaml": "x", "templates/keep.yaml": "k",
        ])
        let c = try ChartLoader.load(path: dir)
        #expect(c.templates.map(\.path) == ["templates/keep.yaml"])
        #expect(c.files.map(\.path) == [".helmignore", "nested/top.txt"])
    }

    @Test(arguments: [
        ("*.txt", "a.txt", true), ("*.txt", "dir/a.txt", false), ("a/*/c", "a/b/c", true),
        ("[a-c]x", "bx", true), ("[^a-c]x", "bx", false), ("a?c", "a/c", false), ("\\*", "*", true),
    ])
    func pathMatch(_ pattern: String, _ name: String, _ expected: Bool) {
        #expect(GoPathMatch.matches(pattern, name) == expected)
    }

    @Test(arguments: [
        ([String: String](), "Chart.yaml file is missing"),
        (["Chart.yaml": #"{"apiVersion": "v2", "name": "x"}"#], "validation: chart.metadata.version is required"),
        (["Chart.yaml": #"{"apiVersion": "v2", "version": "1.0.0"}"#], "validation: chart.metadata.name is required"),
        (["Chart.yaml": #"{"apiVersion": "v2", "name": "x", "version": "abc"}"#], #"validation: chart.metadata.version "abc" is invalid"#),
        (["Chart.yaml": #"{"apiVersion": "v2", "name": "a/b", "version": "1.0.0"}"#], #"validation: chart.metadata.name "a/b" is invalid"#),
        (["Chart.yaml": #"{"apiVersion": "v2", "name": "x", "version": "1.0.0", "type": "foo"}"#], "validation: chart.metadata.type must be application or library"),
        (["Chart.yaml": chartYAML, ".helmignore": "a/**\n"], "double-star (**) syntax is not supported"),
        (["Chart.yaml": #"{"apiVersion": "v2", "name": "x", "version": "1.0.0", "dependencies": [null]}"#],
         "validation: dependencies must not contain empty or null nodes"),
        (["Chart.yaml": #"{"apiVersion": "v2", "name": "x", "version": "1.0.0", "keywords": 5}"#],
         "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go struct field Metadata.keywords of type []string"),
        (["Chart.yaml": #"{"apiVersion": "v2", "name": "x", "version": "1.0.0", "maintainers": [{"name": {"a": 1}}]}"#],
         "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go struct field Maintainer.maintainers.name of type string"),
        (["Chart.yaml": #"{"apiVersion": "v2", "name": "x", "version": "1.0.0", "dependencies": [{"name": "a", "enabled": "yes"}]}"#],
         "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Dependency.dependencies.enabled of type bool"),
        (["Chart.yaml": chartYAML, "charts/README.md": "x"], "error unpacking subchart README.md in demo: Chart.yaml file is missing"),
    ])
    func loadErrors(_ files: [String: String], _ message: String) throws {
        let dir = try makeChartDir(files.merging(["keep": ""]) { a, _ in a })
        #expect(throws: ChartFailure.self) { try ChartLoader.load(path: dir) }
        do { _ = try ChartLoader.load(path: dir) } catch let e as ChartFailure { #expect(e.message == message) }
    }

    @Test(arguments: [
        ("1.2.3", true), ("v1.2", true), ("1", true), ("1.2.3-rc.1+meta", true), ("abc", false), ("1.2.3.4", false), ("", false),
        // Masterminds refuses these (Helm: `chart.metadata.version "…" is invalid`, checked with the oracle).
        ("1.2.3-01", false), ("99999999999999999999.0.0", false), ("V1.2.3", false),
    ])
    func semverAcceptance(_ v: String, _ ok: Bool) {
        #expect(ChartMetadata.isValidSemver(v) == ok)
    }

    @Test(arguments: [
        (">= 1.22.0-0", "v1.21.0", false), (">= 1.22.0-0", "v1.36.0", true), ("~1.2", "1.2.9", true), ("~1.2", "1.3.0", false),
        ("^0.2.3", "0.2.9", true), ("^0.2.3", "0.3.0", false), ("1.x", "1.9.9", true), ("<1.20 || >=1.25", "1.30.0", true),
        (">=1.0.0, <2.0.0", "2.0.0", false), ("*", "3.1.4", true), (">1.2", "1.2.9", false), ("<=1.2", "1.2.9", true),
        // Only a lowercase `v` prefix (Helm: "chart requires kubeVersion: V1.2 which is incompatible …").
        ("V1.2", "v1.2.3", false), ("~1.2", "V1.2.3", false), ("v1.2", "v1.2.3", true),
    ])
    func versionConstraints(_ c: String, _ v: String, _ ok: Bool) {
        #expect(VersionConstraint.isCompatible(c, v) == ok)
    }

    @Test func gzipTarArchive() throws {
        // A .tgz holding chart/Chart.yaml and chart/templates/t.yaml, made with Python's tarfile.
        let b64 = "H4sIAGmBBmsC/+3UvQ6CMBSGYWavgnQ2UJBA4srs6t4gaiN/gUpijPcuZSFhcYJEfZ+hpz1p0qH9ml1Va/zUjt5DlYWzADmIo2isg3mVMgmmue0HMhlarnRWcO+Maofjnf/0FKrRx7ztdF2JvSv6UGxdUakyt6vMvgvb6KcdgSc9KV4OfsF4w77Jy6ZQJu/8JX6Bj/kP5Sz/YRDvyP8abro67d20rs76clDNhkQAAAAAAAAAAAAAAAB8lze0Me4BACgAAA=="
        guard let data = Data(base64Encoded: b64) else { Issue.record("bad fixture"); return }
        let files = try Tar.files(try Gzip.inflate([UInt8](data)))
        #expect(files.map(\.path).contains("chart/Chart.yaml"))
        let c = try ChartLoader.loadArchive([UInt8](data))
        #expect(c.name == "chart")
        #expect(c.templates.map(\.path) == ["templates/t.yaml"])
    }
}
