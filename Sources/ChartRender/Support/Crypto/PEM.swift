/// Go's `encoding/pem`: `Encode` (64-column base64 lines) and `Decode` (first valid block,
/// skipping malformed ones, tolerating headers and trailing whitespace).
enum PEM {
    struct Block {
        var type: String
        var bytes: [UInt8]
    }

    /// `pem.EncodeToMemory` for a block without headers.
    static func encode(type: String, _ bytes: [UInt8]) -> String {
        let b64 = Array(Base64.encode(bytes).utf8)
        var out = Array("-----BEGIN \(type)-----\n".utf8)
        var i = 0
        while i < b64.count {
            let end = min(i + 64, b64.count)
            out.append(contentsOf: b64[i..<end])
            out.append(10)
            i = end
        }
        out.append(contentsOf: Array("-----END \(type)-----\n".utf8))
        return String(decoding: out, as: UTF8.self)
    }

    private static let begin = Array("-----BEGIN ".utf8)
    private static let end = Array("\n-----END ".utf8)
    private static let dashes = Array("-----".utf8)

    /// `pem.Decode`: the first well-formed block, or nil ("no PEM data").
    static func decode(_ text: String) -> Block? { decode(Array(text.utf8)) }

    static func decode(_ data: [UInt8]) -> Block? {
        var pos = 0
        // Each pass consumes at least one BEGIN marker, so the loop is bounded by the input.
        while pos < data.count {
            var start: Int
            if pos == 0, hasPrefix(data, 0, begin) {
                start = begin.count
            } else if let i = find(data, Array("\n".utf8) + begin, from: pos) {
                start = i + 1 + begin.count
            } else {
                return nil
            }
            pos = start
            let (typeLine, afterType) = line(data, start)
            guard typeLine.count >= 5, Array(typeLine.suffix(5)) == dashes else { continue }
            let type = Array(typeLine.dropLast(5))
            // Headers: "Key: value" lines until the first line without a colon.
            var rest = afterType
            var sawHeader = false
            while rest < data.count {
                let (l, next) = line(data, rest)
                if !l.contains(58) { break }
                sawHeader = true
                rest = next
            }
            if rest >= data.count { return nil }
            var endIndex: Int
            var trailerIndex: Int
            if !sawHeader, hasPrefix(data, rest, Array(end.dropFirst())) {
                endIndex = rest
                trailerIndex = rest + end.count - 1
            } else if let i = find(data, end, from: rest) {
                endIndex = i
                trailerIndex = i + end.count
            } else {
                continue
            }
            let trailerLen = type.count + 5
            guard trailerIndex + trailerLen <= data.count else { continue }
            let trailer = Array(data[trailerIndex..<(trailerIndex + trailerLen)])
            guard Array(trailer.prefix(type.count)) == type, Array(trailer.suffix(5)) == dashes else { continue }
            let (tail, _) = line(data, trailerIndex + trailerLen)
            guard tail.isEmpty else { continue }
            let body = data[rest..<endIndex].filter { $0 != 32 && $0 != 9 }
            guard case .success(let bytes) = Base64.decode(Array(body)) else { continue }
            return Block(type: String(decoding: type, as: UTF8.self), bytes: bytes)
        }
        return nil
    }

    /// Go's pem `getLine`: the line at `i` without trailing spaces/tabs/CR, and the index after its newline.
    private static func line(_ d: [UInt8], _ i: Int) -> ([UInt8], Int) {
        var j = i
        while j < d.count, d[j] != 10 { j += 1 }
        let next = j < d.count ? j + 1 : j
        var e = j
        while e > i, d[e - 1] == 32 || d[e - 1] == 9 || d[e - 1] == 13 { e -= 1 }
        return (i < e ? Array(d[i..<e]) : [], next)
    }

    private static func hasPrefix(_ d: [UInt8], _ at: Int, _ p: [UInt8]) -> Bool {
        guard at >= 0, at + p.count <= d.count else { return false }
        for k in 0..<p.count where d[at + k] != p[k] { return false }
        return true
    }

    private static func find(_ d: [UInt8], _ p: [UInt8], from: Int) -> Int? {
        guard !p.isEmpty, d.count >= p.count else { return nil }
        var i = max(0, from)
        while i + p.count <= d.count {
            if d[i] == p[0], hasPrefix(d, i, p) { return i }
            i += 1
        }
        return nil
    }
}
