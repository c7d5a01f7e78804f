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
    /// Seed, clock and limits of the render (`--seed`, `SOURCE_DATE_EPOCH`).
    public var settings = RenderSettings()

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

/// `load -> prepare -> render -> assemble` (see `Stages.swift`), with Helm's order of
/// checks: kube version, chart path, user values, load, installability, release name.
/// Runs on one large-stack thread: values and charts can nest deeply.
public func renderChart(_ request: RenderRequest) throws -> RenderResult {
    try LargeStack.run {
        let rendered = try renderFilesOnCurrentThread(request)
        return try assembleRelease(rendered, request.assembleOptions)
    }
}

/// The first three stages of `renderChart`: every template's text before any splitting,
/// sorting or YAML parsing (what `render --format json` prints).
public func renderFiles(_ request: RenderRequest) throws -> RenderedChart {
    try LargeStack.run { try renderFilesOnCurrentThread(request) }
}

func renderFilesOnCurrentThread(_ request: RenderRequest) throws -> RenderedChart {
    let capabilities = try makeCapabilities(request)
    let path: String
    do { path = try locateChart(request.chartPath) } catch let e as RenderError { throw RenderFailure(e.message) }
    let userValues: [String: Value]
    do { userValues = try request.values.merge() } catch let e as RenderError { throw RenderFailure(e.message) }
    let chart: Chart
    do { chart = try ChartLoader.load(path: path) } catch let e as RenderError { throw RenderFailure(e.message) }
    try checkInstallable(chart)
    if let e = validateReleaseName(request.releaseName) { throw RenderFailure("release name check failed: " + e) }
    let prepared = try prepareChartOnCurrentThread(
        chart, PrepareOptions(values: userValues, capabilities: capabilities,
                              skipSchemaValidation: request.skipSchemaValidation))
    return try renderPreparedChartOnCurrentThread(prepared, release: request.release, settings: request.settings)
}

extension RenderRequest {
    /// `.Release` of this request (`helm template` renders as a first install).
    public var release: ReleaseInfo {
        ReleaseInfo(name: releaseName, namespace: namespace, revision: 1, isInstall: !isUpgrade, isUpgrade: isUpgrade)
    }

    /// The output options of this request.
    public var assembleOptions: AssembleOptions {
        var o = AssembleOptions()
        o.includeCRDs = includeCRDs
        o.skipTests = skipTests
        o.noHooks = noHooks
        o.showOnly = showOnly
        o.subchartNotes = subchartNotes
        return o
    }
}
