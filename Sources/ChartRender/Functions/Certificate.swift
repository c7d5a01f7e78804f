/// Sprig's `certificate` struct (`type certificate struct { Cert, Key string }`), the
/// result of `genCA`, `genSignedCert`, `buildCustomCert`, ...: templates read `.Cert` and
/// `.Key`; `%v` prints `{CERT KEY}`; JSON/YAML see both fields.
final class SprigCertificate: GoObject {
    static let type = GoType.opaque("sprig.certificate", kind: "struct")

    let cert: String
    let key: String

    init(cert: String, key: String) {
        self.cert = cert
        self.key = key
    }

    var goType: GoType { SprigCertificate.type }

    func field(named name: String) -> Value? {
        switch name {
        case "Cert": return .string(cert)
        case "Key": return .string(key)
        default: return nil
        }
    }

    var goDescription: String { "{" + cert + " " + key + "}" }

    var jsonValue: Value? { .map(["Cert": .string(cert), "Key": .string(key)]) }
}

/// `fmt`'s field view (declaration order and receivers as in Helm 4.2.3 / Masterminds/semver v3).
extension SprigCertificate: GoFmtStruct {
    /// Sprig's `certificate` has no `String()`.
    var fmtStringMethod: GoStringMethod { .none }
    var fmtFields: [(name: String, value: Value)] { [("Cert", .string(cert)), ("Key", .string(key))] }
}
