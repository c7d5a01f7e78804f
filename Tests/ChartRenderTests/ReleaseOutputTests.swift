import Testing
@testable import ChartRender

/// Sorting rendered files into manifests and hooks, and what `helm template` and
/// `helm install --dry-run` print (shapes checked against ../shared/oracle).
@Suite struct ReleaseOutputTests {
    // Documents are written as JSON (valid YAML) so the test does not depend on the YAML reader.
    static let files: [String: String] = [
        "c/templates/svc.yaml": #"{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"}}"#,
        "c/templates/a-deploy.yaml": #"{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"}}"# + "\n---\n" + #"{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}"#,
        "c/templates/test.yaml": #"{"kind": "Pod", "metadata": {"name": "t", "annotations": {"helm.sh/hook": "test"}}}"#,
        "c/templates/pre.yaml": #"{"kind": "Job", "metadata": {"name": "j", "annotations": {"helm.sh/hook": " Pre-Install , post-upgrade"}}}"#,
        "c/templates/bad-hook.yaml": #"{"kind": "Pod", "metadata": {"annotations": {"helm.sh/hook": "nonsense"}}}"#,
        "c/templates/_helpers.tpl": "not yaml: [",
        "c/templates/empty.yaml": "\n  \n",
    ]

    @Test func sortsManifestsAndHooks() throws {
        let (hooks, manifests) = try SortManifests.sort(Self.files)
        #expect(manifests.map(\.head.kind) == ["ConfigMap", "Service", "Deployment"])
        #expect(hooks.map(\.kind) == ["Pod", "Job"])
        #expect(hooks.last?.events == ["pre-install", "post-upgrade"])
        #expect(hooks.first?.isTest == true)
    }

    @Test func templateOutputWithHooksAndFilters() throws {
        let (hooks, manifests) = try SortManifests.sort(Self.files)
        let all = try TemplateOutput.render(crds: [], manifests: manifests, hooks: hooks, noHooks: false, skipTests: false, showOnly: [])
        #expect(all.hasPrefix("---\n# Source: c/templates/a-deploy.yaml\n{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\""))
        #expect(all.hasSuffix("---\n# Source: c/templates/pre.yaml\n" + (Self.files["c/templates/pre.yaml"] ?? "") + "\n"))
        let noTests = try TemplateOutput.render(crds: [], manifests: manifests, hooks: hooks, noHooks: false, skipTests: true, showOnly: [])
        #expect(!noTests.contains("\"t\""))
        let noHooks = try TemplateOutput.render(crds: [], manifests: manifests, hooks: hooks, noHooks: true, skipTests: false, showOnly: [])
        #expect(!noHooks.contains("helm.sh/hook"))
        let only = try TemplateOutput.render(crds: [], manifests: manifests, hooks: hooks, noHooks: false, skipTests: false, showOnly: ["templates/svc.yaml"])
        #expect(only == "---\n# Source: c/templates/svc.yaml\n" + (Self.files["c/templates/svc.yaml"] ?? "") + "\n")
        #expect(throws: RenderError.self) {
            try TemplateOutput.render(crds: [], manifests: manifests, hooks: hooks, noHooks: false, skipTests: false, showOnly: ["templates/nope.yaml"])
        }
    }

    @Test func emptyChartPrintsANewline() throws {
        #expect(try TemplateOutput.render(crds: [], manifests: [], hooks: [], noHooks: false, skipTests: false, showOnly: []) == "\n")
    }

    @Test(arguments: [(0.0, "Thu Jan  1 00:00:00 1970"), (1700000000.0, "Tue Nov 14 22:13:20 2023"), (242085845.0, "Fri Sep  2 22:04:05 1977")])
    func lastDeployedFormat(_ t: Double, _ text: String) {
        #expect(InstallReport.ansic(t, utc: true) == text)
    }

    @Test func releaseNames() {
        #expect(validateReleaseName("my-release") == nil)
        #expect(validateReleaseName("a.b-c") == nil)
        #expect(validateReleaseName("") == "release name \"\": no name provided")
        #expect(validateReleaseName("Bad_Name") != nil)
        #expect(validateReleaseName(String(repeating: "a", count: 54)) != nil)
    }
}
