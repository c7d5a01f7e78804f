import Foundation
import Testing
@testable import ChartrCLI

/// The real-chart corpus (`../shared/corpus/cases.tsv`, expected outputs from Helm v4.2.3):
/// every case is run through `chartr render` in-process, compared byte for byte (documents
/// listed in `<id>.random` compared with values masked), pass/total printed, and a
/// passing-ids ratchet kept in `Conformance/corpus-passing.txt`.
struct CorpusCase: Sendable {
    let id: String
    let chart: String
    let words: [String]

    static let root = SharedData.url("corpus")

    static func load() -> [CorpusCase]? {
        guard let table = try? String(contentsOf: root.appendingPathComponent("cases.tsv"), encoding: .utf8) else { return nil }
        var out: [CorpusCase] = []
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 2 else { continue }
            out.append(CorpusCase(id: f[0], chart: f[1], words: f.count > 2 ? shellWords(f[2]) : []))
        }
        return out
    }

    /// `chartr render` arguments with paths made absolute (the cases are relative to the corpus).
    var arguments: [String] {
        var words = self.words
        var name: [String] = []
        if let first = words.first, !first.hasPrefix("-") { name = [first]; words.removeFirst() }
        var out = ["render"] + name + [CorpusCase.root.appendingPathComponent("charts/\(chart)").path]
        var i = 0
        while i < words.count {
            let w = words[i]
            out.append(w)
            if (w == "-f" || w == "--values"), i + 1 < words.count {
                out.append(CorpusCase.root.appendingPathComponent(words[i + 1]).path)
                i += 2
                continue
            }
            i += 1
        }
        return out
    }

    func expected(_ ext: String) -> [UInt8]? {
        Bytes.file(CorpusCase.root.appendingPathComponent("expected/\(id).\(ext)"))
    }
}

/// Comparison of `helm template` outputs as bytes.
enum CorpusCompare {
    typealias Slice = ArraySlice<UInt8>

    static let marker = Array("---\n# Source: ".utf8)

    /// `s` split at every occurrence of `separator` (as `components(separatedBy:)`).
    static func split(_ s: Slice, _ separator: [UInt8]) -> [Slice] {
        var parts: [Slice] = []
        var start = s.startIndex
        var i = s.startIndex
        while i <= s.endIndex - separator.count {
            if s[i..<(i + separator.count)].elementsEqual(separator) {
                parts.append(s[start..<i])
                i += separator.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(s[start...])
        return parts
    }

    /// Documents of `helm template` output in order: (source path, text after the marker).
    static func documents(_ s: [UInt8]) -> [(path: Slice, text: Slice)] {
        split(s[...], marker).filter { !$0.isEmpty }.map { part in
            (part.prefix { $0 != 0x0A }, part)
        }
    }

    /// A line up to and including its first `: ` (whole line when there is none).
    static func mask(_ line: Slice) -> Slice {
        var i = line.startIndex
        while i + 1 < line.endIndex {
            if line[i] == 0x3A, line[i + 1] == 0x20 { return line[..<(i + 2)] }
            i += 1
        }
        return line
    }

    /// Equal bytes, or equal after masking the documents whose source is listed as random.
    static func matches(_ actual: [UInt8], _ expected: [UInt8], random: Set<[UInt8]>) -> Bool {
        if actual == expected { return true }
        if random.isEmpty { return false }
        let a = documents(actual), e = documents(expected)
        guard a.count == e.count else { return false }
        for (x, y) in zip(a, e) {
            if x.text.elementsEqual(y.text) { continue }
            guard x.path.elementsEqual(y.path), random.contains(Array(x.path)) else { return false }
            let xl = x.text.split(separator: 0x0A, omittingEmptySubsequences: false)
            let yl = y.text.split(separator: 0x0A, omittingEmptySubsequences: false)
            guard xl.count == yl.count else { return false }
            for (p, q) in zip(xl, yl) where !mask(p).elementsEqual(mask(q)) { return false }
        }
        return true
    }
}

@Suite struct CorpusTests {
    /// Every corpus case, in-process through `CLI.run`, bytes compared with Helm's.
    @Test(.enabled(if: SharedData.available, SharedData.absentComment))
    func corpusRatchet() throws {
        let cases = try #require(CorpusCase.load(), "cannot read \(CorpusCase.root.path)/cases.tsv")
        var passing: [String] = []
        var failing: [String] = []
        for c in cases {
            let r = runCLI(c.arguments)
            let rc = Int32(String(decoding: c.expected("rc") ?? [], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            let random = Set((c.expected("random") ?? []).split(separator: 0x0A).map { Array($0) })
            let problem: String?
            if r.code != rc {
                problem = "exit code \(r.code), Helm's \(rc): \(Bytes.visible(r.stderr))"
            } else if rc != 0 {
                problem = Bytes.firstDifference(r.stderr, c.expected("err") ?? []).map { "stderr: " + $0 }
            } else if !CorpusCompare.matches(r.stdout, c.expected("out") ?? [], random: random) {
                problem = "stdout: " + (Bytes.firstDifference(r.stdout, c.expected("out") ?? []) ?? "")
            } else {
                problem = nil
            }
            if let problem {
                failing.append(c.id)
                print("corpus \(c.id) fails: \(problem)")
            } else {
                passing.append(c.id)
            }
        }
        print("corpus: \(passing.count)/\(cases.count) passing; failing: \(failing.joined(separator: " "))")
        let lost = TestPaths.ratchet("corpus-passing.txt").subtracting(passing)
        #expect(lost.isEmpty, "previously passing corpus cases now fail: \(lost.sorted())")
        TestPaths.record("corpus-passing.txt", passing)
    }

    @Test func maskedComparison() {
        let e = Array("---\n# Source: c/templates/s.yaml\npassword: abc\nkind: Secret\n".utf8)
        let a = Array("---\n# Source: c/templates/s.yaml\npassword: xyz\nkind: Secret\n".utf8)
        let path = Array("c/templates/s.yaml".utf8)
        #expect(CorpusCompare.matches(a, e, random: [path]))
        #expect(!CorpusCompare.matches(a, e, random: []))
        #expect(!CorpusCompare.matches(a + Array("x\n".utf8), e, random: [path]))
        // Masking keeps the key: a different key is a difference.
        #expect(!CorpusCompare.matches(Array("---\n# Source: c/templates/s.yaml\npasswd: abc\nkind: Secret\n".utf8), e, random: [path]))
        // Bytes, not text: a composed and a decomposed é differ.
        #expect(!CorpusCompare.matches(Array("caf\u{E9}\n".utf8), Array("cafe\u{301}\n".utf8), random: []))
    }
}
