/// A non-hook document of a rendered chart.
public struct Manifest {
    /// Template path (`mychart/templates/x.yaml`).
    public var path: String
    public var content: String
    public var head: ManifestHead
}

/// A hook document (`helm.sh/hook` annotation).
public struct Hook {
    public var path: String
    public var name: String
    public var kind: String
    public var manifest: String
    /// Events, lower-cased; `test-success` is stored as `test` like Helm.
    public var events: [String]

    public var isTest: Bool { events.contains("test") }
}

/// Helm's `releaseutil.SortManifests`: files in path order, each split into documents,
/// heads parsed, hooks separated (unknown hook events drop the document), both lists
/// stably sorted by `InstallOrder`.
public enum SortManifests {
    /// Hook event names Helm knows (`helm.sh/hook` values).
    public static let hookEvents: [String: String] = [
        "pre-install": "pre-install", "post-install": "post-install",
        "pre-delete": "pre-delete", "post-delete": "post-delete",
        "pre-upgrade": "pre-upgrade", "post-upgrade": "post-upgrade",
        "pre-rollback": "pre-rollback", "post-rollback": "post-rollback",
        "test": "test", "test-success": "test",
    ]

    /// Sorts rendered files. Throws `YAML parse error on FILE: ...` for the first
    /// document (in path order) whose head cannot be read.
    public static func sort(_ files: [String: String]) throws -> (hooks: [Hook], manifests: [Manifest]) {
        var hooks: [Hook] = []
        var generic: [Manifest] = []
        for path in files.keys.sorted(by: goStringLess) {
            guard let content = files[path] else { continue }
            if GoPath.base(path).hasPrefix("_") { continue }
            if goIsBlank(content) { continue }
            for (index, doc) in SplitManifests.split(content).enumerated() {
                let head: ManifestHead
                do { head = try ManifestHead.parse(doc) } catch let e as YAMLError {
                    throw ManifestFailure(file: path, document: index, error: e)
                }
                guard head.hasMetadata, let ann = head.annotations, let hookText = ann["helm.sh/hook"] else {
                    generic.append(Manifest(path: path, content: doc, head: head))
                    continue
                }
                var events: [String] = []
                var unknown = false
                for part in hookText.split(separator: ",", omittingEmptySubsequences: false) {
                    let t = goTrimSpace(String(part)).lowercased()
                    guard let e = hookEvents[t] else { unknown = true; break }
                    events.append(e)
                }
                if unknown { continue }
                hooks.append(Hook(path: path, name: head.name, kind: head.kind, manifest: doc, events: events))
            }
        }
        return (InstallOrder.stableSort(hooks) { $0.kind }, InstallOrder.stableSort(generic) { $0.head.kind })
    }

    /// The release manifest: `---\n# Source: PATH\nDOC\n` per sorted non-hook document.
    public static func manifestText(_ manifests: [Manifest]) -> String {
        var out = ""
        for m in manifests { out += "---\n# Source: \(m.path)\n\(m.content)\n" }
        return out
    }
}

/// A rendered file holding a document that is not a manifest (its YAML does not parse, or
/// its head is not an object): the file, which document (0-based), and the YAML error,
/// whose line is within that document as go-yaml counts it.
public struct ManifestFailure: Error, CustomStringConvertible {
    public let file: String
    public let document: Int
    public let error: YAMLError
    /// Helm's text.
    public var description: String { "YAML parse error on " + file + ": " + error.message }
}
