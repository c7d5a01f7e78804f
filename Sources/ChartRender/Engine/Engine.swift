/// Helm's template engine (`pkg/engine`): parses every template of a chart and its
/// subcharts once, in Helm's order, and renders each with its chart's scope.
///
/// STUB: the engine work replaces the body and keeps the signature.
public enum Engine {
    /// Renders every non-partial template of `chart` (and its enabled subcharts) and
    /// returns path -> output, paths as Helm names them (`mychart/templates/x.yaml`,
    /// `mychart/charts/sub/templates/y.yaml`), `NOTES.txt` included.
    ///
    /// - Parameters:
    ///   - values: the coalesced top-level `.Values` of `chart`; subcharts see
    ///     `values[subchartName]` as their `.Values`.
    public static func render(chart: Chart, values: [String: Value], release: ReleaseInfo,
                              capabilities: Capabilities, options: EngineOptions) throws -> [String: String] {
        throw RenderError(message: "template engine not implemented")
    }
}

/// Settings of one render.
public struct EngineOptions {
    /// `missingkey=error` instead of Helm's default `missingkey=zero`.
    public var strict = false
    /// Helm's lint mode (`required`/`fail` do not stop rendering).
    public var lintMode = false
    /// Random source and clock for functions.
    public var environment: RenderEnvironment

    public init(strict: Bool = false, lintMode: Bool = false, environment: RenderEnvironment = RenderEnvironment()) {
        self.strict = strict
        self.lintMode = lintMode
        self.environment = environment
    }
}

/// `.Release`.
public struct ReleaseInfo {
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

/// A render failure with Helm's complete message (one of its four shapes).
public struct RenderError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
