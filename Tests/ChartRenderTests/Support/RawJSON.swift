import Foundation
@testable import ChartRender

/// The members of a JSON object as their raw text, in order. measure.py writes a case's
/// values as `json.dumps(rec["values"])`, which is the member's text in the JSONL line;
/// keeping that text (rather than re-encoding a decoded value) keeps `1.0` a float and
/// every number's spelling, as the chart measure.py builds has them.
enum RawJSON {
    struct Member {
        /// The key, decoded.
        var key: String
        /// The key as written, quotes included.
        var rawKey: ArraySlice<UInt8>
        /// The value as written.
        var rawValue: ArraySlice<UInt8>
    }

    /// The members of the object `text` (which must be one object), nil when it is not one.
    static func members(_ text: ArraySlice<UInt8>) -> [Member]? {
        var i = skipSpace(text, text.startIndex)
        guard i < text.endIndex, text[i] == UInt8(ascii: "{") else { return nil }
        i = skipSpace(text, i + 1)
        var out: [Member] = []
        if i < text.endIndex, text[i] == UInt8(ascii: "}") { return out }
        while i < text.endIndex {
            guard text[i] == UInt8(ascii: "\""), let keyEnd = stringEnd(text, i) else { return nil }
            let rawKey = text[i..<keyEnd]
            guard case .string(let key)? = try? JSON.decode(Array(rawKey)) else { return nil }
            i = skipSpace(text, keyEnd)
            guard i < text.endIndex, text[i] == UInt8(ascii: ":") else { return nil }
            i = skipSpace(text, i + 1)
            guard let valueEnd = valueEnd(text, i) else { return nil }
            out.append(Member(key: key, rawKey: rawKey, rawValue: text[i..<valueEnd]))
            i = skipSpace(text, valueEnd)
            guard i < text.endIndex else { return nil }
            if text[i] == UInt8(ascii: "}") { return out }
            guard text[i] == UInt8(ascii: ",") else { return nil }
            i = skipSpace(text, i + 1)
        }
        return nil
    }

    static func skipSpace(_ t: ArraySlice<UInt8>, _ from: Int) -> Int {
        var i = from
        while i < t.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(t[i]) { i += 1 }
        return i
    }

    /// The index after the string that starts at `from` (a `"`).
    static func stringEnd(_ t: ArraySlice<UInt8>, _ from: Int) -> Int? {
        var i = from + 1
        while i < t.endIndex {
            switch t[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i + 1
            default: i += 1
            }
        }
        return nil
    }

    /// The index after the value that starts at `from`: strings, and arrays and objects at
    /// any depth (counted, not recursed, so deeply nested values cost no stack).
    static func valueEnd(_ t: ArraySlice<UInt8>, _ from: Int) -> Int? {
        var i = from
        var depth = 0
        while i < t.endIndex {
            switch t[i] {
            case UInt8(ascii: "\""):
                guard let e = stringEnd(t, i) else { return nil }
                i = e
                if depth == 0 { return i }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return i }
                depth -= 1
                if depth == 0 { return i + 1 }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return depth == 0 && i > from ? i : nil
    }
}
