/// gzip (RFC 1952) and DEFLATE (RFC 1951) decompression, for `.tgz` charts.
/// Every read is bounds-checked: malformed input throws, never traps.
enum Gzip {
    struct Failure: Error {}

    /// Largest decompressed size accepted (Helm caps archives at 100 MiB).
    static let maxOutput = 100 * 1024 * 1024

    /// Decompresses a gzip stream (concatenated members are joined) into one array.
    /// Stops at `maxOutput` bytes (Helm's whole-chart limit).
    static func inflate(_ data: [UInt8]) throws -> [UInt8] {
        var all: [UInt8] = []
        try stream(data) { chunk in
            all.append(contentsOf: chunk)
            if all.count > maxOutput { throw ChartFailure.archiveTooLarge(limit: maxOutput) }
            return false
        }
        return all
    }

    /// Thrown by a sink's `true` answer to end decompression early.
    struct Stop: Error {}

    /// Decompresses a gzip stream piece by piece, like Go's `gzip.Reader` read by a
    /// consumer: `sink` gets the output in chunks of about `chunkSize` bytes and returns
    /// true once it needs no more (e.g. the tar end marker), so a bomb is never inflated
    /// further than the consumer reads. Only a 32 KiB window stays in memory.
    static func stream(_ data: [UInt8], sink: (ArraySlice<UInt8>) throws -> Bool) throws {
        var out: [UInt8] = []
        var fed = 0
        var stopped = false
        func flush(_ buf: inout [UInt8]) throws {
            if fed < buf.count, try sink(buf[fed...]) { stopped = true; throw Stop() }
            let keep = Inflater.window
            if buf.count > keep { buf.removeFirst(buf.count - keep) }
            fed = buf.count
        }
        var pos = 0
        do {
            repeat {
                guard data.count - pos >= 18, data[pos] == 0x1F, data[pos + 1] == 0x8B, data[pos + 2] == 8 else {
                    throw ChartFailure.stream("gzip: invalid header")
                }
                let flags = data[pos + 3]
                var p = pos + 10
                if flags & 4 != 0 {
                    guard p + 2 <= data.count else { throw ChartFailure.stream("unexpected EOF") }
                    p += 2 + (Int(data[p]) | Int(data[p + 1]) << 8)
                }
                if flags & 8 != 0 { while p < data.count && data[p] != 0 { p += 1 }; p += 1 }
                if flags & 16 != 0 { while p < data.count && data[p] != 0 { p += 1 }; p += 1 }
                if flags & 2 != 0 { p += 2 }
                guard p <= data.count else { throw ChartFailure.stream("unexpected EOF") }
                var inflater = Inflater(data: data, bytePos: p)
                do { try inflater.run(into: &out, flush: flush) } catch is Failure { throw ChartFailure.stream("unexpected EOF") }
                pos = inflater.alignedPosition + 8
                while pos < data.count && data[pos] == 0 { pos += 1 }
            } while pos < data.count
            try flush(&out)
        } catch is Stop where stopped {
            return
        }
    }

    /// A DEFLATE decoder over a byte array.
    struct Inflater {
        let data: [UInt8]
        var bytePos: Int
        var bitBuf: UInt32 = 0
        var bitCount = 0

        init(data: [UInt8], bytePos: Int) {
            self.data = data
            self.bytePos = bytePos
        }

        /// DEFLATE's back-reference window (largest distance).
        static let window = 32768
        /// Output held before it is handed on.
        static let chunkSize = 1 << 20

        /// Position of the first byte after the stream (unused bits dropped).
        var alignedPosition: Int { bytePos - bitCount / 8 }

        mutating func bits(_ n: Int) throws -> Int {
            while bitCount < n {
                guard bytePos < data.count else { throw Failure() }
                bitBuf |= UInt32(data[bytePos]) << UInt32(bitCount)
                bytePos += 1
                bitCount += 8
            }
            let v = Int(bitBuf & ((1 << UInt32(n)) - 1))
            bitBuf >>= UInt32(n)
            bitCount -= n
            return v
        }

        /// A canonical Huffman code: counts per length and symbols by code order.
        struct Huffman {
            var counts = [Int](repeating: 0, count: 16)
            var symbols: [Int] = []

