/// Helm's `ValidateReleaseName`; nil when valid, else the message.
func validateReleaseName(_ name: String) -> String? {
    if name.isEmpty { return "release name \"\": no name provided" }
    let b = Array(name.utf8)
    func alnum(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 48 && c <= 57) }
    var ok = b.count <= 53
    if ok {
        for label in b.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard let f = label.first, let l = label.last, alnum(f), alnum(l),
                  label.allSatisfy({ alnum($0) || $0 == UInt8(ascii: "-") }) else { ok = false; break }
        }
    }
    if ok { return nil }
    return "release name \(GoQuote.quote(name)): invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53"
}
