#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Go `time.Location`: zones (abbreviation, UTC offset) and the transitions between
/// them, read from the system's TZif files (`/usr/share/zoneinfo`) like
/// `time.LoadLocation`, or a fixed zone (`time.FixedZone`).
final class GoLocation: Sendable {
    struct Zone: Sendable {
        var name: String
        var offset: Int
        var isDST: Bool
    }

    let name: String
    let zones: [Zone]
    /// Transition times (Unix seconds, ascending) and the zone index from then on.
    let transitions: [(at: Int64, zone: Int)]
    /// The POSIX TZ rule of the file's footer, for instants after the last transition.
    let rule: PosixTZRule?

    init(name: String, zones: [Zone], transitions: [(at: Int64, zone: Int)], rule: PosixTZRule? = nil) {
        self.name = name
        self.zones = zones.isEmpty ? [Zone(name: "UTC", offset: 0, isDST: false)] : zones
        self.transitions = transitions
        self.rule = rule
    }

    static let utc = GoLocation(name: "UTC", zones: [Zone(name: "UTC", offset: 0, isDST: false)], transitions: [])

    /// Go's `Local`: the zone of `TZ` when set, else UTC (the conformance setting; Helm
    /// runs with the process zone).
    static let local: GoLocation = {
        if let tz = getenv("TZ") {
            let name = String(cString: tz)
            if name.isEmpty || name == "UTC" { return GoLocation(name: "Local", zones: [Zone(name: "UTC", offset: 0, isDST: false)], transitions: []) }
            let path = name.hasPrefix(":") ? String(name.dropFirst()) : name
            if let loc = try? load(path, as: "Local") { return loc }
        }
        return GoLocation(name: "Local", zones: [Zone(name: "UTC", offset: 0, isDST: false)], transitions: [])
    }()

    /// `time.FixedZone(name, offset)`.
    static func fixed(_ name: String, _ offset: Int) -> GoLocation {
        GoLocation(name: name, zones: [Zone(name: name, offset: offset, isDST: false)], transitions: [])
    }

    /// `time.LoadLocation`: "" and "UTC" are UTC, "Local" is Local, other names are
    /// TZif files under `$ZONEINFO` or the system zoneinfo directories.
    static func load(_ name: String) throws -> GoLocation {
        if name == "" || name == "UTC" { return utc }
        if name == "Local" { return local }
        return try load(name, as: name)
    }

    private static func load(_ name: String, as displayName: String) throws -> GoLocation {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.hasPrefix("/") || name.contains("\\") || parts.contains("..") || name.contains("\0") {
            throw GoTimeError("time: invalid location name")
        }
        var dirs: [String] = []
        if let z = getenv("ZONEINFO") { dirs.append(String(cString: z)) }
        dirs += ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"]
        for dir in dirs {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            if let bytes = readFile(path), let loc = TZif.parse(bytes, name: displayName) { return loc }
        }
        throw GoTimeError("unknown time zone " + name)
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
            if out.count > 4 << 20 { return nil }
        }
        return out
    }

    /// The zone in effect at Unix second `t` (Go's `Location.lookup`).
    func lookup(_ t: Int64) -> Zone {
        if transitions.isEmpty {
            if let rule { return rule.zone(at: t) }
            return zones[firstZoneIndex]
        }
        if t < transitions[0].at { return zones[firstZoneIndex] }
        var lo = 0, hi = transitions.count
        while hi - lo > 1 {
            let m = (lo + hi) / 2
            if t < transitions[m].at { hi = m } else { lo = m }
        }
        if lo == transitions.count - 1, let rule { return rule.zone(at: t) }
        let z = transitions[lo].zone
        return z < zones.count ? zones[z] : zones[0]
    }

    /// Go's `lookupFirstZone`: the first standard-time zone used before any transition.
    private var firstZoneIndex: Int {
        if let first = transitions.first, first.zone < zones.count, zones[first.zone].isDST {
            var z = first.zone - 1
            while z >= 0 { if !zones[z].isDST { return z }; z -= 1 }
        }
        if let i = zones.firstIndex(where: { !$0.isDST }) { return i }
        return 0
    }
}

/// The TZif binary format (RFC 8536), version 2+ 64-bit data preferred.
enum TZif {
    /// Parses a TZif file:
    ///
    ///     file   := header v1data (header v2data footer)?     (v2+: 64-bit times)
    ///     header := "TZif" version 15*reserved isutcnt isstdcnt leapcnt timecnt typecnt charcnt
    ///     data   := times[timecnt] idx[timecnt] types[typecnt]{utoff isdst abbrind}
    ///               chars[charcnt] leaps isstd isut
    ///     footer := '\n' posix-tz-rule '\n'
    ///
    /// Returns nil for malformed data (Go's `LoadLocation` then fails).
    static func parse(_ b: [UInt8], name: String) -> GoLocation? {
        guard b.count >= 44, b[0] == 0x54, b[1] == 0x5A, b[2] == 0x69, b[3] == 0x66 else { return nil }
        let version = b[4]
        func be32(_ i: Int) -> Int64 {
            guard i + 4 <= b.count else { return 0 }
            return Int64(Int32(bitPattern: UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])))
        }
        func be64(_ i: Int) -> Int64 {
            guard i + 8 <= b.count else { return 0 }
            var v: UInt64 = 0
            for k in 0..<8 { v = v << 8 | UInt64(b[i + k]) }
            return Int64(bitPattern: v)
        }
        func counts(_ at: Int) -> [Int] { (0..<6).map { Int(be32(at + 20 + 4 * $0)) } }
        var header = 0
        var c = counts(0)
        var timeSize = 4
        if version >= 0x32 {
            // Skip the v1 block: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
            let v1 = c[3] * 4 + c[3] + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0]
            header = 44 + v1
            guard header + 44 <= b.count else { return nil }
            c = counts(header)
            timeSize = 8
        }
        let (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt) = (c[0], c[1], c[2], c[3], c[4], c[5])
        var p = header + 44
        let need = timecnt * timeSize + timecnt + typecnt * 6 + charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt
        guard c.allSatisfy({ $0 >= 0 && $0 < 1 << 20 }), typecnt > 0, p + need <= b.count else { return nil }
        var times: [Int64] = []
        for k in 0..<timecnt { times.append(timeSize == 8 ? be64(p + 8 * k) : be32(p + 4 * k)) }
        p += timecnt * timeSize
        let idx = Array(b[p..<(p + timecnt)])
        p += timecnt
        var raw: [(Int, Bool, Int)] = []
        for k in 0..<typecnt {
            let q = p + 6 * k
            raw.append((Int(be32(q)), b[q + 4] != 0, Int(b[q + 5])))
        }
        p += typecnt * 6
        let chars = Array(b[p..<(p + charcnt)])
        p += charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt
        let zones = raw.map { (off, dst, ai) -> GoLocation.Zone in
            var e = ai
            while e < chars.count, chars[e] != 0 { e += 1 }
            let abbr = ai < chars.count ? String(decoding: chars[ai..<e], as: UTF8.self) : ""
            return GoLocation.Zone(name: abbr, offset: off, isDST: dst)
        }
        let transitions = zip(times, idx).map { (at: $0.0, zone: Int($0.1)) }
        var rule: PosixTZRule? = nil
        if timeSize == 8, p < b.count, b[p] == 10 {
            var e = p + 1
            while e < b.count, b[e] != 10 { e += 1 }
            rule = PosixTZRule.parse(String(decoding: b[(p + 1)..<e], as: UTF8.self))
        }
        return GoLocation(name: name, zones: zones, transitions: transitions, rule: rule)
    }
}
