import Foundation
import Testing
@testable import ChartrCLI

/// The `chartr` command line, in-process: flag syntax and usage errors (texts as Helm's
/// pflag/cobra print them, checked against ../shared/oracle), help and version.
@Suite struct CLITests {
    static let errorCases: [([String], String)] = [
        (["render"], "Error: \"chartr render\" requires at least 1 argument\n\nUsage:  chartr render [NAME] [CHART] [flags]\n"),
        (["template"], "Error: \"chartr template\" requires at least 1 argument\n\nUsage:  chartr template [NAME] [CHART] [flags]\n"),
        (["install", "--dry-run"], "Error: \"chartr install\" requires at least 1 argument\n\nUsage:  chartr install [NAME] [CHART] [flags]\n"),
        (["bogus"], "Error: unknown command \"bogus\" for \"chartr\"\nRun 'chartr --help' for usage.\n"),
        (["render", "/nonexistent"], "Error: path \"/nonexistent\" not found\n"),
        (["render", "nonexist"], "Error: non-absolute URLs should be in form of repo_name/path_to_chart, got: nonexist\n"),
        (["render", "c", "--bogus"], "Error: unknown flag: --bogus\n"),
        (["render", "c", "-x"], "Error: unknown shorthand flag: 'x' in -x\n"),
        (["render", "c", "--set"], "Error: flag needs an argument: --set\n"),
        (["render", "c", "-n"], "Error: flag needs an argument: 'n' in -n\n"),
        (["render", "a", "b", "c"], "Error: expected at most two arguments, unexpected arguments: c\n"),
        (["render", "c", "--skip-tests=maybe"], "Error: invalid argument \"maybe\" for \"--skip-tests\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax\n"),
        // pflag's int flags: `strconv.ParseInt(s, 0, 64)`, so prefixes pass and overflow is a range error.
        (["render", "/nonexistent", "--burst-limit=0x1_0"], "Error: path \"/nonexistent\" not found\n"),
        (["render", "c", "--burst-limit=99999999999999999999"], "Error: invalid argument \"99999999999999999999\" for \"--burst-limit\" flag: strconv.ParseInt: parsing \"99999999999999999999\": value out of range\n"),
        (["render", "/", "--kube-version=1"], "Error: invalid kube version '1': illegal version string \"1\"\n"),
        (["render", "/", "--kube-version=01.20"], "Error: invalid kube version '01.20': illegal zero-prefixed version component \"01\" in \"01.20\"\n"),
        (["render", "/", "--kube-version=1.99999999999999999999"], "Error: invalid kube version '1.99999999999999999999': illegal non-numeric version component \"99999999999999999999\" in \"1.99999999999999999999\": strconv.ParseUint: parsing \"99999999999999999999\": value out of range\n"),
        (["render", "/", "--set", "a"], "Error: failed parsing --set data: key \"a\" has no value\n"),
        (["render", "/", "-f", "/no/such.yaml"], "Error: open /no/such.yaml: no such file or directory\n"),
        (["install", "/", "--dry-run"], "Error: INSTALLATION FAILED: must either provide a name or specify --generate-name\n"),
    ]

    @Test(arguments: errorCases)
    func usageErrors(_ args: [String], _ stderr: String) {
        let r = runCLI(args)
        expectSameBytes(r.stderr, Array(stderr.utf8), "stderr")
        #expect(r.code == 1)
        #expect(r.stdout.isEmpty)
    }

    /// Run under the name `helm` (a later issue), usage errors are Helm's exact texts.
    @Test(arguments: [
        (["template"], "Error: \"helm template\" requires at least 1 argument\n\nUsage:  helm template [NAME] [CHART] [flags]\n"),
        (["install"], "Error: \"helm install\" requires at least 1 argument\n\nUsage:  helm install [NAME] [CHART] [flags]\n"),
        (["bogus"], "Error: unknown command \"bogus\" for \"helm\"\nRun 'helm --help' for usage.\n"),
    ])
    func usageErrorsNameTheProgram(_ args: [String], _ stderr: String) {
        let r = runCLI(args, program: "helm")
        expectSameBytes(r.stderr, Array(stderr.utf8), "stderr")
        #expect(r.code == 1)
    }

    @Test(arguments: [
        ("/usr/local/bin/chartr", "chartr"), ("chartr", "chartr"), ("./helm", "helm"), ("", "chartr"), (nil, "chartr"),
    ] as [(String?, String)])
    func programNameIsTheBaseNameOfArgv0(_ argv0: String?, _ name: String) {
        #expect(CLI.programName(argv0) == name)
    }

    @Test func helpAndVersion() {
        let help = runCLI(["render", "--help"])
        #expect(help.code == 0)
        #expect(help.stdoutText.contains("Examples:"))
        #expect(runCLI(["install", "-h"]).stdoutText.contains("chartr install"))
        #expect(runCLI([]).stdoutText.contains("Usage:"))
        let version = runCLI(["--version"])
        #expect(version.stdoutText.hasPrefix("chartr "))
        #expect(version.code == 0)
    }

    @Test func flagSyntaxForms() {
        // All of these reach the chart location step (so the flags themselves parsed).
        for args in [["render", "-nprod", "./missing"], ["render", "--namespace=prod", "./missing"],
                     ["render", "--set", "a=1", "--set=b=2", "-f", "", "./missing"], ["render", "--", "./missing"]] {
            let r = runCLI(args)
            #expect(r.stderrText == "Error: path \"./missing\" not found\n", "\(args)")
        }
    }
}
