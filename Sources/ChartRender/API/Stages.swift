/// The four stages of a render, each a function with a typed result:
///
///     load     chart directory or .tgz          -> Chart (never changed afterwards)
///     prepare  Chart + user values + capabilities -> PreparedChart
///     render   PreparedChart + release + settings -> RenderedChart (path -> text)
///     assemble RenderedChart + output options     -> RenderResult (manifests, hooks, notes, bytes)
///
/// A chart is loaded once and prepared once per set of values; a prepared chart can be
/// rendered any number of times, on any number of threads at once: each render makes its
/// own state (random stream, step counter, budget, include/tpl runtime) from its settings.
/// `renderChart(_:)` is the composition of the four, with Helm's order of checks.
///
/// Each public stage runs on one large-stack thread of its own (values and templates can
/// nest deeply); the composition runs all of them on one such thread.

// MARK: - load

/// Loads a chart from a directory or `.tgz` path, as `helm template` finds it.
public func loadChart(_ reference: String) throws -> Chart {
    try LargeStack.run { try loadChartOnCurrentThread(reference) }
}

func loadChartOnCurrentThread(_ reference: String) throws -> Chart {
    let path: String
    do { path = try locateChart(reference) } catch let e as RenderError { throw RenderFailure(.chartNotFound(reference), e.message) }
    do { return try ChartLoader.load(path: path) } catch let e as ChartFailure { throw RenderFailure(.chartInvalid(e), e.message) }
}

// MARK: - prepare

/// What `prepare` needs besides the chart: the user's values as data and the cluster the
/// templates are told about.
public struct PrepareOptions {
    /// User-supplied values (`-f`, `--set*`, already merged; see `ValueOptions.merge`).
    public var values: [String: Value]
    public var capabilities: Capabilities
    /// `--skip-schema-validation`.
    public var skipSchemaValidation: Bool

    public init(values: [String: Value] = [:], capabilities: Capabilities = Capabilities(),
                skipSchemaValidation: Bool = false) {
        self.values = values
        self.capabilities = capabilities
        self.skipSchemaValidation = skipSchemaValidation
    }
}

/// A chart ready to render: dependencies enabled or removed, import-values applied,
/// values coalesced and validated. Nothing changes it after `prepareChart` returns, so it
/// can be shared by renders on several threads.
public struct PreparedChart: @unchecked Sendable {
    /// A copy of the loaded chart after dependency processing (the loaded one is untouched).
    public let chart: Chart
    /// The user-supplied values.
    public let userValues: [String: Value]
    /// The coalesced values the chart renders with.
    public let values: [String: Value]
    public let capabilities: Capabilities
}

/// Helm's installability checks, made right after loading (`checkIfInstallable`,
/// `CheckDependencies`): library charts and missing subcharts stop here.
public func checkInstallable(_ chart: Chart) throws {
    let type = chart.metadata.type
    if !(type.isEmpty || type == "application") { throw RenderFailure(.notInstallable(type: type)) }
    let present = Set(chart.dependencies.map { $0.name })
    let missing = chart.metadata.dependencies.map { $0.name }.filter { !present.contains($0) }
    if !missing.isEmpty {
        throw RenderFailure(.missingDependencies(missing))
    }
}

/// Dependency enablement, import-values, schema validation, coalescing and the
/// `kubeVersion` check. Returns a new value; `chart` is not changed.
public func prepareChart(_ chart: Chart, _ options: PrepareOptions) throws -> PreparedChart {
    try LargeStack.run { try prepareChartOnCurrentThread(chart, options) }
}

func prepareChartOnCurrentThread(_ loaded: Chart, _ options: PrepareOptions) throws -> PreparedChart {
    try checkInstallable(loaded)
    return try prepareInstallableChart(loaded, options)
}

/// `prepareChart` after `checkInstallable` (which `renderChart` runs earlier, before the
/// release name check, in Helm's order).
func prepareInstallableChart(_ loaded: Chart, _ options: PrepareOptions) throws -> PreparedChart {
    let chart = loaded.shallowCopy()
    let userValues = options.values
    Dependencies.process(chart, values: userValues)
    if !options.skipSchemaValidation {
        let violations = SchemaValidator.violations(chart: chart, values: Coalesce.values(chart: chart, user: userValues))
        if let message = SchemaValidator.message(violations) { throw RenderFailure(.schema(violations), message) }
    }
    // From here Helm has a release: errors are "after release".
    let values: [String: Value]
    do { values = try Coalesce.checkedValues(chart: chart, user: userValues) } catch let e as RenderError {
        throw RenderFailure(.coalesce, e.message, afterRelease: true)
    }
    let capabilities = options.capabilities
    if !chart.metadata.kubeVersion.isEmpty {
        if !VersionConstraint.isCompatible(chart.metadata.kubeVersion, capabilities.kubeVersion) {
            throw RenderFailure(.kubeVersionIncompatible(constraint: chart.metadata.kubeVersion, kubeVersion: capabilities.kubeVersion),
                                afterRelease: true)
        }
    }
    return PreparedChart(chart: chart, userValues: userValues, values: values, capabilities: capabilities)
}

