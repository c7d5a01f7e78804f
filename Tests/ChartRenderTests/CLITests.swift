import Foundation
import Testing

/// The `chartr` command line: flag syntax and usage errors (texts as Helm's pflag/cobra
/// print them, checked against ../shared/oracle), help and version.
@Suite struct CLITests {
    static let errorCases: [([String], String)] = [
        (["render"], "Error: \"chartr render\" requires at least 1 argument\n\nUsage:  chartr render [NAME] [CHART] [flags]\n"),
        (["render", "/nonexistent"], "Error: path \"/nonexistent\" not found\n"),
        (["render", "nonexist"], "Error: non-absolute URLs should be in form of repo_name/path_to_chart, got: nonexist\n"),
        (["render", "c", "--bogus"], "Error: unknown flag: --bogus\n"),
        (["render", "c", "-x"], "Error: unknown shorthand flag: 'x' in -x\n"),
        (["render", "c", "--set"], "Error: flag needs an argument: --set\n"),
        (["render", "c", "-n"], "Error: flag needs an argument: 'n' in -n\n"),
        (["render", "a", "b", "c"], "Error: expected at most two arguments, unexpected arguments: c\n"),
        (["render", "c", "--skip-tests=maybe"], "Error: invalid argument \"maybe\" for \"--skip-tests\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax\n"),
        (["render", "/", "--kube-version=1"], "Error: invalid kube version '1': illegal version string \"1\"\n"),
        (["render", "/", "--set", "a"], "Error: failed parsing --set data: key \"a\" has no value\n"),
        (["render", "/", "-f", "/no/such.yaml"], "Error: open /no/such.yaml: no such file or directory\n"),
        (["install", "/", "--dry-run"], "Error: INSTALLATION FAILED: must either provide a name or specify --generate-name\n"),
    ]

    @Test(arguments: errorCases)
    func usageErrors(_ args: [String], _ stderr: String) throws {
        guard chartrExecutable() != nil else { print("chartr not built; skipping"); return }
        let r = try runChartr(args)
        #expect(String(decoding: r.stderr, as: UTF8.self) == stderr)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func helpAndVersion() throws {
        guard chartrExecutable() != nil else { print("chartr not built; skipping"); return }
        let help = try runChartr(["render", "--help"])
        #expect(help.status == 0)
        #expect(String(decoding: help.stdout, as: UTF8.self).contains("Examples:"))
        let version = try runChartr(["--version"])
        #expect(String(decoding: version.stdout, as: UTF8.self).hasPrefix("chartr "))
    }

    @Test func flagSyntaxForms() throws {
        guard chartrExecutable() != nil else { print("chartr not built; skipping"); return }
        // All of these reach the chart location step (so the flags themselves parsed).
        for args in [["render", "-nprod", "./missing"], ["render", "--namespace=prod", "./missing"],
                     ["render", "--set", "a=1", "--set=b=2", "-f", "", "./missing"], ["render", "--", "./missing"]] {
            let r = try runChartr(args)
            #expect(String(decoding: r.stderr, as: UTF8.self) == "Error: path \"./missing\" not found\n")
        }
    }
}
