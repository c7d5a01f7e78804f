/// ustar/GNU tar reading as Go's `archive/tar` does it, fed piece by piece from the gzip
/// stream (`TarReader`) so that limits are checked on each header before its data is
/// kept. GNU long names and PAX `path` records are honoured.
enum Tar {
    struct Entry {
        var path: String
        var data: [UInt8]
    }

    /// Go's `maxSpecialFileSize`: the largest GNU long name or PAX header read.
    static let maxSpecialFileSize = 1 << 20

    /// Every regular file of a whole (decompressed) tar stream.
    static func files(_ b: [UInt8]) throws -> [Entry] {
        var out: [Entry] = []
        var reader = TarReader()
        _ = try reader.feed(b[...], onHeader: { h in h.isRegular ? h.name : nil },
                            onData: { name, data in out.append(Entry(path: name, data: data)) })
        try reader.finish()
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

/// One tar header as `tar.Reader.Next` returns it.
struct TarHeader {
    var name: String
    var type: UInt8
    var size: Int
    var mode: Int

    /// `hd.FileInfo().IsDir()`: a directory type flag or directory mode bits.
    var isDirectory: Bool { type == UInt8(ascii: "5") || mode & 0o170000 == 0o040000 }
    /// A regular file (`0`, NUL, contiguous `7`).
    var isRegular: Bool { !isDirectory && (type == UInt8(ascii: "0") || type == 0 || type == UInt8(ascii: "7")) }
    /// Devices and FIFOs (`3`, `4`, `6`).
    var isSpecial: Bool { type == UInt8(ascii: "3") || type == UInt8(ascii: "4") || type == UInt8(ascii: "6") }
}

/// Incremental tar parser: bytes go in with `feed`; each header is offered to `onHeader`
/// (which may throw to stop, or return the name to keep the entry under, or nil to skip
/// it) before any of its data is held; `onData` gets kept entries whole.
struct TarReader {
    private var buf: [UInt8] = []
    private var start = 0
    private var pending: (header: TarHeader, keep: String?)? = nil
    private var longName: String? = nil
    private var sawZeroBlock = false
    private(set) var finished = false

    /// Consumes `bytes`; returns true once the end-of-archive marker has been read.
    mutating func feed(_ bytes: ArraySlice<UInt8>, onHeader: (TarHeader) throws -> String?,
                       onData: (String, [UInt8]) throws -> Void) throws -> Bool {
        if finished { return true }
        buf.append(contentsOf: bytes)
        defer {
            if start > 0 { buf.removeFirst(start); start = 0 }
        }
        while !finished {
            let avail = buf.count - start
            if let (h, keep) = pending {
                let padded = (h.size + 511) / 512 * 512
                guard avail >= padded else { break }
                let data = Array(buf[start..<(start + h.size)])
                start += padded
                pending = nil
                switch h.type {
                case UInt8(ascii: "L"): longName = String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
                case UInt8(ascii: "x"): if let p = Tar.paxPath(data) { longName = p }
                default: if let name = keep { try onData(name, data) }
                }
                continue
            }
            guard avail >= 512 else { break }
            let block = buf[start..<(start + 512)]
            start += 512
            let zero = block.allSatisfy { $0 == 0 }
            if sawZeroBlock {
                // Go: two zero blocks end the archive; a zero block then a header is corrupt.
                guard zero else { throw ChartFailure.stream("archive/tar: invalid tar header") }
                finished = true
                break
            }
            if zero { sawZeroBlock = true; continue }
            try header(block, onHeader: onHeader)
        }
        return finished
    }

    /// Reads one 512-byte header block into `pending`.
    private mutating func header(_ block: ArraySlice<UInt8>, onHeader: (TarHeader) throws -> String?) throws {
        let base = block.startIndex
        func field(_ off: Int, _ len: Int) -> [UInt8] {
            let s = block[(base + off)..<(base + off + len)]
            if let z = s.firstIndex(of: 0) { return Array(s[s.startIndex..<z]) }
            return Array(s)
        }
        func octal(_ off: Int, _ len: Int) throws -> Int {
            let text = String(decoding: field(off, len), as: UTF8.self).trimmingSpacesAndNULs()
            // archive/tar's parseOctal: `strconv.ParseUint(s, 8, 64)`; a size that does
            // not fit int64 is a header error too.
            guard let u = try? GoStrconv.parseUint(text.isEmpty ? "0" : text, base: 8, bitSize: 64),
                  let n = Int(exactly: u) else {
                throw ChartFailure.stream("archive/tar: invalid tar header")
            }
            return n
        }
        var size = try octal(124, 12)
        let mode = (try? octal(100, 8)) ?? 0
        let type = block[base + 156]
        var name = String(decoding: field(0, 100), as: UTF8.self)
        // Only ustar/PAX headers have a name prefix (GNU keeps other fields there).
        if Array(block[(base + 257)..<(base + 263)]) == Array("ustar\0".utf8) {
            let prefix = String(decoding: field(345, 155), as: UTF8.self)
            if !prefix.isEmpty { name = prefix + "/" + name }
        }
        switch type {
        case UInt8(ascii: "L"), UInt8(ascii: "K"), UInt8(ascii: "x"), UInt8(ascii: "g"):
            if size > Tar.maxSpecialFileSize { throw ChartFailure.stream("archive/tar: header field too long") }
            pending = (TarHeader(name: name, type: type, size: size, mode: mode), nil)
            return
        case UInt8(ascii: "1"), UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "4"), UInt8(ascii: "5"), UInt8(ascii: "6"):
            size = 0  // header-only types carry no data (Go's isHeaderOnlyType)
        default:
            break
        }
        if type == 0, name.hasSuffix("/") {
            pending = (TarHeader(name: name, type: UInt8(ascii: "5"), size: size, mode: mode), nil)
            return
        }
        let h = TarHeader(name: longName ?? name, type: type, size: size, mode: mode)
        longName = nil
        pending = (h, try onHeader(h))
    }

    /// End of input: a header or data cut short is Go's `unexpected EOF`.
    func finish() throws {
        if finished { return }
        if pending != nil || buf.count - start > 0 { throw ChartFailure.stream("unexpected EOF") }
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
