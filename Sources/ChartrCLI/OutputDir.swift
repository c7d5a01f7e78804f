import ChartRender
import Foundation

/// `helm template --output-dir DIR`: each document written under DIR (CRDs, then
/// manifests, then hooks; a file written twice gets the later documents appended), one
/// `wrote PATH` line per document on stdout.
enum OutputDir {
    static func write(_ r: RenderResult, dir: String, releaseName: String, useReleaseName: Bool,
                      noHooks: Bool, skipTests: Bool) throws -> CLI.Outcome {
        var out = ""
        var written = Set<String>()
        func emit(_ base: String, _ name: String, _ data: String, hook: Bool = false) throws {
            // Helm's writeToFile: `dir + "/" + name`, its `filepath.Dir` made with MkdirAll.
            let path = base + "/" + name
            try FileManager.default.createDirectory(atPath: GoPath.dir(path), withIntermediateDirectories: true)
            let text = "---\n# Source: \(name)\n\(data)\n"
            // Helm appends a hook to a file already on disk (even from an earlier run).
            let append = written.contains(path) || (hook && FileManager.default.fileExists(atPath: path))
            if append, let h = FileHandle(forWritingAtPath: path) {
                h.seekToEndOfFile()
                h.write(Data(GoString.bytes(text)))
                h.closeFile()
            } else {
                guard FileManager.default.createFile(atPath: path, contents: Data(GoString.bytes(text))) else {
                    throw RenderFailure("open \(path): permission denied")
                }
            }
            written.insert(path)
            out += "wrote \(path)\n"
        }
        for (p, c) in r.crds { try emit(dir, p, c) }
        let base = useReleaseName ? GoPath.join(dir, releaseName) : dir
        for m in r.manifests { try emit(base, m.path, m.content) }
        if !noHooks {
            for h in r.hooks where !(skipTests && h.isTest) { try emit(base, h.path, h.manifest, hook: true) }
        }
        return CLI.Outcome(stdout: out + "\n")
    }
}
