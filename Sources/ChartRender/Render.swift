import Foundation

/// One `helm template` / `helm install --dry-run` request: everything the command line
/// can say, as data. `renderChart` turns it into Helm's output or Helm's error.
public struct RenderRequest {
    /// Chart directory or `.tgz` archive, as given on the command line.
    public var chartPath: String
    public var releaseName = "release-name"
    public var namespace = "default"
    public var values = ValueOptions()
    /// `--kube-version` as given (`1.29.0`, `v1.29`), nil for Helm's default.
    public var kubeVersion: String? = nil
    /// `--api-versions`, added to the defaults.
    public var apiVersions: [String] = []
    public var isUpgrade = false
    public var includeCRDs = false
    public var skipTests = false
    public var noHooks = false
    /// `--show-only` globs (matched against paths without the chart name).
    public var showOnly: [String] = []
    /// `--render-subchart-notes`: subcharts' NOTES.txt join the notes.
    public var subchartNotes = false
    /// `--skip-schema-validation`.
    public var skipSchemaValidation = false
    /// Random source and clock for template functions (`--seed`, `SOURCE_DATE_EPOCH`).
    public var environment = RenderEnvironment()

    public init(chartPath: String) { self.chartPath = chartPath }
}

/// A failed render: Helm's message, and whether it happened once Helm had created the
/// release (then `helm template` adds `Use --debug flag to render out invalid YAML` and
/// `helm install` prefixes `INSTALLATION FAILED: ` to every error).
public struct RenderFailure: Error, CustomStringConvertible {
    public var message: String
    public var afterRelease: Bool
    /// For YAML parse errors: every rendered file, which `--debug` prints.
    public var renderedFiles: [String: String]? = nil
    public init(_ message: String, afterRelease: Bool = false) {
        self.message = message
        self.afterRelease = afterRelease
    }

    /// What `helm template --debug` prints on stdout before the error: the rendered
    /// files (path order, blank ones skipped) for YAML parse errors, else an empty line.
    public var debugOutput: String {
        guard afterRelease else { return "" }
        var doc = ""
        if let files = renderedFiles {
            for p in files.keys.sorted(by: goStringLess) {
                guard let text = files[p], !goTrimSpace(text).isEmpty else { continue }
                doc += "---\n# Source: \(p)\n\(text)\n"
            }
        }
        return goTrimSpace(doc) + "\n"
    }
    public var description: String { message }

    /// The text `helm template` prints after `Error: `.
    public var templateMessage: String {
        afterRelease ? message + "\n\nUse --debug flag to render out invalid YAML" : message
    }
}

/// A successful render.
/// Texts are Go strings: a byte that is not valid UTF-8 (a template can print one) is held
/// as a `GoString` escape scalar, so write them with `GoString.bytes` (or `outputBytes`).
public struct RenderResult {
    /// Every rendered template (NOTES.txt included), exactly as the engine returned them.
    public var files: [String: String]
    public var manifests: [Manifest]
    public var hooks: [Hook]
    /// `--include-crds`: CRD files of the chart and its enabled subcharts, (path, text).
    public var crds: [(String, String)]
    /// The top chart's rendered NOTES.txt, empty when there is none.
    public var notes: String
    /// What `helm template` prints on stdout.
    public var output: String
    /// The bytes of `output`, as Helm writes them.
    public var outputBytes: [UInt8] { GoString.bytes(output) }
    /// The loaded chart (after dependency processing).
    public var chart: Chart
    /// The user-supplied values (`-f`, `--set*` merged).
    public var userValues: [String: Value] = [:]
    /// The coalesced values the chart rendered with.
    public var values: [String: Value] = [:]
}

/// load -> values -> dependencies -> coalesce -> Engine.render -> sort -> output.
/// Runs on a large stack: values and charts can nest deeply.
public func renderChart(_ request: RenderRequest) throws -> RenderResult {
    try LargeStack.run { try renderChartOnCurrentThread(request) }
}

