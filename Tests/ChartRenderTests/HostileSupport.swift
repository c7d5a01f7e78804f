import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one bounded run of the `chartr` binary did.
struct BoundedRun {
    var stdoutData: Data
    var stderrData: Data
    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    var status: Int32
    var seconds: Double
    /// The run was killed at the time limit (a hang or runaway input).
    var timedOut: Bool
    /// Peak resident set size in KiB (`VmHWM` of /proc/PID/status, sampled every 20 ms), 0 if unknown.
    var peakRSSKiB: Int
}

/// `VmHWM` (peak RSS, KiB) of a running process, nil once it is gone.
func peakRSS(_ pid: Int32) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }
    return nil
}

/// Runs the built `chartr` with a wall-clock limit: past `limit` seconds the process is
/// killed (SIGKILL) and the run reported as timed out, so a hostile input that hangs
/// fails its test instead of hanging the suite. `discardStdout` sends stdout to
/// /dev/null (inputs that could print gigabytes).
func runChartrBounded(_ arguments: [String], environment extra: [String: String] = [:], limit: Double = 5,
                      discardStdout: Bool = false, stdin: String? = nil) throws -> BoundedRun {
    guard let exe = chartrExecutable() else {
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "chartr executable not built"])
    }
    let p = Process()
    p.executableURL = exe
    p.arguments = arguments
    p.currentDirectoryURL = GoldenCase.packageRoot
    var env = ProcessInfo.processInfo.environment
    env["TZ"] = "UTC"
    env.removeValue(forKey: "HELM_NAMESPACE")
    for (k, v) in extra { env[k] = v }
    p.environment = env
    let out = Pipe(), err = Pipe()
    p.standardOutput = discardStdout ? FileHandle.nullDevice : out
    p.standardError = err
    p.standardInput = stdin.flatMap { FileHandle(forReadingAtPath: $0) } ?? FileHandle.nullDevice
    let start = Date()
    try p.run()
    let killed = DataBox()
    let pid = p.processIdentifier
    let watchdog = DispatchWorkItem {
        killed.data = Data([1])
        kill(pid, SIGKILL)
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
    let rss = RSSBox()
    let sampling = DispatchGroup()
    sampling.enter()
    DispatchQueue.global().async {
        while let kb = peakRSS(pid) {
            rss.set(kb)
            usleep(20_000)
        }
        sampling.leave()
    }
    let errBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errBox.data = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outData = discardStdout ? Data() : out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    let seconds = Date().timeIntervalSince(start)
    watchdog.cancel()
    sampling.wait()
    return BoundedRun(stdoutData: outData, stderrData: errBox.data,
                      status: p.terminationStatus, seconds: seconds, timedOut: !killed.data.isEmpty, peakRSSKiB: rss.get())
}

/// The largest peak RSS sampled so far (written by the sampler, read after it stops).
final class RSSBox: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func set(_ v: Int) { lock.lock(); value = max(value, v); lock.unlock() }
    func get() -> Int { lock.lock(); defer { lock.unlock() }; return value }
}

