import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One hostile input (issue 6): a chart, values file, archive or flag built in a temp dir,
/// run through the `chartr` binary with a 5 s limit. The expectation is Helm v4.2.3's
/// output, error text and exit code (recorded with `../shared/oracle/helm-template`);
/// where Helm itself hangs or reaches the network, chartr's documented answer
/// (docs/LIMITS.md). `DIR` in an expectation stands for the case's temp dir.
struct HostileCase: CustomTestStringConvertible, Sendable {
    let name: String
    /// Writes the input under the temp dir and returns chartr's arguments after `render`.
    let build: @Sendable (URL) throws -> [String]
    let stdout: String?
    let stderr: Expectation
    let status: Int32
    var testDescription: String { name }

    /// What stderr must be.
    enum Expectation: Sendable {
        case exact(String)
        case prefix(String)
        /// Status 1 with some `Error: ` message (no Helm text to copy: Helm hangs there).
        case anyError
    }

    init(_ name: String, stdout: String? = nil, stderr: Expectation, status: Int32 = 1,
         build: @escaping @Sendable (URL) throws -> [String]) {
        self.name = name
        self.build = build
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }

    static func error(_ text: String) -> Expectation { .exact("Error: " + text + "\n") }
    static func renderError(_ text: String) -> Expectation {
        .exact("Error: " + text + "\n\nUse --debug flag to render out invalid YAML\n")
    }

    static let chartYAML = Array("apiVersion: v2\nname: c\nversion: 0.1.0\n".utf8)

    /// A chart whose only template is `template`.
    static func template(_ template: [UInt8], extra: [String: [UInt8]] = [:]) -> @Sendable (URL) throws -> [String] {
        { dir in
            var files = extra
            files["templates/t.yaml"] = template
            return [try writeHostileChart(dir, files: files).path]
        }
    }

    /// A chart archive `c.tgz` built from `members`.
    static func archive(_ members: [HostileArchive.Member]) -> @Sendable (URL) throws -> [String] {
        { dir in
            let url = dir.appendingPathComponent("c.tgz")
            try Data(HostileArchive.gzip(HostileArchive.tar(members))).write(to: url)
            return [url.path]
        }
    }

