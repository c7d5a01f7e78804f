import ChartRender
import Foundation

/// The `chartr` command: `render` (= `helm template`) and `install --dry-run`.
///
/// `run` is the whole program as a function: arguments and environment in, the bytes of
/// stdout and stderr and the exit code out. It reads no process state of its own (the
/// library reads files, and stdin for `-f -`), so tests call it in-process; the `chartr`
/// executable only passes `CommandLine.arguments` in and writes the outcome.
public enum CLI {
    /// What a run prints and returns.
    public struct Outcome: Equatable, Sendable {
        /// The bytes of standard output, as Helm writes them (Go strings' bytes, so
        /// output that is not valid UTF-8 stays exact).
        public var stdout: [UInt8]
        /// The bytes of standard error.
        public var stderr: [UInt8]
        /// The exit code.
        public var code: Int32

        public init(stdout: [UInt8], stderr: [UInt8], code: Int32) {
            self.stdout = stdout
            self.stderr = stderr
            self.code = code
        }

        /// An outcome from Go strings (see `GoString`): every byte they hold is kept.
        init(stdout: String = "", stderr: String = "", code: Int32 = 0) {
            self.init(stdout: GoString.bytes(stdout), stderr: GoString.bytes(stderr), code: code)
        }
    }

    static let version = "chartr 0.1.0 (helm template v4.2.3 compatible)"

    static func failure(_ message: String) -> Outcome { Outcome(stdout: "", stderr: "Error: \(message)\n", code: 1) }

    /// Runs one command line. `args` excludes the program name; `program` is the name the
    /// program was invoked as (see `programName`), which usage errors name.
    public static func run(_ args: [String], environment env: [String: String], program: String = "chartr") -> Outcome {
        guard let first = args.first else { return Outcome(stdout: Help.main, stderr: "", code: 0) }
        let rest = Array(args.dropFirst())
        let command = CommandPath(program: program, name: first)
        switch first {
        case "render", "template": return runRender(rest, env: env, command: command)
        case "install": return runInstall(rest, env: env, command: command)
        case "--help", "-h", "help": return Outcome(stdout: Help.main)
        case "--version", "version": return Outcome(stdout: version + "\n")
        default:
            // cobra's text for an unknown subcommand of the root command.
            return failure("unknown command \(GoQuote.quote(first)) for \(GoQuote.quote(program))\nRun '\(program) --help' for usage.")
        }
    }

    /// The name the program was invoked as: the base name of `argv[0]`, "chartr" when there
    /// is none. Run under the name `helm`, usage errors read as Helm's.
    public static func programName(_ argv0: String?) -> String {
        let base = (argv0 ?? "").split(separator: "/").last.map(String.init) ?? ""
        return base.isEmpty ? "chartr" : base
    }

    /// Builds the library request from parsed flags.
    static func request(_ fs: FlagSet, chart: String, name: String, env: [String: String]) throws -> RenderRequest {
        var r = RenderRequest(chartPath: chart)
        r.releaseName = name
        var ns = fs.isSet("namespace") ? fs.string("namespace") : (env["HELM_NAMESPACE"] ?? "")
        if ns.isEmpty { ns = "default" }
        r.namespace = ns
        r.values = ValueOptions(valueFiles: fs.list("values"), jsonValues: fs.list("set-json"), values: fs.list("set"),
                                stringValues: fs.list("set-string"), fileValues: fs.list("set-file"),
                                literalValues: fs.list("set-literal"))
        if fs.isSet("kube-version"), !fs.string("kube-version").isEmpty { r.kubeVersion = fs.string("kube-version") }
        r.apiVersions = fs.list("api-versions")
        r.isUpgrade = fs.bool("is-upgrade")
        r.includeCRDs = fs.bool("include-crds")
        r.skipTests = fs.bool("skip-tests")
        r.noHooks = fs.bool("no-hooks")
        r.showOnly = fs.list("show-only")
        r.skipSchemaValidation = fs.bool("skip-schema-validation")
        r.subchartNotes = fs.bool("render-subchart-notes")
        let seed = fs.isSet("seed") ? UInt64(bitPattern: GoStrconv.parseIntIgnoringError(fs.string("seed"), base: 0, bitSize: 64)) : nil
        var fixedNow: Double? = nil
        if let t = sourceDateEpoch(env) { fixedNow = Double(t) }
        r.settings = RenderSettings(seed: seed, fixedNow: fixedNow)
        return r
    }

