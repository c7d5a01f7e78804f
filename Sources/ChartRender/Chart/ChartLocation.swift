import Foundation

/// `helm template`'s chart location rules for a local path.
func locateChart(_ ref: String) throws -> String {
    let name = goTrimSpace(ref)
    if FileManager.default.fileExists(atPath: name) {
        // Helm works with the absolute, cleaned path (it shows in load errors).
        let abs = name.hasPrefix("/") ? name : FileManager.default.currentDirectoryPath + "/" + name
        return GoPath.clean(abs)
    }
    if name.hasPrefix("/") || name.hasPrefix(".") { throw RenderError(message: "path \(GoQuote.quote(name)) not found") }
    if !name.contains("/") {
        throw RenderError(message: "non-absolute URLs should be in form of repo_name/path_to_chart, got: \(name)")
    }
    let repo = name.split(separator: "/").first.map(String.init) ?? name
    throw RenderError(message: "repo \(repo) not found")
}
