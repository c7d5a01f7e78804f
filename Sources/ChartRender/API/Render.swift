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
    do { path = try locateChart(request.chartPath) } catch let e as RenderError {
        throw RenderFailure(.chartNotFound(request.chartPath), e.message)
    }
    let userValues: [String: Value]
    do { userValues = try request.values.merge() } catch let e as ValuesFailure { throw RenderFailure(.values(e.source), e.message) }
    let chart: Chart
    do { chart = try ChartLoader.load(path: path) } catch let e as ChartFailure { throw RenderFailure(.chartInvalid(e), e.message) }
    try checkInstallable(chart)
    if let e = validateReleaseName(request.releaseName) {
        throw RenderFailure(.releaseName(request.releaseName), "release name check failed: " + e)
    }
    let prepared = try prepareInstallableChart(
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