    /// chartr's `SOURCE_DATE_EPOCH`: decimal Unix seconds, white space around allowed,
    /// within ±10^15.
    static func sourceDateEpoch(_ env: [String: String]) -> Int64? {
        guard let epoch = env["SOURCE_DATE_EPOCH"],
              let t = try? GoStrconv.parseInt(goTrimSpace(epoch), base: 10, bitSize: 64),
              Swift.abs(t) < 1_000_000_000_000_000 else { return nil }
        return t
    }

    static func runRender(_ args: [String], env: [String: String], command: CommandPath) -> Outcome {
        var fs = FlagSet(Flags.render)
        let positional: [String]
        do { positional = try fs.parse(args) } catch is FlagSet.HelpRequested {
            return Outcome(stdout: Help.render)
        } catch let f as FlagSet.Failure { return failure(f.message) } catch { return failure("\(error)") }
        if positional.isEmpty {
            return failure(command.requiresAtLeast(1, use: "[NAME] [CHART]"))
        }
        if let group = exclusiveGroupViolation(fs) { return failure(group) }
        let dry = fs.string("dry-run")
        switch dry {
        case "", "unset", "client": break
        case "server": return failure("--dry-run=server needs a Kubernetes cluster; chartr renders offline")
        case "none": return failure("invalid dry-run value (\(GoQuote.quote(dry))). Must be \"server\" or \"client\"")
        case "1", "t", "T", "TRUE", "true", "True": break
        case "0", "f", "F", "FALSE", "false", "False":
            return failure("invalid dry-run value (\(GoQuote.quote(dry))). Must be \"server\" or \"client\"")
        default: return failure("invalid dry-run value (\(GoQuote.quote(dry))). Must be \"none\", \"server\", or \"client\"")
        }
        if fs.bool("validate") { return failure("--validate needs a Kubernetes cluster; chartr renders offline") }
        if positional.count > 2 {
            return failure("expected at most two arguments, unexpected arguments: " + positional.dropFirst(2).joined(separator: ", "))
        }
        if positional.count == 2 {
            if fs.bool("generate-name") { return failure("cannot set --generate-name and also specify a name") }
            if !fs.string("name-template").isEmpty { return failure("cannot set --name-template and also specify a name") }
        }
        var name = positional.count == 2 ? positional[0] : "release-name"
        let chart = positional.count == 2 ? positional[1] : positional[0]
        if positional.count == 1, !fs.string("name-template").isEmpty {
            do { name = try renderNameTemplate(fs.string("name-template")) } catch let f as RenderFailure {
                return failure(f.message)
            } catch { return failure("\(error)") }
        }
        let format = fs.string("format")
        if !(format.isEmpty || format == "json" || format == "text") {
            return failure("invalid argument \(GoQuote.quote(format)) for \"--format\" flag: must be json or text")
        }
        do {
            let req = try request(fs, chart: chart, name: name, env: env)
            if format == "json" {
                // Every non-partial template's text as the engine returned it: nothing is
                // split, sorted or parsed as YAML, so a template that prints `3` or half a
                // JSON object is still reported, not an error.
                return Outcome(stdout: try JSONOut.object(try renderFiles(req).files) + "\n")
            }
            let result = try renderChart(req)
            let outDir = fs.string("output-dir")
            if !outDir.isEmpty {
                return try OutputDir.write(result, dir: outDir, releaseName: name, useReleaseName: fs.bool("release-name"),
                                           noHooks: req.noHooks, skipTests: req.skipTests)
            }
            return Outcome(stdout: result.output)
        } catch let f as RenderFailure {
            if debug(fs, env) { return Outcome(stdout: f.debugOutput, stderr: "Error: \(f.message)\n", code: 1) }
            return failure(f.templateMessage)
        } catch {
            return failure("\(error)")
        }
    }

    /// `--debug`, else `$HELM_DEBUG` (a Go bool).
    static func debug(_ fs: FlagSet, _ env: [String: String]) -> Bool {
        if fs.isSet("debug") { return fs.bool("debug") }
        return ["1", "t", "T", "TRUE", "true", "True"].contains(env["HELM_DEBUG"] ?? "")
    }