    /// YAML aliases nested `levels` deep, nine references each (9^levels strings).
    static func billionLaughs(levels: Int = 9) -> [UInt8] {
        var s = "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for i in 1...levels {
            s += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]\n"
        }
        return Array(s.utf8)
    }

    static let plain = Array("x: 1\n".utf8)

    static let all: [HostileCase] = values + templates + setFlags + archives + paths + schemas

    // MARK: values files and YAML (go-yaml / sigs.k8s.io/yaml limits)

    static let values: [HostileCase] = [
        HostileCase("values: billion laughs in -f file",
                    stderr: error("failed to parse DIR/bomb.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: document contains excessive aliasing")) { dir in
            try writeHostileChart(dir, files: ["templates/t.yaml": plain])
            try Data(billionLaughs()).write(to: dir.appendingPathComponent("bomb.yaml"))
            return [dir.appendingPathComponent("c").path, "-f", dir.appendingPathComponent("bomb.yaml").path]
        },
        HostileCase("values: billion laughs in chart values.yaml",
                    stderr: error("cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: document contains excessive aliasing"),
                    build: template(plain, extra: ["values.yaml": billionLaughs()])),
        HostileCase("values: 100000-deep flow nesting",
                    stderr: error("cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: exceeded max depth of 10000"),
                    build: template(plain, extra: ["values.yaml": Array(("a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n").utf8)])),
        HostileCase("values: chart file over 5 MiB (Helm names the base name)",
                    stderr: error("chart file \"big.bin\" is larger than the maximum file size 5242880"),
                    build: template(plain, extra: ["files/big.bin": [UInt8](repeating: 0, count: 5 * 1024 * 1024 + 1)])),
        // Helm reads devices and pipes until end of file: /dev/zero never ends. chartr reads
        // them as bounded streams (ValueOptions.streamLimit), so /dev/null and -f <(cmd) work.
        HostileCase("values: -f /dev/zero", stderr: error("read /dev/zero: file too large")) { dir in
            [try writeHostileChart(dir, files: ["templates/t.yaml": plain]).path, "-f", "/dev/zero"]
        },
        HostileCase("values: --set-file a=/dev/zero",
                    stderr: error("failed parsing --set-file data: read /dev/zero: file too large")) { dir in
            [try writeHostileChart(dir, files: ["templates/t.yaml": plain]).path, "--set-file", "a=/dev/zero"]
        },
        HostileCase("values: -f /dev/null is empty values", stderr: .exact(""), status: 0) { dir in
            [try writeHostileChart(dir, files: ["templates/t.yaml": plain]).path, "-f", "/dev/null"]
        },
        // A FIFO nobody writes to reads as empty at once (Helm waits for a writer forever).
        HostileCase("values: -f FIFO without a writer", stderr: .exact(""), status: 0) { dir in
            let chart = try writeHostileChart(dir, files: ["templates/t.yaml": plain])
            let fifo = dir.appendingPathComponent("v.yaml").path
            guard mkfifo(fifo, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
            return [chart.path, "-f", fifo]
        },
    ]

    // MARK: templates (text/template and Helm engine limits)

    static let includeRecursion: String = {
        let head = "Error: template: c/templates/t.yaml:1:47: executing \"c/templates/t.yaml\" at <include \"x\" .>: error calling include: "
        let step = "template: c/templates/t.yaml:1:19: executing \"x\" at <include \"x\" .>: error calling include: "
        return head + String(repeating: step, count: 1001)
            + "rendering template has a nested reference name: x: unable to execute template\n\nUse --debug flag to render out invalid YAML\n"
    }()

    static let tplRecursion: String = {
        let head = "Error: template: c/templates/t.yaml:1:63: executing \"c/templates/t.yaml\" at <include \"x\" .>: error calling include: "
        let step = "template: c/templates/t.yaml:1:19: executing \"x\" at <tpl \"{{ include \\\"x\\\" . }}\" .>: error calling tpl: "
            + "error during tpl function execution for \"{{ include \\\"x\\\" . }}\": template: gotpl:1:3: executing \"gotpl\" at <include \"x\" .>: error calling include: "
        return head + String(repeating: step, count: 1001)
            + "rendering template has a nested reference name: x: unable to execute template\n\nUse --debug flag to render out invalid YAML\n"
    }()

    static let yamlHeadError = "YAML parse error on c/templates/t.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type util.SimpleHead"

    static let templates: [HostileCase] = [
        // Go parses 100000 nested ifs (its stack grows, Helm then fails on the YAML head);
        // issue 6 asks for a bounded parser nesting depth with a clear parse error instead.
        HostileCase("template: 100000-deep nested if",
                    stderr: renderError("parse error at (c/templates/t.yaml:1): max control nesting depth exceeded (over 10000 levels of {{if}}/{{with}}/{{range}}/{{block}} and expressions)"),
                    build: template(Array((String(repeating: "{{ if 1 }}", count: 100_000) + "x" + String(repeating: "{{ end }}", count: 100_000)).utf8))),
        HostileCase("template: 100000-deep parentheses",
                    stderr: renderError("parse error at (c/templates/t.yaml:1): max expression depth exceeded"),
                    build: template(Array(("{{ " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + " }}").utf8))),
        HostileCase("template: include recursion (Helm's 1000 per name)", stderr: .exact(includeRecursion),
                    build: template(Array("{{ define \"x\" }}{{ include \"x\" . }}{{ end }}{{ include \"x\" . }}".utf8))),
        HostileCase("template: tpl/include recursion", stderr: .exact(tplRecursion),
                    build: template(Array("{{ define \"x\" }}{{ tpl \"{{ include \\\"x\\\" . }}\" . }}{{ end }}{{ include \"x\" . }}".utf8))),
        HostileCase("template: {{template}} recursion (Go's maxExecDepth)",
                    stderr: .exact("Error: c/templates/t.yaml:1:28\n  executing \"x\" at <{{template \"x\" .}}>:\n    exceeded maximum template depth (100000)\n\nUse --debug flag to render out invalid YAML\n"),
                    build: template(Array("{{ define \"x\" }}{{ template \"x\" . }}{{ end }}{{ template \"x\" . }}".utf8))),
        HostileCase("template: invalid UTF-8",
                    stderr: renderError("YAML parse error on c/templates/t.yaml: error converting YAML to JSON: yaml: invalid leading UTF-8 octet"),
                    build: template([0x61, 0x3A, 0x20, 0xFF, 0xFE] + Array("{{ .Release.Name }}\n".utf8))),
        HostileCase("template: NUL byte",
                    stderr: renderError("YAML parse error on c/templates/t.yaml: error converting YAML to JSON: yaml: control characters are not allowed"),
                    build: template(Array("a: x\u{0}y\n".utf8))),
        HostileCase("template: binary file",
                    stderr: renderError("YAML parse error on c/templates/t.yaml: error converting YAML to JSON: yaml: control characters are not allowed"),
                    build: template((0..<1024).map { UInt8($0 % 256) })),
        HostileCase("template: CRLF line ends", stdout: "---\n# Source: c/templates/t.yaml\na: 1\r\nb: release-name\n",
                    stderr: .exact(""), status: 0, build: template(Array("a: 1\r\nb: {{ .Release.Name }}\r\n".utf8))),
        HostileCase("template: empty file", stdout: "\n", stderr: .exact(""), status: 0, build: template([])),
        HostileCase("template: .Files.Get outside the chart", stdout: "---\n# Source: c/templates/t.yaml\na: \"\"\nb: \"\"\n",
                    stderr: .exact(""), status: 0,
                    build: template(Array("a: {{ .Files.Get \"../../../../etc/hostname\" | quote }}\nb: {{ .Files.Get \"/etc/hostname\" | quote }}\n".utf8))),
        HostileCase("template: no network for getHostByName", stdout: "---\n# Source: c/templates/t.yaml\na: \"\"\n",
                    stderr: .exact(""), status: 0, build: template(Array("a: {{ getHostByName \"example.invalid\" | quote }}\n".utf8))),
        HostileCase("template: no cluster for lookup", stdout: "---\n# Source: c/templates/t.yaml\na: {}\n",
                    stderr: .exact(""), status: 0,
                    build: template(Array("a: {{ lookup \"v1\" \"Secret\" \"kube-system\" \"\" | toJson }}\n".utf8))),
        // include cycle through 300 names: each name stays under Helm's 1000, the chain reaches
        // 300000 levels. Helm dies (Go stack overflow); chartr must stop with an error, fast.
        HostileCase("template: include cycle through 300 names", stderr: .anyError,
                    build: template(Array(((0..<300).map { "{{ define \"x\($0)\" }}{{ include \"x\(($0 + 1) % 300)\" . }}{{ end }}" }.joined()
                                           + "{{ include \"x0\" . }}").utf8))),
        // Helm tries to allocate 16 GB here; chartr refuses at once.
        HostileCase("template: until 2000000000",
                    stderr: renderError("template: c/templates/t.yaml:1:8: executing \"c/templates/t.yaml\" at <until 2000000000>: error calling until: runtime: out of memory"),
                    build: template(Array("{{ len (until 2000000000) }}".utf8))),
        // 2 GB of output: Helm grows until killed. chartr must stop with an error, in bounded memory.
        HostileCase("template: 2 GB rendered output", stderr: .anyError,
                    build: template(Array("{{ repeat 100000 (repeat 20000 \"x\") }}".utf8))),
    ]

    // MARK: --set family (Helm's strvals limits, CVE-2022-36055 / CVE-2022-23524)

    static func setCase(_ name: String, _ flag: String, _ expr: String, _ expected: Expectation) -> HostileCase {
        HostileCase(name, stderr: expected) { dir in
            [try writeHostileChart(dir, files: ["templates/t.yaml": plain]).path, flag, expr]
        }
    }

    static let setFlags: [HostileCase] = [
        setCase("--set: index 99999999", "--set", "a[99999999]=1",
                error("failed parsing --set data: index of 99999999 is greater than maximum supported index of 65536")),
        setCase("--set: index 65537", "--set", "a[65537]=1",
                error("failed parsing --set data: index of 65537 is greater than maximum supported index of 65536")),
        setCase("--set: 32 nested names", "--set", (0..<32).map { "k\($0)" }.joined(separator: ".") + "=1",
                error("failed parsing --set data: value name nested level is greater than maximum supported nested level of 30")),
        setCase("--set-string: 32 nested names", "--set-string", (0..<32).map { "k\($0)" }.joined(separator: ".") + "=1",
                error("failed parsing --set-string data: value name nested level is greater than maximum supported nested level of 30")),
        // chartr's own bound (Go recurses without one).
        setCase("--set: 20000 nested list indexes", "--set", "a" + String(repeating: "[0]", count: 20_000) + "=1",
                error("failed parsing --set data: list index nesting is greater than maximum supported nesting of 1000")),
        // encoding/json stops past 10000 levels; Helm prints no reason for --set-json.
        setCase("--set-json: 30000-deep array", "--set-json", "a=" + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000),
                error("failed parsing --set-json data a=" + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000))),
        setCase("--set-json: 10001-deep array (Go's limit is 10000)", "--set-json", "a=" + String(repeating: "[", count: 10_001) + String(repeating: "]", count: 10_001),
                error("failed parsing --set-json data a=" + String(repeating: "[", count: 10_001) + String(repeating: "]", count: 10_001))),
    ]

    // MARK: archives (CVE-2025-32386, CVE-2024-25620)

    static let chartMember = HostileArchive.file("c/Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n")

    static let archives: [HostileCase] = [
        HostileCase("archive: entry with ../", stderr: error("chart illegally references parent directory"),
                    build: archive([chartMember, HostileArchive.file("c/templates/../../../evil.yaml", "x: 1\n")])),
        HostileCase("archive: absolute entry after the chart dir", stderr: error("chart illegally contains absolute paths"),
                    build: archive([chartMember, HostileArchive.file("c//templates/x.yaml", "x: 1\n")])),
        // Helm drops the first path component, so "/etc/..." lands on "etc/..." inside the chart.
        HostileCase("archive: absolute entry", stdout: "\n", stderr: .exact(""), status: 0,
                    build: archive([chartMember, HostileArchive.file("/etc/c/templates/x.yaml", "x: 1\n")])),
        HostileCase("archive: symlink entry is skipped", stdout: "\n", stderr: .exact(""), status: 0,
                    build: archive([chartMember, HostileArchive.Member(name: "c/templates/x.yaml", type: UInt8(ascii: "2"), link: "/etc/passwd")])),
        HostileCase("archive: file over 5 MiB",
                    stderr: error("decompressed chart file \"c/templates/big.yaml\" is larger than the maximum file size 5242880"),
                    build: archive([chartMember, HostileArchive.Member(name: "c/templates/big.yaml", content: [.zeros(6 * 1024 * 1024)])])),
        HostileCase("archive: 21 files of 5 MiB (over 100 MiB)",
                    stderr: error("decompressed chart is larger than the maximum size 104857600"),
                    build: archive([chartMember] + (0..<21).map { HostileArchive.Member(name: "c/files/f\($0)", content: [.zeros(5 * 1024 * 1024)]) })),
        HostileCase("archive: gzip bomb, one 200 MiB entry",
                    stderr: error("decompressed chart is larger than the maximum size 104857600"),
                    build: archive([chartMember, HostileArchive.Member(name: "c/templates/bomb.yaml", content: [.zeros(200 * 1024 * 1024)])])),
        HostileCase("archive: gzip of 256 MiB zeros (no tar header)", stderr: error("no files in chart archive")) { dir in
            let url = dir.appendingPathComponent("c.tgz")
            try Data(HostileArchive.gzip([.zeros(256 * 1024 * 1024)])).write(to: url)
            return [url.path]
        },
        HostileCase("archive: /dev/zero as the chart",
                    stderr: error("file '/dev/zero' does not appear to be a gzipped archive; got 'application/octet-stream'")) { _ in ["/dev/zero"] },
    ]

    // MARK: chart directories and --output-dir (CVE-2025-53547, CVE-2024-25620)

    static let paths: [HostileCase] = [
        // Helm's LoadDir follows symlinks anywhere (sympath.Walk) and reads the target as
        // chart content; issue 6 says symlinks are followed inside the chart, never
        // outside it, so chartr refuses this one with a message naming the link.
        HostileCase("path: symlink out of the chart is refused",
                    stderr: .prefix("Error: symbolic link DIR/c/templates/link.yaml resolves to ")) { dir in
            let chart = try writeHostileChart(dir, files: ["templates/t.yaml": plain])
            try Data("secret: outside\n".utf8).write(to: dir.appendingPathComponent("outside.yaml"))
            try FileManager.default.createSymbolicLink(atPath: chart.appendingPathComponent("templates/link.yaml").path,
                                                       withDestinationPath: dir.appendingPathComponent("outside.yaml").path)
            return [chart.path]
        },
        HostileCase("path: symlink loop",
                    stderr: .exact("Error: open DIR/c/templates/" + String(repeating: "loop/templates/", count: 40) + "loop: too many levels of symbolic links\n")) { dir in
            let chart = try writeHostileChart(dir, files: ["templates/t.yaml": plain])
            try FileManager.default.createSymbolicLink(atPath: chart.appendingPathComponent("templates/loop").path, withDestinationPath: "..")
            return [chart.path]
        },
        HostileCase("path: FIFO in templates/",
                    stderr: error("cannot load irregular file DIR/c/templates/fifo.yaml as it has file mode type bits set")) { dir in
            let chart = try writeHostileChart(dir, files: ["templates/t.yaml": plain])
            guard mkfifo(chart.appendingPathComponent("templates/fifo.yaml").path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
            return [chart.path]
        },
        HostileCase("path: socket in templates/",
                    stderr: error("cannot load irregular file DIR/c/templates/sock.yaml as it has file mode type bits set")) { dir in
            let chart = try writeHostileChart(dir, files: ["templates/t.yaml": plain])
            try bindUnixSocket(chart.appendingPathComponent("templates/sock.yaml").path)
            return [chart.path]
        },
        HostileCase("path: chart name with ../", stderr: error("validation: chart.metadata.name \"../../escape\" is invalid"),
                    build: template(plain, extra: ["Chart.yaml": Array("apiVersion: v2\nname: ../../escape\nversion: 0.1.0\n".utf8)])),
        HostileCase("path: --output-dir with a subchart named ../",
                    stderr: error("error unpacking subchart sub in c: validation: chart.metadata.name \"../../../../escaped\" is invalid")) { dir in
            let chart = try writeHostileChart(dir, files: [
                "templates/t.yaml": plain,
                "charts/sub/Chart.yaml": Array("apiVersion: v2\nname: ../../../../escaped\nversion: 0.1.0\n".utf8),
                "charts/sub/templates/s.yaml": plain,
            ])
            return [chart.path, "--output-dir", dir.appendingPathComponent("out").path]
        },
        HostileCase("path: --output-dir --release-name with ../ in the name",
                    stderr: error("release name check failed: release name \"../../escaped\": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")) { dir in
            let chart = try writeHostileChart(dir, files: ["templates/t.yaml": plain])
            return ["../../escaped", chart.path, "--output-dir", dir.appendingPathComponent("out").path, "--release-name"]
        },
    ]

    // MARK: values.schema.json $ref (CVE-2025-32387, CVE-2025-55199)

    static func schemaCase(_ name: String, _ schema: String, _ expected: Expectation) -> HostileCase {
        HostileCase(name, stderr: expected,
                    build: template(plain, extra: ["values.yaml": Array("a: 1\n".utf8), "values.schema.json": Array(schema.utf8)]))
    }

    static let schemaHead = "Error: values don't meet the specifications of the schema(s) in the following chart(s):\nc:\n"

    static let schemas: [HostileCase] = [
        schemaCase("schema: $ref to file:///dev/zero", "{\"$ref\": \"file:///dev/zero\"}",
                   .exact(schemaHead + "failing loading \"file:///dev/zero\": invalid character '\\x00' looking for beginning of value\n")),
        // Helm dials out here; chartr must fail without any network use.
        schemaCase("schema: $ref to http (no network)", "{\"$ref\": \"http://127.0.0.1:9/s.json\"}",
                   .prefix(schemaHead + "failing loading \"http://127.0.0.1:9/s.json\": ")),
        schemaCase("schema: $ref cycle", "{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}",
                   .exact(schemaHead + "- at '': both /$ref/$ref/$ref and /$ref resolve to \"file:///values.schema.json#/$defs/a\" causing reference cycle\n\n")),
        schemaCase("schema: $ref to itself", "{\"properties\": {\"a\": {\"$ref\": \"#\"}}, \"$ref\": \"#\"}",
                   .exact(schemaHead + "- at '': both /$ref and  resolve to \"file:///values.schema.json#\" causing reference cycle\n"
                          + "- at '/a': both /properties/a/$ref/$ref and /properties/a/$ref resolve to \"file:///values.schema.json#\" causing reference cycle\n\n")),
    ]
}

