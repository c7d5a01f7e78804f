import Foundation
import Testing
@testable import ChartRender

/// The folder order of `Sources/ChartRender` written in the README (between the
/// `layers:begin`/`layers:end` markers, top layer first) is the order of dependencies: a file
/// uses only names declared in its own layer or below. Every folder is listed, and the
/// template engine knows no Sprig or Helm function by name.
struct LayeringTests {
    static let sources = GoldenCase.packageRoot.appendingPathComponent("Sources/ChartRender")

    /// README layers, bottom first; each layer is a set of folder names.
    static func layers() throws -> [[String]] {
        let readme = try String(contentsOf: GoldenCase.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let begin = readme.range(of: "<!-- layers:begin -->"),
              let end = readme.range(of: "<!-- layers:end -->", range: begin.upperBound..<readme.endIndex) else { return [] }
        var out: [[String]] = []
        for line in readme[begin.upperBound..<end.lowerBound].split(separator: "\n") {
            // Each line names its folders first (`Chart/  Values/   what they hold`).
            let folders = line.split(separator: " ").prefix { $0.hasSuffix("/") }.map { String($0.dropLast()) }
            if !folders.isEmpty { out.append(folders) }
        }
        return out.reversed()
    }

    struct SourceFile {
        let folder: String
        let path: String
        let code: String
    }

    /// Every Swift file with comments and string literals removed.
    static func sourceFiles() throws -> [SourceFile] {
        var out: [SourceFile] = []
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: sources.path) else { return [] }
        while let rel = walker.nextObject() as? String {
            guard rel.hasSuffix(".swift") else { continue }
            let folder = rel.contains("/") ? String(rel.split(separator: "/")[0]) : "."
            let text = try String(contentsOf: sources.appendingPathComponent(rel), encoding: .utf8)
            out.append(SourceFile(folder: folder, path: rel, code: strip(text)))
        }
        return out
    }

    static func strip(_ text: String) -> String {
        var s = text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: ##"#"[^\n]*?"#"##, with: "\"\"", options: .regularExpression)
        s = s.replacingOccurrences(of: #""(?:[^"\\\n]|\\.)*""#, with: "\"\"", options: .regularExpression)
        return s
    }

    static func matches(_ pattern: String, _ text: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    @Test func everyFolderIsInTheReadmesLayers() throws {
        let listed = Set(try Self.layers().flatMap { $0 })
        let folders = Set(try Self.sourceFiles().map(\.folder))
        #expect(!listed.isEmpty, "README has no layers block")
        #expect(!folders.contains("."), "Swift files directly under Sources/ChartRender")
        #expect(folders.subtracting(listed).sorted() == [], "folders missing from the README's layers")
        #expect(listed.subtracting(folders).sorted() == [], "README layers that are not folders")
    }

    @Test func noFolderUsesALayerAboveIt() throws {
        let layers = try Self.layers()
        var level: [String: Int] = [:]
        for (i, layer) in layers.enumerated() { for f in layer { level[f] = i } }
        let files = try Self.sourceFiles()
        // Top-level declarations and the folder that declares them.
        var owner: [String: String] = [:]
        for f in files {
            let names = Self.matches(#"^(?:public |internal |fileprivate )?(?:final )?(?:indirect )?(?:class|struct|enum|protocol|typealias|actor) (\w+)"#, f.code)
                + Self.matches(#"^(?:public |internal )?(?:@inlinable )?func (\w+)"#, f.code)
            for n in names where owner[n] == nil { owner[n] = f.folder }
        }
        var violations: [String] = []
        for f in files {
            guard let mine = level[f.folder] else { continue }
            let idents = Set(Self.matches(#"\b([A-Za-z_]\w*)\b"#, f.code))
            for ident in idents.sorted() {
                guard let o = owner[ident], let theirs = level[o], theirs > mine else { continue }
                violations.append("\(f.path) uses \(ident) from \(o)/")
            }
        }
        #expect(violations == [])
    }

    /// Aliasing is declared by the functions (they change maps through `GoMap`'s shared
    /// members); the executor needs no list of names.
    @Test func templateKnowsNoSprigOrHelmFunctionName() throws {
        let goBuiltins = Set(Builtins.table.keys).union(ExecBuiltins.names)
        var names = Set(Functions.table.keys).union(HelmFunctions.table(lintMode: false).keys)
        names.subtract(goBuiltins)
        var found: [String] = []
        let fm = FileManager.default
        let dir = Self.sources.appendingPathComponent("Template")
        for file in try fm.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let code = text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
            for literal in Self.matches(#""([A-Za-z][A-Za-z0-9]*)""#, code) where names.contains(literal) {
                found.append("\(file): \"\(literal)\"")
            }
        }
        #expect(!names.isEmpty)
        #expect(found == [])
    }
}
