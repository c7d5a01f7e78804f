/// Sprig's `certificate` struct (`type certificate struct { Cert, Key string }`), the
/// result of `genCA`, `genSignedCert`, `buildCustomCert`, ...: templates read `.Cert` and
/// `.Key`; `%v` prints `{CERT KEY}`; JSON/YAML see both fields.
public final class SprigCertificate: GoObject {
    public static let type = GoType.opaque("sprig.certificate", kind: "struct")

    public let cert: String
    public let key: String

    public init(cert: String, key: String) {
        self.cert = cert
        self.key = key
    }

    public var goType: GoType { SprigCertificate.type }

    public func field(named name: String) -> Value? {
        switch name {
        case "Cert": return .string(cert)
        case "Key": return .string(key)
        default: return nil
        }
    }

    public var goDescription: String { "{" + cert + " " + key + "}" }

    public var jsonValue: Value? { .map(["Cert": .string(cert), "Key": .string(key)]) }
}

/// `fmt`'s field view (declaration order and receivers as in Helm 4.2.3 / Masterminds/semver v3).
extension SprigCertificate: GoFmtStruct {
    /// Sprig's `certificate` has no `String()`.
    public var fmtStringMethod: GoStringMethod { .none }
    public var fmtFields: [(name: String, value: Value)] { [("Cert", .string(cert)), ("Key", .string(key))] }
}