func renderChartOnCurrentThread(_ request: RenderRequest) throws -> RenderResult {
    let capabilities = try makeCapabilities(request)
    let path = try locateChart(request.chartPath)
    let userValues: [String: Value]
    do { userValues = try request.values.merge() } catch let e as RenderError { throw RenderFailure(e.message) }
    let chart: Chart
    do { chart = try ChartLoader.load(path: path) } catch let e as RenderError { throw RenderFailure(e.message) }
    let type = chart.metadata.type
    if !(type.isEmpty || type == "application") { throw RenderFailure("\(type) charts are not installable") }
    let present = Set(chart.dependencies.map { $0.name })
    let missing = chart.metadata.dependencies.map { $0.name }.filter { !present.contains($0) }
    if !missing.isEmpty {
        throw RenderFailure("an error occurred while checking for chart dependencies. You may need to run 'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: " + missing.joined(separator: ", "))
    }
    if let e = validateReleaseName(request.releaseName) { throw RenderFailure("release name check failed: " + e) }
    Dependencies.process(chart, values: userValues)
    if !request.skipSchemaValidation,
       let problem = SchemaValidator.validate(chart: chart, values: Coalesce.values(chart: chart, user: userValues)) {
        throw RenderFailure(problem)
    }

    // From here Helm has a release: errors are "after release".
    let values: [String: Value]
    do { values = try Coalesce.checkedValues(chart: chart, user: userValues) } catch let e as RenderError {
        throw RenderFailure(e.message, afterRelease: true)
    }
    if !chart.metadata.kubeVersion.isEmpty {
        let ok: Bool
        if let v = SemanticVersion(capabilities.kubeVersion) {
            ok = (try? VersionConstraint.check(chart.metadata.kubeVersion, v)) ?? false
        } else { ok = false }
        if !ok {
            throw RenderFailure("chart requires kubeVersion: \(chart.metadata.kubeVersion) which is incompatible with Kubernetes \(capabilities.kubeVersion)", afterRelease: true)
        }
    }
    let release = ReleaseInfo(name: request.releaseName, namespace: request.namespace, revision: 1,
                              isInstall: !request.isUpgrade, isUpgrade: request.isUpgrade)
    let files: [String: String]
    do {
        files = try Engine.render(chart: chart, values: values, release: release, capabilities: capabilities,
                                  options: EngineOptions(environment: request.environment))
    } catch let e as RenderError {
        throw RenderFailure(e.message, afterRelease: true)
    } catch {
        throw RenderFailure("\(error)", afterRelease: true)
    }
    var notes = ""
    var sortable: [String: String] = [:]
    let topNotes = chart.name + "/templates/NOTES.txt"
    // Helm's renderResources: NOTES.txt files leave the manifests; the top chart's (and
    // with --render-subchart-notes every chart's) text becomes the notes, "\n"-joined.
    for p in files.keys.sorted(by: goStringLess) {
        guard let text = files[p] else { continue }
        if p.hasSuffix("NOTES.txt") {
            if p == topNotes || request.subchartNotes {
                if !notes.isEmpty { notes += "\n" }
                notes += text
            }
            continue
        }
        sortable[p] = text
    }
    let sorted: (hooks: [Hook], manifests: [Manifest])
    do { sorted = try SortManifests.sort(sortable) } catch let e as RenderError {
        var f = RenderFailure(e.message, afterRelease: true)
        f.renderedFiles = sortable
        throw f
    }
    var crds: [(String, String)] = []
    if request.includeCRDs { crds = crdFiles(chart) }
    let output: String
    do {
        output = try TemplateOutput.render(crds: crds, manifests: sorted.manifests, hooks: sorted.hooks,
                                           noHooks: request.noHooks, skipTests: request.skipTests, showOnly: request.showOnly)
    } catch let e as RenderError { throw RenderFailure(e.message) }
    return RenderResult(files: files, manifests: sorted.manifests, hooks: sorted.hooks, crds: crds,
                        notes: notes, output: output, chart: chart, userValues: userValues, values: values)
}