    /// Cobra's mutually exclusive flag groups of `helm template`/`helm install`.
    static func exclusiveGroupViolation(_ fs: FlagSet) -> String? {
        for group in [["validate", "dry-run"], ["force-replace", "force-conflicts"], ["force", "force-conflicts"]] {
            guard group.allSatisfy({ fs.byName[$0] != nil }) else { continue }
            let set = group.filter { fs.isSet($0) }.sorted()
            if set.count > 1 {
                return "if any flags in the group [\(group.joined(separator: " "))] are set none of the others can be; [\(set.joined(separator: " "))] were all set"
            }
        }
        return nil
    }

    static func runInstall(_ args: [String], env: [String: String], command: CommandPath) -> Outcome {
        var fs = FlagSet(Flags.install)
        let positional: [String]
        do { positional = try fs.parse(args) } catch is FlagSet.HelpRequested {
            return Outcome(stdout: Help.install)
        } catch let f as FlagSet.Failure { return failure(f.message) } catch { return failure("\(error)") }
        if positional.isEmpty {
            return failure(command.requiresAtLeast(1, use: "[NAME] [CHART]"))
        }
        // chartr never talks to a cluster: without --dry-run it still does the client dry run.
        let dry = fs.isSet("dry-run") ? fs.string("dry-run") : "client"
        switch dry {
        case "unset", "client", "true", "1", "t", "T", "TRUE", "True": break
        case "server": return failure("INSTALLATION FAILED: --dry-run=server needs a Kubernetes cluster; chartr only renders (use --dry-run)")
        default:
            if ["none", "false", "0", "f", "F", "FALSE", "False"].contains(dry) {
                return failure("INSTALLATION FAILED: chartr cannot install into a cluster; use --dry-run")
            }
            return failure("invalid dry-run value (\(GoQuote.quote(dry))). Must be \"none\", \"server\", or \"client\"")
        }
        var name: String
        let chart: String
        if positional.count > 2 {
            return failure("INSTALLATION FAILED: expected at most two arguments, unexpected arguments: " + positional.dropFirst(2).joined(separator: ", "))
        }
        var fixedNow: Double? = nil
        if let t = sourceDateEpoch(env) { fixedNow = Double(t) }
        let now = fixedNow ?? Date().timeIntervalSince1970
        if positional.count == 2 {
            if fs.bool("generate-name") { return failure("INSTALLATION FAILED: cannot set --generate-name and also specify a name") }
            name = positional[0]; chart = positional[1]
        } else {
            chart = positional[0]
            guard fs.bool("generate-name") else {
                return failure("INSTALLATION FAILED: must either provide a name or specify --generate-name")
            }
            // Helm's GenerateName: `filepath.Base(chart)`, "chart" for "." or "", cut at
            // the first dot.
            var base = GoPath.base(chart)
            if base == "." || base.isEmpty { base = "chart" }
            if let dot = base.firstIndex(of: ".") { base = String(base[..<dot]) }
            name = "\(base)-\(Int64(now.isFinite ? Swift.max(-1e15, Swift.min(1e15, now)) : 0))"
        }
        do {
            let req = try request(fs, chart: chart, name: name, env: env)
            let result = try renderChart(req)
            return Outcome(stdout: InstallReport.text(result: result, name: name, namespace: req.namespace,
                                                      deployedAt: now, utc: fixedNow != nil, hideNotes: fs.bool("hide-notes"),
                                                      hideSecret: fs.bool("hide-secret"), debug: debug(fs, env)))
        } catch let f as RenderFailure {
            return failure("INSTALLATION FAILED: " + f.message)
        } catch {
            return failure("INSTALLATION FAILED: \(error)")
        }
    }
}

/// A command as invoked, `<program> <subcommand>` (cobra's `CommandPath`): usage errors
/// name it, so `chartr render` says "chartr render" and the same code run as `helm template`
/// says what Helm says.
struct CommandPath {
    var program: String
    var name: String

    var text: String { program + " " + name }

    /// Helm's `require.MinimumNArgs` error: `"<path>" requires at least N argument(s)` and
    /// cobra's use line (`<path> <use> [flags]`).
    func requiresAtLeast(_ n: Int, use: String) -> String {
        "\(GoQuote.quote(text)) requires at least \(n) \(n == 1 ? "argument" : "arguments")\n\nUsage:  \(text) \(use) [flags]"
    }
}

/// JSON text for `--format json`: Go `encoding/json` of a `map[string]string` (sorted keys,
/// HTML-escaped strings).
enum JSONOut {
    static func object(_ m: [String: String]) throws -> String {
        try JSON.encode(.map(m.mapValues { Value.string($0) }, .map(.string, .string)))
    }
}
