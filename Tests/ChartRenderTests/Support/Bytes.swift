import Foundation
import Testing

/// Byte-for-byte comparison of outputs with expectations. Swift `String` equality is the
/// wrong tool: decoding replaces invalid UTF-8 (so two different byte strings compare
/// equal) and canonically equivalent text compares equal (`é` == `e` + U+0301), while
/// chartr's contract is Helm's exact bytes.
enum Bytes {
    /// The bytes of a file, nil when it cannot be read.
    static func file(_ url: URL) -> [UInt8]? {
        FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
    }

    /// Where `actual` first differs from `expected`: the 1-based line and that line on each
    /// side, every byte visible; nil when they are equal.
    static func firstDifference(_ actual: [UInt8], _ expected: [UInt8]) -> String? {
        if actual == expected { return nil }
        var i = 0
        while i < actual.count, i < expected.count, actual[i] == expected[i] { i += 1 }
        let line = 1 + expected[..<i].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        func lineAround(_ b: [UInt8]) -> String {
            var start = i
            while start > 0, b[start - 1] != 0x0A { start -= 1 }
            var end = i
            while end < b.count, b[end] != 0x0A { end += 1 }
            return start == end ? "<empty>" : visible(b[start..<end])
        }
        let where_ = i == expected.count ? "after the expected end" : i == actual.count ? "actual ends early" : "differs"
        return "\(actual.count) bytes vs \(expected.count) expected; byte \(i) (line \(line)) \(where_)\n"
            + "  expected line: \(lineAround(expected))\n  actual line:   \(lineAround(actual))"
    }

    /// Printable ASCII as is, everything else escaped: `\n`, `\xNN` for a byte that is not
    /// UTF-8, `\u{...}` for any other scalar (so canonically equivalent text looks different).
    static func visible<C: Collection>(_ bytes: C, limit: Int = 240) -> String where C.Element == UInt8 {
        var out = ""
        let b = Array(bytes)
        var i = 0
        while i < b.count, out.count < limit {
            let c = b[i]
            if c >= 0x20 && c < 0x7F { out.append(Character(Unicode.Scalar(c))); i += 1; continue }
            switch c {
            case 0x0A: out += "\\n"; i += 1; continue
            case 0x09: out += "\\t"; i += 1; continue
            case 0x0D: out += "\\r"; i += 1; continue
            default: break
            }
            // One UTF-8 sequence, or one invalid byte.
            let width = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            if width > 1, i + width <= b.count,
               let s = String(validating: b[i..<(i + width)], as: UTF8.self), let scalar = s.unicodeScalars.first {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                i += width
            } else {
                out += "\\x" + (c < 0x10 ? "0" : "") + String(c, radix: 16, uppercase: true)
                i += 1
            }
        }
        return i < b.count ? out + "..." : out
    }
}

/// Records an issue naming the first differing line when `actual` and `expected` are not
/// the same bytes.
func expectSameBytes(_ actual: [UInt8], _ expected: [UInt8], _ what: String,
                     sourceLocation: SourceLocation = #_sourceLocation) {
    if let d = Bytes.firstDifference(actual, expected) {
        Issue.record("\(what): \(d)", sourceLocation: sourceLocation)
    }
}

/// The comparison helper itself: it must see what `String` equality hides.
@Suite struct BytesCompareTests {
    @Test func stringEqualityHidesWhatBytesShow() {
        let composed = Array("caf\u{E9}\n".utf8), decomposed = Array("cafe\u{301}\n".utf8)
        #expect(String(decoding: composed, as: UTF8.self) == String(decoding: decomposed, as: UTF8.self))
        #expect(Bytes.firstDifference(composed, decomposed) != nil)
        let ff: [UInt8] = [0x61, 0xFF], fe: [UInt8] = [0x61, 0xFE]
        #expect(String(decoding: ff, as: UTF8.self) == String(decoding: fe, as: UTF8.self))
        #expect(Bytes.firstDifference(ff, fe) != nil)
        #expect(Bytes.firstDifference(ff, ff) == nil)
    }

    @Test func messageNamesTheLine() {
        let d = Bytes.firstDifference(Array("a\nb".utf8) + [0xFF, 0x0A], Array("a\nbc\n".utf8))
        #expect(d == "5 bytes vs 5 expected; byte 3 (line 2) differs\n  expected line: bc\n  actual line:   b\\xFF")
        #expect(Bytes.visible(Array("e\u{301}\t".utf8)) == "e\\u{301}\\t")
    }
}
