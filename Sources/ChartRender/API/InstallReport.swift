#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `helm install NAME CHART --dry-run` prints (Helm's release printer, table format).
public enum InstallReport {
    /// The report for a successful dry run. `deployedAt` is seconds since the epoch;
    /// `utc` prints it in UTC (as with a pinned `SOURCE_DATE_EPOCH`), else in local time.
    public static func text(result: RenderResult, name: String, namespace: String,
                            deployedAt: Double, utc: Bool, hideNotes: Bool = false, hideSecret: Bool = false,
                            debug: Bool = false) -> String {
        var o = ""
        o += "NAME: \(name)\n"
        o += "LAST DEPLOYED: \(ansic(deployedAt, utc: utc))\n"
        o += "NAMESPACE: \(namespace)\n"
        o += "STATUS: pending-install\n"
        o += "REVISION: 1\n"
        o += "DESCRIPTION: Dry run complete\n"
        if !result.hooks.contains(where: { $0.isTest }) { o += "TEST SUITE: None\n" }
        if debug {
            // Helm's printer with --debug: the user-supplied and the coalesced values as YAML.
            o += "USER-SUPPLIED VALUES:\n\(yamlDocument(result.userValues))\n"
            o += "COMPUTED VALUES:\n\(yamlDocument(result.values))\n"
        }
        o += "HOOKS:\n"
        for h in result.hooks { o += "---\n# Source: \(h.path)\n\(h.manifest)\n" }
        var manifest = ""
        for m in result.manifests {
            if hideSecret && m.head.kind == "Secret" && m.head.apiVersion == "v1" {
                manifest += "---\n# Source: \(m.path)\n# HIDDEN: The Secret output has been suppressed\n"
            } else {
                manifest += "---\n# Source: \(m.path)\n\(m.content)\n"
            }
        }
        o += "MANIFEST:\n\(manifest)\n"
        if !hideNotes && !result.notes.isEmpty { o += "NOTES:\n\(goTrimSpace(result.notes))\n" }
        return o
    }

    /// `toYaml` of a values map (through JSON, as Helm's printer does) plus a newline.
    static func yamlDocument(_ v: [String: Value]) -> String {
        var text = (try? YAML.marshal(.map(v))) ?? ""
        if text.hasSuffix("\n") { text.removeLast() }
        return text + "\n"
    }

    static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Go's `time.ANSIC` layout: `Mon Jan _2 15:04:05 2006`.
    public static func ansic(_ seconds: Double, utc: Bool) -> String {
        // Out-of-range or non-finite times (a wild SOURCE_DATE_EPOCH) are clamped, never trap.
        let clamped = seconds.isFinite ? Swift.max(-1e15, Swift.min(1e15, seconds)) : 0
        var t = time_t(clamped.rounded(.down))
        var tmv = tm()
        if utc { gmtime_r(&t, &tmv) } else { localtime_r(&t, &tmv) }
        let wd = Int(tmv.tm_wday), mon = Int(tmv.tm_mon)
        let day = wd >= 0 && wd < 7 ? days[wd] : "???"
        let month = mon >= 0 && mon < 12 ? months[mon] : "???"
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let mday = tmv.tm_mday < 10 ? " \(tmv.tm_mday)" : "\(tmv.tm_mday)"
        return "\(day) \(month) \(mday) \(two(tmv.tm_hour)):\(two(tmv.tm_min)):\(two(tmv.tm_sec)) \(Int(tmv.tm_year) + 1900)"
    }
}