            init(lengths: [Int]) throws {
                for l in lengths where l > 0 { counts[l] += 1 }
                var offs = [Int](repeating: 0, count: 16)
                for i in 1..<16 { offs[i] = offs[i - 1] + counts[i - 1] }
                symbols = [Int](repeating: 0, count: lengths.count)
                for (s, l) in lengths.enumerated() where l > 0 {
                    guard offs[l] < symbols.count else { throw Failure() }
                    symbols[offs[l]] = s
                    offs[l] += 1
                }
            }
        }

        mutating func decode(_ h: Huffman) throws -> Int {
            var code = 0, first = 0, index = 0
            for len in 1..<16 {
                code |= try bits(1)
                let count = h.counts[len]
                if code - count < first {
                    let i = index + (code - first)
                    guard i >= 0, i < h.symbols.count else { throw Failure() }
                    return h.symbols[i]
                }
                index += count
                first += count
                first <<= 1
                code <<= 1
            }
            throw Failure()
        }

        static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        static let distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
        static let distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
        static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

        mutating func run(into out: inout [UInt8], flush: (inout [UInt8]) throws -> Void) throws {
            var last = 0
            repeat {
                last = try bits(1)
                let type = try bits(2)
                switch type {
                case 0:
                    bitBuf = 0
                    bitCount = 0
                    guard bytePos + 4 <= data.count else { throw Failure() }
                    let len = Int(data[bytePos]) | Int(data[bytePos + 1]) << 8
                    bytePos += 4
                    guard bytePos + len <= data.count else { throw Failure() }
                    out.append(contentsOf: data[bytePos..<(bytePos + len)])
                    bytePos += len
                case 1:
                    var l = [Int](repeating: 8, count: 288)
                    for i in 144..<256 { l[i] = 9 }
                    for i in 256..<280 { l[i] = 7 }
                    try block(out: &out, flush: flush, lit: try Huffman(lengths: l), dist: try Huffman(lengths: [Int](repeating: 5, count: 30)))
                case 2:
                    let nlen = try bits(5) + 257, ndist = try bits(5) + 1, ncode = try bits(4) + 4
                    var cl = [Int](repeating: 0, count: 19)
                    for i in 0..<ncode { cl[Inflater.codeLengthOrder[i]] = try bits(3) }
                    let clh = try Huffman(lengths: cl)
                    var lengths: [Int] = []
                    while lengths.count < nlen + ndist {
                        let sym = try decode(clh)
                        if sym < 16 { lengths.append(sym); continue }
                        var rep = 0, val = 0
                        if sym == 16 {
                            guard let prev = lengths.last else { throw Failure() }
                            val = prev
                            rep = 3 + (try bits(2))
                        } else if sym == 17 { rep = 3 + (try bits(3)) } else { rep = 11 + (try bits(7)) }
                        guard lengths.count + rep <= nlen + ndist else { throw Failure() }
                        lengths.append(contentsOf: [Int](repeating: val, count: rep))
                    }
                    try block(out: &out, flush: flush, lit: try Huffman(lengths: Array(lengths[0..<nlen])),
                              dist: try Huffman(lengths: Array(lengths[nlen...])))
                default:
                    throw Failure()
                }
                if out.count >= Inflater.chunkSize { try flush(&out) }
            } while last == 0
        }

        mutating func block(out: inout [UInt8], flush: (inout [UInt8]) throws -> Void, lit: Huffman, dist: Huffman) throws {
            while true {
                let sym = try decode(lit)
                if sym < 256 { out.append(UInt8(sym)); continue }
                if sym == 256 { return }
                let li = sym - 257
                guard li < Inflater.lengthBase.count else { throw Failure() }
                let len = Inflater.lengthBase[li] + (try bits(Inflater.lengthExtra[li]))
                let ds = try decode(dist)
                guard ds < Inflater.distBase.count else { throw Failure() }
                let d = Inflater.distBase[ds] + (try bits(Inflater.distExtra[ds]))
                guard d <= out.count else { throw Failure() }
                let start = out.count - d
                for i in 0..<len { out.append(out[start + i]) }
                if out.count >= Inflater.chunkSize { try flush(&out) }
            }
        }
    }
}
