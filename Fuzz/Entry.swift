import Foundation

// libFuzzer entry points for chartr's parsers. Built by `scripts/fuzz.sh` together with
// every file of Sources/ChartRender (one module, so internal API is reachable) with
// `swiftc -sanitize=fuzzer,address -parse-as-library`; no Package.swift change needed.
// The environment variable FUZZ_TARGET picks what each input is fed to:
//   yaml      YAML.parse + YAML.loadValues (values files, fromYaml)
//   template  the template lexer/parser/executor through Engine.render
//   set       the --set / --set-string / --set-json / --set-literal parser
//   archive   gzip + tar + chart loader (raw tar when the input is not gzip)
// Every input must come back as a value or a thrown error: a trap, sanitizer report,
// timeout or out-of-memory is a finding.

/// Which parser the running fuzzer exercises (read once from FUZZ_TARGET).
enum FuzzTarget: String {
    case yaml, template, set, archive

    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "yaml"
        return FuzzTarget(rawValue: name) ?? .yaml
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml: FuzzTarget.yaml(bytes)
        case .template: FuzzTarget.template(bytes)
        case .set: FuzzTarget.set(bytes)
        case .archive: FuzzTarget.archive(bytes)
        }
    }

    static func yaml(_ bytes: [UInt8]) {
        _ = try? YAML.parse(bytes)
        _ = try? YAML.loadValues(bytes)
    }

    /// Functions that are slow by design (key generation, bcrypt cost 10): an input calling
    /// them would only report libFuzzer's 1 s timeout, so such inputs are skipped.
    static let slowByDesign = ["bcrypt", "htpasswd", "genPrivateKey", "genCA", "genSelfSigned", "genSignedCert", "derivePassword"]

    /// The input is one template file; a small fixed values map gives it data to walk.
    static func template(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        if slowByDesign.contains(where: { text.contains($0) }) { return }
        let md = ChartMetadata(name: "fuzz", version: "0.1.0")
        let values: [String: Value] = [
            "a": .string("x"),
            "list": .list([.int64(1), .string("two")]),
            "map": .map(["k": .string("v")], .stringMap),
        ]
        let chart = Chart(metadata: md, templates: [ChartFile(path: "templates/t.yaml", data: bytes)],
                          files: [ChartFile(path: "f.txt", data: Array("file".utf8))], values: values)
        // Instrumentation makes each template node ~50x slower than a release build, so the
        // depth (Go's 100000) and step (10M) limits are lowered to keep inputs under 1 s;
        // the full limits are tested by the template-recursion golden and HostileInputTests.
        var settings = RenderSettings()
        settings.maxTemplateDepth = 10000
        settings.maxSteps = 200_000
        _ = try? Engine.render(chart: chart, values: values, release: ReleaseInfo(), capabilities: Capabilities(),
                               settings: settings)
    }

    /// The first byte picks the flag (--set, --set-string, --set-json, --set-literal).
    static func set(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let modes: [StrVals.Mode] = [.typed, .string, .json, .literal]
        let mode = modes[Int(first) % modes.count]
        var data: [String: Value] = [:]
        _ = try? StrVals.parse(String(decoding: bytes.dropFirst(), as: UTF8.self), mode: mode, into: &data)
    }

    static func archive(_ bytes: [UInt8]) {
        if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B {
            _ = try? ChartLoader.loadArchive(bytes)
            return
        }
        guard let entries = try? Tar.files(bytes) else { return }
        let files = entries.map { ChartFile(path: $0.path, data: $0.data) }
        _ = try? ChartLoader.loadFiles(files)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.current.run(bytes)
    return 0
}
