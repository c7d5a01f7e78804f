/// Every function a Helm 4.2.3 template can call, by name.
///
/// Each family lives in its own file and contributes one table; this file only joins
/// them. Helm's own functions that need the engine (`include`, `tpl`, `required`, ...)
/// come from `Engine/HelmFunctions.swift`.
enum Functions {
    /// Sprig v3.3.0 (less `env` and `expandenv`, which Helm removes) and Helm's
    /// engine-independent functions (`toYaml`, `fromJson`, `lookup`, ...).
    static let table: [String: Function] = {
        var all: [String: Function] = [:]
        for family in families {
            all.merge(family) { first, _ in first }
        }
        return all
    }()

    static var families: [[String: Function]] {
        [strings, lists, dicts, math, conversions, defaults, reflection, pathsAndURLs,
         encoding, crypto, regex, semver, dates, serialization]
    }
}