/// A fresh temporary directory for one hostile case.
func hostileTempDir(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("chartr-hostile-\(name)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// Writes chart `name` under `dir` (a default Chart.yaml unless given) and returns its path.
@discardableResult
func writeHostileChart(_ dir: URL, name: String = "c", files: [String: [UInt8]]) throws -> URL {
    let chart = dir.appendingPathComponent(name)
    var all = files
    if all["Chart.yaml"] == nil { all["Chart.yaml"] = Array("apiVersion: v2\nname: \(name)\nversion: 0.1.0\n".utf8) }
    for (path, data) in all {
        let url = chart.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(data).write(to: url)
    }
    return chart
}

/// Builds tar archives and gzip streams in memory for the archive cases: a fixed-Huffman
/// DEFLATE encoder that turns runs of zeros into length-258 copies, so a 200 MiB
/// "bomb" costs about a megabyte and no external tool is needed.
enum HostileArchive {
    /// Archive content: literal bytes or a run of zero bytes.
    enum Piece {
        case bytes([UInt8])
        case zeros(Int)
    }

    /// One tar member: `type` "0" regular file, "2" symlink (`link` is its target).
    struct Member {
        var name: String
        var content: [Piece] = []
        var type: UInt8 = UInt8(ascii: "0")
        var link: String = ""

        var size: Int {
            content.reduce(0) { n, p in
                switch p { case .bytes(let b): return n + b.count; case .zeros(let z): return n + z }
            }
        }
    }

    static func file(_ name: String, _ text: String) -> Member { Member(name: name, content: [.bytes(Array(text.utf8))]) }

    /// A ustar header (names up to 100 bytes).
    static func header(_ m: Member) -> [UInt8] {
        var h = [UInt8](repeating: 0, count: 512)
        func put(_ s: String, _ at: Int) { for (i, b) in s.utf8.enumerated() { h[at + i] = b } }
        put(String(m.name.prefix(100)), 0)
        put("0000644", 100); put("0000000", 108); put("0000000", 116)
        let size = String(m.type == UInt8(ascii: "0") ? m.size : 0, radix: 8)
        put(String(repeating: "0", count: max(0, 11 - size.count)) + size, 124)
        put("00000000000", 136)
        h[156] = m.type
        put(String(m.link.prefix(100)), 157)
        put("ustar", 257); put("00", 263)
        for i in 148..<156 { h[i] = 0x20 }
        let sum = h.reduce(0) { $0 + Int($1) }
        let s = String(sum, radix: 8)
        put(String(repeating: "0", count: max(0, 6 - s.count)) + s, 148)
        h[154] = 0; h[155] = 0x20
        return h
    }

    /// The tar stream of `members` (as pieces, zero runs kept symbolic).
    static func tar(_ members: [Member]) -> [Piece] {
        var out: [Piece] = []
        for m in members {
            out.append(.bytes(header(m)))
            if m.type == UInt8(ascii: "0") {
                out += m.content
                let pad = (512 - m.size % 512) % 512
                if pad > 0 { out.append(.zeros(pad)) }
            }
        }
        out.append(.zeros(1024))
        return out
    }

    /// A gzip member (RFC 1952) holding `pieces`, DEFLATE-compressed with fixed codes.
    static func gzip(_ pieces: [Piece]) -> [UInt8] {
        var w = BitWriter()
        w.put(1, 1); w.put(1, 2)  // BFINAL, BTYPE=01 (fixed Huffman)
        var crc: UInt32 = 0xFFFF_FFFF
        var total = 0
        for p in pieces {
            switch p {
            case .bytes(let b):
                for c in b { w.literal(Int(c)); crc = crcStep(crc, c) }
                total += b.count
            case .zeros(let n):
                guard n > 0 else { continue }
                w.literal(0)
                var left = n - 1
                while left >= 258 { w.code(285 - 280 + 0xC0, 8); w.code(0, 5); left -= 258 }
                while left > 0 { w.literal(0); left -= 1 }
                crc = crcZeros(crc, n)
                total += n
            }
        }
        w.code(0, 7)  // end of block (256)
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        out += w.finish()
        let c = crc ^ 0xFFFF_FFFF
        let size = UInt32(truncatingIfNeeded: total)
        for v in [c, size] { for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(k)))) } }
        return out
    }

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The CRC register after `n` zero bytes: one zero byte is a linear map over GF(2)
    /// (32 columns), raised to the n-th power by squaring, so a 200 MiB run costs
    /// microseconds.
    static func crcZeros(_ crc: UInt32, _ n: Int) -> UInt32 {
        func apply(_ op: [UInt32], _ x: UInt32) -> UInt32 {
            var r: UInt32 = 0
            for i in 0..<32 where (x >> UInt32(i)) & 1 != 0 { r ^= op[i] }
            return r
        }
        func compose(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] { b.map { apply(a, $0) } }
        var base = (0..<32).map { crcStep(UInt32(1) << UInt32($0), 0) }
        var result = (0..<32).map { UInt32(1) << UInt32($0) }
        var k = n
        while k > 0 {
            if k & 1 != 0 { result = compose(base, result) }
            base = compose(base, base)
            k >>= 1
        }
        return apply(result, crc)
    }

    @inline(__always) static func crcStep(_ crc: UInt32, _ b: UInt8) -> UInt32 {
        crcTable[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8)
    }

    /// LSB-first bit packing, with Huffman codes written most significant bit first.
    struct BitWriter {
        var bytes: [UInt8] = []
        var acc: UInt64 = 0
        var count = 0

        mutating func put(_ value: Int, _ n: Int) {
            acc |= UInt64(value) << UInt64(count)
            count += n
            while count >= 8 { bytes.append(UInt8(truncatingIfNeeded: acc)); acc >>= 8; count -= 8 }
        }

        mutating func code(_ value: Int, _ n: Int) {
            var r = 0
            for i in 0..<n where value & (1 << i) != 0 { r |= 1 << (n - 1 - i) }
            put(r, n)
        }

        /// A literal byte with the fixed literal/length code (RFC 1951 3.2.6).
        mutating func literal(_ v: Int) {
            if v < 144 { code(0x30 + v, 8) } else { code(0x190 + v - 144, 9) }
        }

        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: acc)) }
            return bytes
        }
    }
}