/// Creates a listening-free Unix socket file at `path` (bind only).
func bindUnixSocket(_ path: String) throws {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(fd) }
    var addr = sockaddr_un()
    addr.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    let capacity = MemoryLayout.size(ofValue: addr.sun_path)
    guard bytes.count < capacity else { throw CocoaError(.fileWriteInvalidFileName) }
    withUnsafeMutableBytes(of: &addr.sun_path) { raw in
        for (i, b) in bytes.enumerated() { raw[i] = b }
    }
    let rc = withUnsafePointer(to: &addr) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard rc == 0 else { throw CocoaError(.fileWriteUnknown) }
}

@Suite("Hostile input (issue 6)")
struct HostileInputTests {
    @Test(arguments: HostileCase.all)
    func hostileInput(_ c: HostileCase) throws {
        let dir = try hostileTempDir("case")
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = try c.build(dir)
        let r = try runChartrBounded(["render"] + args, limit: 5, discardStdout: c.stdout == nil)
        print("hostile \(c.name): exit \(r.status) in \(String(format: "%.2f", r.seconds)) s, peak RSS \(r.peakRSSKiB) KiB")
        #expect(!r.timedOut, "\(c.name): killed after \(r.seconds) s")
        #expect(r.status == c.status, "\(c.name): exit \(r.status), stderr \(r.stderr.prefix(300))")
        let stderr = r.stderr.replacingOccurrences(of: dir.path, with: "DIR")
        switch c.stderr {
        case .exact(let e): #expect(stderr == e, "\(c.name): stderr \(stderr.prefix(300))")
        case .prefix(let p): #expect(stderr.hasPrefix(p), "\(c.name): stderr \(stderr.prefix(300))")
        case .anyError: #expect(stderr.hasPrefix("Error: "), "\(c.name): stderr \(stderr.prefix(300))")
        }
        if let out = c.stdout { #expect(r.stdout == out) }
        // Nothing may be written next to the input (only what the case itself made).
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !["c", "c.tgz", "bomb.yaml", "v.yaml", "outside.yaml"].contains($0) }
        #expect(left.isEmpty, "\(c.name): wrote \(left)")
    }

