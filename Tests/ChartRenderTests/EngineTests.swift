import Testing
@testable import ChartRender

/// Helm's engine around the template language: template naming and parse order,
/// scopes of parent and subcharts, partials, `<no value>` removal, `include`/`tpl`,
/// Helm's error shapes and the built-in objects. Expected texts checked against the
/// oracle (Helm 4.2.3).
struct EngineTests {
    static func chart(_ name: String, templates: [String: String], files: [String: String] = [:],
                      deps: [Chart] = [], raw: [String: Value] = [:]) -> Chart {
        var r = raw
        r["name"] = .string(name)
        r["version"] = .string("0.1.0")
        r["apiVersion"] = .string("v2")
        let md = ChartMetadata(name: name, version: "0.1.0", raw: r)
        let t = templates.map { ChartFile(path: $0.key, data: Array($0.value.utf8)) }
        let f = files.map { ChartFile(path: $0.key, data: Array($0.value.utf8)) }
        let c = Chart(metadata: md, templates: t, files: f, dependencies: deps)
        for d in deps { d.parent = c }
        return c
    }

    static func render(_ c: Chart, values: [String: Value] = [:]) -> Result<[String: String], RenderError> {
        do {
            return .success(try Engine.render(chart: c, values: values, release: ReleaseInfo(),
                                              capabilities: Capabilities()))
        } catch let e as RenderError {
            return .failure(e)
        } catch {
            return .failure(RenderError(message: "\(error)"))
        }
    }

    static func output(_ c: Chart, _ path: String, values: [String: Value] = [:]) -> String {
        switch render(c, values: values) {
        case .success(let m): return m[path] ?? "<missing \(path)>"
        case .failure(let e): return "ERR " + e.message
        }
    }

    @Test func namesPartialsAndNoValue() {
        let c = Self.chart("app", templates: [
            "templates/a.yaml": "a={{ .Values.x }}[{{ .Values.missing }}]<no value>",
            "templates/_h.tpl": "{{ define \"h\" }}H{{ end }}",
            "templates/NOTES.txt": "notes {{ include \"h\" . }}",
        ])
        guard case .success(let m) = Self.render(c, values: ["x": .float64(1)]) else {
            Issue.record("render failed")
            return
        }
        #expect(m["app/templates/a.yaml"] == "a=1[]")
        #expect(m["app/templates/NOTES.txt"] == "notes H")
        #expect(m["app/templates/_h.tpl"] == nil)
    }

    @Test func laterFileInHelmOrderOverridesDefine() {
        // Same directory: reverse lexical order, so `_helpers.tpl` is parsed after `case.yaml`.
        let c = Self.chart("app", templates: [
            "templates/case.yaml": "{{ define \"d\" }}case{{ end }}{{ template \"d\" }}",
            "templates/_helpers.tpl": "{{ define \"d\" }}helpers{{ end }}",
        ])
        #expect(Self.output(c, "app/templates/case.yaml") == "helpers")
    }

    @Test func subchartScopeAndPaths() {
        let sub = Self.chart("sub", templates: ["templates/s.yaml": "{{ .Values.v }} {{ .Chart.Name }} {{ .Template.Name }} {{ .Chart.IsRoot }}"])
        let c = Self.chart("app", templates: ["templates/a.yaml": "{{ .Values.sub.v }} {{ .Chart.IsRoot }}"], deps: [sub])
        let values: [String: Value] = ["sub": .map(["v": .string("in-sub")])]
        #expect(Self.output(c, "app/charts/sub/templates/s.yaml", values: values) == "in-sub sub app/charts/sub/templates/s.yaml false")
        #expect(Self.output(c, "app/templates/a.yaml", values: values) == "in-sub true")
    }

