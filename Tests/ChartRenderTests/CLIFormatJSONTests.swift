import Foundation
import Testing
@testable import ChartRender
@testable import ChartrCLI

/// `chartr render --format json`: every rendered template (NOTES.txt included, partials
/// excluded) as the engine returned it, before documents are split, sorted or parsed as
/// YAML, so tools can read what a template printed even when it is not a manifest.
/// Run in-process through `CLI.run`.
@Suite struct CLIFormatJSONTests {
    /// The JSON object `--format json` printed, as path -> text.
    static func object(_ outcome: CLI.Outcome) -> [String: String]? {
        guard case .map(let m, _)? = try? JSON.decode(outcome.stdout) else { return nil }
        var out: [String: String] = [:]
        for (k, v) in m {
            guard let s = v.stringValue else { return nil }
            out[k] = s
        }
        return out
    }

    static func chart(_ templates: [String: String]) throws -> String {
        var files = ["Chart.yaml": "apiVersion: v2\nname: j\nversion: 0.1.0\n"]
        for (k, v) in templates { files["templates/" + k] = v }
        return try makeChartDir(files)
    }

    @Test func jsonHoldsEveryRenderedFile() throws {
        var chart = CLIRenderTests.chart
        chart["templates/_helpers.tpl"] = "{{ define \"x\" }}x{{ end }}"
        let dir = try makeChartDir(chart)
        let r = runCLI(["render", dir, "--format", "json"])
        #expect(r.code == 0)
        let m = try #require(Self.object(r))
        #expect(m.keys.sorted() == ["j1/charts/sub/templates/s.yaml", "j1/templates/NOTES.txt", "j1/templates/d.yaml", "j1/templates/hook.yaml"])
        #expect(m["j1/templates/NOTES.txt"] == "Thanks release-name\n")
        #expect(r.stderr.isEmpty)
    }

    /// Texts that are not manifests are printed as they are; the text renderer would
    /// fail on each of them (a scalar or broken YAML is not a Kubernetes object).
    @Test(arguments: [
        ("{{ add 1 2 }}", "3"),
        ("{{ true }}", "true"),
        ("{\"a\": [1, {{ \"2\" }}", "{\"a\": [1, 2"),
        ("a: b: c\n", "a: b: c\n"),
        ("kind: A\n---\n3\n---\n\tx", "kind: A\n---\n3\n---\n\tx"),
        ("", ""),
    ])
    func nonManifestTextIsPrintedUnparsed(_ template: String, _ text: String) throws {
        let dir = try Self.chart(["t.yaml": template])
        let r = runCLI(["render", dir, "--format", "json"])
        #expect(r.code == 0, "stderr: \(r.stderrText)")
        #expect(r.stderr.isEmpty)
        let m = try #require(Self.object(r))
        #expect(m == ["j/templates/t.yaml": text])
    }

    /// The same chart in text mode fails on the scalar document: the difference is the point.
    @Test func textModeStillParsesManifests() throws {
        let dir = try Self.chart(["t.yaml": "{{ add 1 2 }}"])
        #expect(runCLI(["render", dir]).code == 1)
    }

    /// Go's encoding/json: sorted keys, `<>&` escaped, a byte that is not UTF-8 as U+FFFD.
    @Test func encodingIsGoJSON() throws {
        let dir = try Self.chart(["b.yaml": "{{ \"<&>\" }}", "a.yaml": "x{{ \"\\xff\" }}y"])
        let r = runCLI(["render", dir, "--format", "json"])
        #expect(r.code == 0)
        expectSameBytes(r.stdout, Array(#"{"j/templates/a.yaml":"x\ufffdy","j/templates/b.yaml":"\u003c\u0026\u003e"}"#.utf8) + [0x0A],
                        "stdout")
    }

    /// Errors keep the wording of the text renderer.
    @Test(arguments: [
        ["t.yaml": "{{ fail \"boom\" }}"],
        ["t.yaml": "{{ .Values.a.b }}"],
        ["t.yaml": "{{ if }}"],
    ])
    func errorsAreWordedAsInTextMode(_ templates: [String: String]) throws {
        let dir = try Self.chart(templates)
        let json = runCLI(["render", dir, "--format", "json"])
        let text = runCLI(["render", dir])
        #expect(json.code == 1)
        #expect(json.stdout.isEmpty)
        expectSameBytes(json.stderr, text.stderr, "stderr")
        #expect(json.stderrText.hasPrefix("Error: "))
    }

    @Test func unknownFormatIsRejected() throws {
        let r = runCLI(["render", "x", "--format", "yaml"])
        #expect(r.code == 1)
        #expect(r.stderrText == "Error: invalid argument \"yaml\" for \"--format\" flag: must be json or text\n")
    }
}
