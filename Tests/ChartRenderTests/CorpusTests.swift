import Foundation
import Testing

/// The real-chart corpus (`../shared/corpus/cases.tsv`, expected outputs from Helm v4.2.3):
/// every case is run through the built `chartr render`, compared byte for byte (documents
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

    func expected(_ ext: String) -> String? {
        try? String(contentsOf: CorpusCase.root.appendingPathComponent("expected/\(id).\(ext)"), encoding: .utf8)
    }
}

enum CorpusCompare {
    /// Documents of `helm template` output keyed in order: (source path, text).
    static func documents(_ s: String) -> [(String, String)] {
        var out: [(String, String)] = []
        for part in s.components(separatedBy: "---\n# Source: ") where !part.isEmpty {
            let path = part.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            out.append((path, part))
        }
        return out
    }

    /// A line up to and including its first `: ` (whole line when there is none).
    static func mask(_ line: Substring) -> Substring {
        if let r = line.range(of: ": ") { return line[..<r.upperBound] }
        return line
    }

    /// Equal, or equal after masking the documents whose source is listed as random.
    static func matches(_ actual: String, _ expected: String, random: Set<String>) -> Bool {
        if actual == expected { return true }
        if random.isEmpty { return false }
        let a = documents(actual), e = documents(expected)
        guard a.count == e.count else { return false }
        for (x, y) in zip(a, e) {
            if x.1 == y.1 { continue }
            guard x.0 == y.0, random.contains(x.0) else { return false }
            let xl = x.1.split(separator: "\n", omittingEmptySubsequences: false)
            let yl = y.1.split(separator: "\n", omittingEmptySubsequences: false)
            guard xl.count == yl.count else { return false }
            for (p, q) in zip(xl, yl) where mask(p) != mask(q) { return false }
        }
        return true
    }
}

@Suite struct CorpusTests {
    @Test(.enabled(if: SharedData.available, SharedData.absentComment))
    func corpusRatchet() throws {
        let cases = try #require(CorpusCase.load(), "cannot read \(CorpusCase.root.path)/cases.tsv")
        var passing: [String] = []
        var failing: [String] = []
        for c in cases {
            let r = try runChartr(c.arguments)
            let out = String(decoding: r.stdout, as: UTF8.self)
            let err = String(decoding: r.stderr, as: UTF8.self)
            let rc = Int32((c.expected("rc") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            let random = Set((c.expected("random") ?? "").split(separator: "\n").map(String.init))
            let ok: Bool
            if rc != 0 {
                ok = r.status == rc && err == (c.expected("err") ?? "")
            } else {
                ok = r.status == 0 && CorpusCompare.matches(out, c.expected("out") ?? "", random: random)
            }
            if ok { passing.append(c.id) } else { failing.append(c.id) }
        }
        print("corpus: \(passing.count)/\(cases.count) passing; failing: \(failing.joined(separator: " "))")
        let lost = TestPaths.ratchet("corpus-passing.txt").subtracting(passing)
        #expect(lost.isEmpty, "previously passing corpus cases now fail: \(lost.sorted())")
        TestPaths.record("corpus-passing.txt", passing)
    }

    @Test func maskedComparison() {
        let e = "---\n# Source: c/templates/s.yaml\npassword: abc\nkind: Secret\n"
        let a = "---\n# Source: c/templates/s.yaml\npassword: xyz\nkind: Secret\n"
        #expect(CorpusCompare.matches(a, e, random: ["c/templates/s.yaml"]))
        #expect(!CorpusCompare.matches(a, e, random: []))
        #expect(!CorpusCompare.matches(a + "x\n", e, random: ["c/templates/s.yaml"]))
    }
}