    @Test func helmErrorShapes() {
        let failing = Self.chart("app", templates: ["templates/a.yaml": "x\n  {{ fail \"boom\" }}"])
        #expect(Self.output(failing, "app/templates/a.yaml") == "ERR execution error at (app/templates/a.yaml:2:5): boom")
        let nilPtr = Self.chart("app", templates: ["templates/a.yaml": "{{ .Values.a.b }}"])
        #expect(Self.output(nilPtr, "app/templates/a.yaml") ==
            "ERR app/templates/a.yaml:1:10\n  executing \"app/templates/a.yaml\" at <.Values.a.b>:\n    nil pointer evaluating interface {}.b")
        let parse = Self.chart("app", templates: ["templates/a.yaml": "{{ if }}"])
        #expect(Self.output(parse, "app/templates/a.yaml") == "ERR parse error at (app/templates/a.yaml:1): missing value for if")
        let missing = Self.chart("app", templates: ["templates/a.yaml": "{{ include \"nope\" . }}"])
        #expect(Self.output(missing, "app/templates/a.yaml") ==
            "ERR app/templates/a.yaml:1:3\n  executing \"app/templates/a.yaml\" at <include \"nope\" .>:\n    error calling include:\ntemplate: no template \"nope\" associated with template \"gotpl\"")
    }

    @Test func valuesChangesReachLaterTemplatesAndIncludeCallers() {
        guard Functions.table["set"] != nil else {
            print("Sprig's set not available yet; skipping")
            return
        }
        // Helm renders `b.yaml` before `a.yaml` (reverse lexical order); both share `.Values`.
        let c = Self.chart("app", templates: [
            "templates/b.yaml": "{{ $_ := set .Values \"added\" \"yes\" }}",
            "templates/a.yaml": "{{ include \"mut\" . }}{{ .Values.added }}/{{ .flag }}",
            "templates/_h.tpl": "{{ define \"mut\" }}{{ $_ := set . \"flag\" \"on\" }}{{ end }}",
        ])
        #expect(Self.output(c, "app/templates/a.yaml") == "yes/on")
    }

    @Test func defaultAndIndexResultsStayShared() {
        guard Functions.table["set"] != nil, Functions.table["default"] != nil else {
            print("Sprig's set/default not available yet; skipping")
            return
        }
        let c = Self.chart("app", templates: [
            "templates/a.yaml": "{{ $m := .Values.m | default dict }}{{ $_ := set $m \"k\" 1 }}{{ $n := index .Values \"n\" }}{{ $_ := set $n \"j\" 2 }}{{ .Values.m.k }}{{ .Values.n.j }}",
        ])
        let values: [String: Value] = ["m": .map(["a": .string("x")]), "n": .map(["b": .string("y")])]
        #expect(Self.output(c, "app/templates/a.yaml", values: values) == "12")
    }

    @Test func subchartValuesAreTheParentsMap() {
        guard Functions.table["set"] != nil else {
            print("Sprig's set not available yet; skipping")
            return
        }
        // Subchart templates render first; their `.Values` is the parent's `.Values.sub`.
        let sub = Self.chart("sub", templates: ["templates/s.yaml": "{{ $_ := set .Values \"z\" 1 }}"])
        let c = Self.chart("app", templates: ["templates/a.yaml": "{{ .Values.sub.z }}"], deps: [sub])
        #expect(Self.output(c, "app/templates/a.yaml", values: ["sub": .map([:])]) == "1")
    }

    @Test func includeRecursionStopsAtHelmLimit() {
        let c = Self.chart("app", templates: ["templates/a.yaml": "{{ define \"x\" }}{{ include \"x\" . }}{{ end }}{{ include \"x\" . }}"])
        let out = Self.output(c, "app/templates/a.yaml")
        #expect(out.hasSuffix("error calling include: rendering template has a nested reference name: x: unable to execute template"))
        #expect(out.components(separatedBy: "executing \"x\"").count - 1 == 1001)
    }

    @Test func tplParsesIntoTheSet() {
        let c = Self.chart("app", templates: [
            "templates/a.yaml": "{{ tpl \"{{ define \\\"t\\\" }}T{{ end }}{{ include \\\"t\\\" . }}-{{ .Values.x }}\" . }}",
        ])
        #expect(Self.output(c, "app/templates/a.yaml", values: ["x": .string("v")]) == "T-v")
    }

    @Test func builtInObjects() {
        let c = Self.chart("app", templates: [
            "templates/a.yaml": "{{ .Release.Name }} {{ .Release.Revision }} {{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Minor }} {{ .Capabilities.APIVersions.Has \"apps/v1\" }} {{ .Files.Get \"f/a.txt\" }} {{ range $k, $_ := .Files.Glob \"f/*\" }}{{ $k }}{{ end }} {{ .Files.Lines \"f/a.txt\" }} {{ .Template.BasePath }}",
        ], files: ["f/a.txt": "one\ntwo\n", "f/sub/b.txt": "b"])
        #expect(Self.output(c, "app/templates/a.yaml") == "release-name 1 v1.36.0 36 true one\ntwo\n f/a.txt [one two] app/templates")
    }

    @Test func defaultAPIVersionsAreHelms() {
        #expect(Capabilities.defaultAPIVersions.count == 55)
        #expect(Capabilities.defaultAPIVersions.first == "v1")
        #expect(Set(Capabilities.defaultAPIVersions).count == 55)
    }

    @Test(arguments: [
        ("files/*", "files/a.txt", true), ("files/*", "files/sub/c.conf", false), ("files/**", "files/sub/c.conf", true),
        ("**.txt", "config/lines.txt", true), ("*.{txt,conf}", "a.conf", true), ("[ab].txt", "c.txt", false),
        ("f?le", "file", true), ("f?le", "f/le", false),
        // gobwas/glob v0.2.3 as Helm 4.2.3 runs it (each row checked against the oracle):
        // an unclosed `{` ends with the pattern, classes include `/`, a pattern that does
        // not compile matches everything, a group of empty alternatives matches nothing.
        ("{f.txt,c", "f.txt", true), ("{{f.txt}", "f.txt", true), ("a[/]b.txt", "a/b.txt", true),
        ("[!/]/b.txt", "a/b.txt", true), ("[]f.txt", "c.yaml", true), ("[f-a].txt", "c.yaml", true),
        ("[a-]", "a/b.txt", true), ("c.yaml\\", "c.yaml", true), ("{}f.txt", "f.txt", false),
        ("f{,}.txt", "f.txt", false), ("{f.txt,}", "f.txt", true), ("[^f].txt", "f.txt", true),
        ("f.txt}", "f.txt", false), ("a?b.txt", "a/b.txt", false), ("a/**b.txt", "a/b.txt", true),
    ])
    func filesGlob(_ c: (String, String, Bool)) {
        #expect(FilesGlob(c.0).matches(c.1) == c.2)
    }
}