    /// A loop of a billion iterations ends at chartr's step limit (10M template nodes per
    /// render) with a clear error; Helm would run it for minutes.
    @Test func templateStepLimit() throws {
        let dir = try hostileTempDir("steps")
        defer { try? FileManager.default.removeItem(at: dir) }
        let chart = try writeHostileChart(dir, files: ["templates/t.yaml": Array("{{ range $i := 1000000000 }}{{ end }}a: 1\n".utf8)])
        let r = try runChartrBounded(["render", chart.path], limit: 30)
        print("hostile range over 1e9: exit \(r.status) in \(String(format: "%.2f", r.seconds)) s, peak RSS \(r.peakRSSKiB) KiB")
        #expect(r.status == 1)
        #expect(r.stderr == "Error: c/templates/t.yaml:1:28\n  executing \"c/templates/t.yaml\" at <>:\n    exceeded chartr's limit of 10000000 template steps per render\n\nUse --debug flag to render out invalid YAML\n")
    }

    /// `-f -` reads standard input as a bounded stream: an endless stdin ends with an error.
    @Test func stdinValuesAreBounded() throws {
        let dir = try hostileTempDir("stdin")
        defer { try? FileManager.default.removeItem(at: dir) }
        let chart = try writeHostileChart(dir, files: ["templates/t.yaml": HostileCase.plain])
        let r = try runChartrBounded(["render", chart.path, "-f", "-"], stdin: "/dev/zero")
        print("hostile -f - from /dev/zero: exit \(r.status) in \(String(format: "%.2f", r.seconds)) s, peak RSS \(r.peakRSSKiB) KiB")
        #expect(r.status == 1)
        #expect(r.stderr == "Error: read -: file too large\n")
    }

