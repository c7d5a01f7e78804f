import Foundation

/// Helm's template engine (`pkg/engine`): parses every template of a chart and its
/// subcharts once, in Helm's order, and renders each with its chart's scope.
enum Engine {
    /// Renders every non-partial template of `chart` (and its subcharts) and
    /// returns path -> output, paths as Helm names them (`mychart/templates/x.yaml`,
    /// `mychart/charts/sub/templates/y.yaml`), `NOTES.txt` included.
    ///
    /// - Parameters:
    ///   - values: the coalesced top-level `.Values` of `chart`; subcharts see
    ///     `values[subchartName]` as their `.Values`.
    /// Each call makes its own `RenderEnvironment` from `settings`: nothing carries over
    /// from one render to the next, and renders on several threads at once are independent.
    static func render(chart: Chart, values: [String: Value], release: ReleaseInfo,
                              capabilities: Capabilities, settings: RenderSettings = RenderSettings()) throws -> [String: String] {
        try LargeStack.run {
            try renderOnCurrentThread(chart: chart, values: values, release: release,
                                      capabilities: capabilities, settings: settings)
        }
    }

    /// One template file with the scope it renders in.
    struct Renderable {
        let path: String
        let text: [UInt8]
        /// The chart's scope, shared by its templates: Helm passes one map to all of
        /// them, so what one template changes (`set .Values ...`) later ones see.
        let scope: GoMap
        let basePath: String
    }

    /// - Parameter templateName: a name for the chart's only template instead of its chart
    ///   path (Helm renders `--name-template` as the template `name-template`).
    static func renderOnCurrentThread(chart: Chart, values: [String: Value], release: ReleaseInfo,
                                      capabilities: Capabilities, settings: RenderSettings,
                                      templateName: String? = nil) throws -> [String: String] {
        var renderables: [Renderable] = []
        let caps = Value.object(CapabilitiesObject(capabilities))
        // The render's own copy: templates change values in place (Go maps are shared),
        // and nothing they change may reach the caller's values or another render.
        let ownValues = GoMap(values).deepCopy()
        _ = collect(chart, values: ownValues, fullPath: chart.name, isRoot: true,
                    release: HelmObjects.release(release), capabilities: caps, into: &renderables)
        if let name = templateName, renderables.count == 1, let only = renderables.first {
            renderables = [Renderable(path: name, text: only.text, scope: only.scope, basePath: only.basePath)]
        }
        let ordered = sortTemplates(renderables)

        var functions = Builtins.table
        for (k, v) in Functions.table { functions[k] = v }
        for (k, v) in HelmFunctions.table(lintMode: settings.lintMode) { functions[k] = v }
        let set = TemplateSet(name: "gotpl", functions: functions, missingKeyError: settings.strict)
        for r in ordered {
            do {
                try set.parse(name: r.path, text: r.text)
            } catch let e as TemplateParseError {
                throw TemplateFailure.parse(e)
            }
        }

        let environment = RenderEnvironment(settings: settings)
        let runtime = RenderRuntime(set: set, env: environment)
        environment.runtime = runtime

        var rendered: [String: String] = [:]
        for r in ordered {
            let base = r.path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? r.path
            if base.hasPrefix("_") { continue }
            // Helm sets `.Template` in the chart's shared scope map before each template.
            r.scope.sharedSet("Template", .map(["Name": .string(r.path), "BasePath": .string(r.basePath)], GoType.values))
            do {
                let out = try runtime.execute(name: r.path, data: .map(r.scope, GoType.values))
                rendered[r.path] = removeNoValue(out)
            } catch {
                throw TemplateFailure.execution(file: r.path, error)
            }
        }
        return rendered
    }

    /// Helm deletes every `<no value>` from a rendered template.
    static func removeNoValue(_ bytes: [UInt8]) -> String {
        let marker = Array("<no value>".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), i + marker.count <= bytes.count {
                var match = true
                var k = 1
                while k < marker.count {
                    if bytes[i + k] != marker[k] { match = false; break }
                    k += 1
                }
                if match { i += marker.count; continue }
            }
            out.append(bytes[i])
            i += 1
        }
        return GoString.string(out)
    }

    /// Helm's `recAllTpls`: the scope of a chart and its templates, subcharts first.
    /// A subchart's `.Values` is the map at `.Values.<name>` of its parent (one Go map, so
    /// a change made through either is seen through both); `.Release` is one map for all.
    /// Returns the chart's scope (for the parent's `.Subcharts`).
    @discardableResult
    static func collect(_ chart: Chart, values: GoMap, fullPath: String, isRoot: Bool,
                        release: Value, capabilities: Value, into out: inout [Renderable]) -> GoMap {
        var subcharts: [String: Value] = [:]
        for dep in chart.dependencies {
            var depValues = GoMap()
            if case .map(let m, _)? = values[dep.name] { depValues = m }
            let depScope = collect(dep, values: depValues, fullPath: fullPath + "/charts/" + dep.name, isRoot: false,
                                   release: release, capabilities: capabilities, into: &out)
            subcharts[dep.name] = .map(depScope, .stringMap)
        }
        let scope: GoMap = [
            "Chart": HelmObjects.chart(chart.metadata, isRoot: isRoot),
            "Files": HelmObjects.files(chart.files),
            "Release": release,
            "Capabilities": capabilities,
            "Values": .map(values, GoType.values),
            "Subcharts": .map(subcharts),
        ]
        let isLibrary = chart.metadata.raw["type"]?.stringValue == "library"
        for t in chart.templates {
            let base = t.path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? t.path
            if isLibrary && !base.hasPrefix("_") { continue }
            out.append(Renderable(path: fullPath + "/" + t.path, text: t.data, scope: scope,
                                  basePath: fullPath + "/templates"))
        }
        return scope
    }

    /// Helm's `sortTemplates`: deepest paths first; within one depth, reverse byte order.
    static func sortTemplates(_ r: [Renderable]) -> [Renderable] {
        func depth(_ s: String) -> Int { s.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }
        return r.sorted { a, b in
            let da = depth(a.path), db = depth(b.path)
            if da != db { return da > db }
            return goStringLess(b.path, a.path)
        }
    }
}

/// `.Release`.
public struct ReleaseInfo: Sendable, Equatable {
    public var name: String
    public var namespace: String
    public var revision: Int
    public var isInstall: Bool
    public var isUpgrade: Bool
    public var service: String

    public init(name: String = "release-name", namespace: String = "default", revision: Int = 1,
                isInstall: Bool = true, isUpgrade: Bool = false, service: String = "Helm") {
        self.name = name
        self.namespace = namespace
        self.revision = revision
        self.isInstall = isInstall
        self.isUpgrade = isUpgrade
        self.service = service
    }
}