// MARK: - render

/// Every template of a prepared chart rendered once.
public struct RenderedChart: @unchecked Sendable {
    public let prepared: PreparedChart
    public let release: ReleaseInfo
    /// Path -> rendered text for every non-partial template (`NOTES.txt` included; the
    /// engine skips `_*` files), as Helm's engine returns them, before any splitting,
    /// sorting or YAML parsing. Texts are Go strings (see `GoString`).
    public let files: [String: String]
}

/// Renders every template of `prepared` with `release` as `.Release`. Each call is
/// independent: equal settings (with a seed) give equal bytes.
public func renderPreparedChart(_ prepared: PreparedChart, release: ReleaseInfo = ReleaseInfo(),
                                settings: RenderSettings = RenderSettings()) throws -> RenderedChart {
    try LargeStack.run { try renderPreparedChartOnCurrentThread(prepared, release: release, settings: settings) }
}

func renderPreparedChartOnCurrentThread(_ prepared: PreparedChart, release: ReleaseInfo,
                                        settings: RenderSettings) throws -> RenderedChart {
    let files: [String: String]
    do {
        files = try Engine.renderOnCurrentThread(chart: prepared.chart, values: prepared.values, release: release,
                                                 capabilities: prepared.capabilities, settings: settings)
    } catch let e as TemplateFailure {
        throw RenderFailure(.template(file: e.file, position: e.position), e.helmMessage, afterRelease: true)
    }
    return RenderedChart(prepared: prepared, release: release, files: files)
}

// MARK: - assemble

/// What `assemble` keeps and how it prints.
public struct AssembleOptions: Sendable {
    /// `--include-crds`.
    public var includeCRDs = false
    /// `--skip-tests`.
    public var skipTests = false
    /// `--no-hooks`.
    public var noHooks = false
    /// `--show-only` globs (matched against paths without the chart name).
    public var showOnly: [String] = []
    /// `--render-subchart-notes`: subcharts' NOTES.txt join the notes.
    public var subchartNotes = false

    public init() {}
}

/// Splits the rendered files into manifests and hooks in Helm's install order, collects
/// the notes and CRDs, and prints what `helm template` prints.
public func assembleRelease(_ rendered: RenderedChart, _ options: AssembleOptions = AssembleOptions()) throws -> RenderResult {
    let chart = rendered.prepared.chart
    let files = rendered.files
    var notes = ""
    var sortable: [String: String] = [:]
    let topNotes = chart.name + "/templates/NOTES.txt"
    // Helm's renderResources: NOTES.txt files leave the manifests; the top chart's (and
    // with --render-subchart-notes every chart's) text becomes the notes, "\n"-joined.
    for p in files.keys.sorted(by: goStringLess) {
        guard let text = files[p] else { continue }
        if p.hasSuffix("NOTES.txt") {
            if p == topNotes || options.subchartNotes {
                if !notes.isEmpty { notes += "\n" }
                notes += text
            }
            continue
        }
        sortable[p] = text
    }
    let sorted: (hooks: [Hook], manifests: [Manifest])
    do { sorted = try SortManifests.sort(sortable) } catch let e as ManifestFailure {
        var f = RenderFailure(.manifest(file: e.file, document: e.document, line: e.error.line), e.description, afterRelease: true)
        f.renderedFiles = sortable
        throw f
    }
    var crds: [(String, String)] = []
    if options.includeCRDs { crds = crdFiles(chart) }
    let output: String
    do {
        output = try TemplateOutput.render(crds: crds, manifests: sorted.manifests, hooks: sorted.hooks,
                                           noHooks: options.noHooks, skipTests: options.skipTests, showOnly: options.showOnly)
    } catch let e as RenderError { throw RenderFailure(.output, e.message) }
    return RenderResult(files: files, manifests: sorted.manifests, hooks: sorted.hooks, crds: crds,
                        notes: notes, output: output, chart: chart, userValues: rendered.prepared.userValues,
                        values: rendered.prepared.values)
}