    /// --output-dir writes only under the directory asked for; template paths come from the
    /// chart and cannot leave it.
    @Test func outputDirStaysInside() throws {
        let dir = try hostileTempDir("outdir")
        defer { try? FileManager.default.removeItem(at: dir) }
        let chart = try writeHostileChart(dir, files: ["templates/t.yaml": HostileCase.plain, "templates/sub/u.yaml": HostileCase.plain])
        let out = dir.appendingPathComponent("out")
        let r = try runChartrBounded(["render", chart.path, "--output-dir", out.path])
        #expect(r.status == 0)
        #expect(r.stdout == "wrote \(out.path)/c/templates/sub/u.yaml\nwrote \(out.path)/c/templates/t.yaml\n\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["c", "out"])
    }

    /// Helm joins `--output-dir` and the release name with `filepath.Join`, which cleans
    /// (`out/` + `rel` is `out/rel`, as the oracle prints).
    @Test func outputDirJoinsTheReleaseName() throws {
        let dir = try hostileTempDir("outdirrel")
        defer { try? FileManager.default.removeItem(at: dir) }
        let chart = try writeHostileChart(dir, files: ["templates/t.yaml": HostileCase.plain])
        let out = dir.appendingPathComponent("out")
        let r = try runChartrBounded(["render", "rel", chart.path, "--output-dir", out.path + "/", "--release-name"])
        #expect(r.status == 0)
        #expect(r.stdout == "wrote \(out.path)/rel/c/templates/t.yaml\n\n")
    }

