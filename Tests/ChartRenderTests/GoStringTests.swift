import Foundation
import Testing
@testable import ChartRender

/// `GoString`: Go strings are bytes; every byte sequence survives the trip through a
/// Swift `String`, valid UTF-8 is left alone, and invalid bytes read as U+FFFD where Go
/// decodes runes.
struct GoStringTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        /// What Go's rune decoding sees (`for _, r := range s`) as a Swift string; nil when
        /// the bytes are valid UTF-8 and stay as they are.
        let runes: String?
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "empty", bytes: [], runes: nil),
        Row(name: "ASCII", bytes: Array("a: 1\n".utf8), runes: nil),
        Row(name: "valid multi-byte", bytes: Array("héllo 中 😀".utf8), runes: nil),
        Row(name: "lone 0xFF", bytes: [0x61, 0xFF, 0x62], runes: "a\u{FFFD}b"),
        Row(name: "truncated sequence", bytes: [0xE2, 0x82], runes: "\u{FFFD}\u{FFFD}"),
        Row(name: "first byte of é", bytes: [0x68, 0xC3], runes: "h\u{FFFD}"),
        Row(name: "overlong NUL", bytes: [0xC0, 0x80], runes: "\u{FFFD}\u{FFFD}"),
        Row(name: "surrogate half", bytes: [0xED, 0xA0, 0x80], runes: "\u{FFFD}\u{FFFD}\u{FFFD}"),
        Row(name: "above U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80], runes: "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        // A valid encoding of a scalar in the escape range is itself escaped byte by byte
        // (so the mapping stays injective), and is still valid UTF-8 in Go's view.
        Row(name: "valid U+10FF80", bytes: [0xF4, 0x8F, 0xBE, 0x80], runes: nil),
        Row(name: "valid U+10FFFF", bytes: [0xF4, 0x8F, 0xBF, 0xBF], runes: nil),
        Row(name: "valid U+10FFFF then 0xFF", bytes: [0xF4, 0x8F, 0xBF, 0xBF, 0xFF],
            runes: GoString.string([0xF4, 0x8F, 0xBF, 0xBF, 0xEF, 0xBF, 0xBD])),
        Row(name: "valid U+10FF7F", bytes: [0xF4, 0x8F, 0xBD, 0xBF], runes: nil),
    ]

    @Test(arguments: rows)
    func roundTrip(_ row: Row) {
        let s = GoString.string(row.bytes)
        #expect(GoString.bytes(s) == row.bytes)
        #expect(GoString.byteCount(s) == row.bytes.count)
        let valid = String(validating: row.bytes, as: UTF8.self) != nil
        #expect(GoString.hasInvalidBytes(s) == !valid)
        if let runes = row.runes {
            #expect(GoString.replacingInvalid(s) == runes)
        } else if valid {
            #expect(GoString.replacingInvalid(s) == s)
        }
        // Valid UTF-8 outside the escape range is the same Swift string.
        if valid && !row.bytes.starts(with: [0xF4, 0x8F, 0xBE]) && !row.bytes.starts(with: [0xF4, 0x8F, 0xBF]) {
            #expect(s == String(decoding: row.bytes, as: UTF8.self))
        }
    }

    /// Random byte strings, weighted toward bytes >= 0x80, all survive the trip.
    @Test func randomRoundTrip() {
        var rng = RandomSource(seed: 42)
        for _ in 0..<2000 {
            let n = Int(rng.next() % 24)
            let bytes = (0..<n).map { _ -> UInt8 in
                let r = rng.next()
                return r % 3 == 0 ? UInt8(truncatingIfNeeded: r >> 8) & 0x7F : UInt8(truncatingIfNeeded: r >> 8) | 0x80
            }
            let s = GoString.string(bytes)
            #expect(GoString.bytes(s) == bytes, "\(bytes)")
            var appended: [UInt8] = [0x2D]
            GoString.append(s, to: &appended)
            #expect(appended == [0x2D] + bytes)
        }
    }

    /// Sorting compares Go's bytes: 0x80 sorts before `é` (0xC3 0xA9) and 0xFF after it.
    @Test func byteOrder() {
        let low = GoString.string([0x80]), high = GoString.string([0xFF])
        #expect(goStringLess(low, "é"))
        #expect(goStringLess("é", high))
        #expect(!goStringLess(high, "é"))
        #expect([high, "é", "a", low].sorted(by: goStringLess) == ["a", low, "é", high])
    }

    /// A template prints bytes that are not UTF-8 as they are (Helm writes Go strings
    /// unchanged; the oracle cannot show this, its output crosses a JSON boundary).
    @Test func renderedOutputKeepsBytes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chartr-gostring-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data("apiVersion: v2\nname: c\nversion: 0.1.0\n".utf8).write(to: dir.appendingPathComponent("Chart.yaml"))
        try Data(#"{{ "caf\xc3" }}|{{ .Files.Get "raw.bin" }}|{{ "\xff" | b64enc }}"#.utf8)
            .write(to: dir.appendingPathComponent("templates/NOTES.txt"))
        try Data([0x00, 0xFE, 0x41]).write(to: dir.appendingPathComponent("raw.bin"))
        let result = try renderChart(RenderRequest(chartPath: dir.path))
        #expect(GoString.bytes(result.notes) == Array("caf".utf8) + [0xC3] + Array("|".utf8) + [0x00, 0xFE, 0x41] + Array("|/w==".utf8))
    }
}

/// `strings.EqualFold` rows from Go's `strings_test.go`, plus an invalid byte.
@Test(arguments: [
    ("abc", "abc", true), ("ABcd", "ABcd", true), ("123abc", "123ABC", true), ("αβδ", "ΑΒΔ", true),
    ("abc", "xyz", false), ("abc", "XYZ", false), ("abcdefghijk", "abcdefghijX", false),
    ("abcdefghijk", "abcdefghij\u{212A}", true), ("abcdefghijK", "abcdefghij\u{212A}", true),
    ("abcdefghijkz", "abcdefghij\u{212A}Z", true), ("1", "2", false), ("utf-8", "US-ASCII", false),
    ("falſe", "false", true), ("", "", true), ("a", "", false),
    (GoString.string([0xFF]), GoString.string([0xFE]), true),
])
func goEqualFold(_ a: String, _ b: String, _ want: Bool) {
    #expect(GoStrings.equalFold(a, b) == want)
}
