/// ustar/GNU tar reading: regular files with their paths (GNU long names and PAX
/// `path` records honoured).
enum Tar {
    struct Entry {
        var path: String
        var data: [UInt8]
    }

    static func files(_ b: [UInt8]) throws -> [Entry] {
        var out: [Entry] = []
        var pos = 0
        var longName: String? = nil
        while pos + 512 <= b.count {
            let h = b[pos..<(pos + 512)]
            if h.allSatisfy({ $0 == 0 }) { break }
            func field(_ off: Int, _ len: Int) -> [UInt8] {
                let s = b[(pos + off)..<(pos + off + len)]
                if let z = s.firstIndex(of: 0) { return Array(s[s.startIndex..<z]) }
                return Array(s)
            }
            let sizeText = String(decoding: field(124, 12), as: UTF8.self).trimmingSpacesAndNULs()
            guard let size = Int(sizeText.isEmpty ? "0" : sizeText, radix: 8), size >= 0 else {
                throw RenderError(message: "archive/tar: invalid tar header")
            }
            let type = b[pos + 156]
            var name = String(decoding: field(0, 100), as: UTF8.self)
            let prefix = String(decoding: field(345, 155), as: UTF8.self)
            if !prefix.isEmpty { name = prefix + "/" + name }
            let dataStart = pos + 512
            guard dataStart + size <= b.count else { throw RenderError(message: "unexpected EOF") }
            let data = Array(b[dataStart..<(dataStart + size)])
            pos = dataStart + ((size + 511) / 512) * 512
            switch type {
            case UInt8(ascii: "L"):
                longName = String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
                continue
            case UInt8(ascii: "x"):
                if let p = paxPath(data) { longName = p }
                continue
            case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
                out.append(Entry(path: longName ?? name, data: data))
            default:
                break
            }
            longName = nil
        }
        return out
    }

    /// The `path` record of a PAX extended header (`"%d path=%s\n"` records).
    static func paxPath(_ d: [UInt8]) -> String? {
        let text = String(decoding: d, as: UTF8.self)
        for rec in text.split(separator: "\n") {
            guard let sp = rec.firstIndex(of: " ") else { continue }
            let kv = rec[rec.index(after: sp)...]
            if kv.hasPrefix("path=") { return String(kv.dropFirst(5)) }
        }
        return nil
    }
}

extension String {
    func trimmingSpacesAndNULs() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\0" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\0" { s.removeLast() }
        return String(s)
    }
}