    /// A 100 MB single-line values file: must finish in bounded time and memory
    /// (measured with /usr/bin/time when present).
    @Test func hundredMegabyteValuesFile() throws {
        let dir = try hostileTempDir("bigvalues")
        defer { try? FileManager.default.removeItem(at: dir) }
        let chart = try writeHostileChart(dir, files: ["templates/t.yaml": Array("n: {{ len .Values.a }}\n".utf8)])
        var big = Data("a: \"".utf8)
        big.append(Data(repeating: UInt8(ascii: "x"), count: 100 * 1024 * 1024))
        big.append(Data("\"\n".utf8))
        let file = dir.appendingPathComponent("big.yaml")
        try big.write(to: file)
        // Bounded time: a release build takes about 0.35 s; the unoptimised build the tests
        // run scans about 20 MB/s, so allow it 30 s rather than the 5 s of the other cases.
        let r = try runChartrBounded(["render", chart.path, "-f", file.path], limit: 30)
        print("100 MB values file: \(r.seconds) s, peak RSS \(r.peakRSSKiB) KiB, timed out: \(r.timedOut)")
        #expect(!r.timedOut, "100 MB values file: killed after \(r.seconds) s (peak RSS \(r.peakRSSKiB) KiB)")
        #expect(r.status == 0)
        #expect(r.stdout == "---\n# Source: c/templates/t.yaml\nn: 104857600\n")
        #expect(r.peakRSSKiB < 1_048_576, "peak RSS \(r.peakRSSKiB) KiB")
    }

    /// The archive builder makes streams a standard gzip reader accepts (guards the
    /// expectations above against a broken fixture).
    @Test func archiveBuilderRoundTrips() throws {
        let dir = try hostileTempDir("roundtrip")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("c.tgz")
        let members = [HostileCase.chartMember, HostileArchive.file("c/templates/t.yaml", "x: {{ .Release.Name }}\n"),
                       HostileArchive.Member(name: "c/files/z", content: [.zeros(70_000)])]
        try Data(HostileArchive.gzip(HostileArchive.tar(members))).write(to: url)
        let r = try runChartrBounded(["render", url.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "---\n# Source: c/templates/t.yaml\nx: release-name\n")
    }
}
