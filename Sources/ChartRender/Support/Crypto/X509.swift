/// The certificate template Sprig's `getBaseCertTemplate` fills, and Go's
/// `x509.CreateCertificate` encoding of it: v3, random serial, `CN=<cn>` subject, validity
/// in UTCTime (GeneralizedTime from 2050), extensions in Go's order — KeyUsage (critical),
/// ExtKeyUsage (serverAuth, clientAuth), BasicConstraints (critical), SubjectKeyId (CAs:
/// SHA-256 of the public key truncated to 160 bits, Go 1.25), AuthorityKeyId (when the
/// issuer differs from the subject), SubjectAltName (DNS names then IPs; critical when the
/// subject is empty).
struct CertificateTemplate {
    var serial: BigUInt
    var commonName: String
    var ips: [[UInt8]]
    var dnsNames: [String]
    var notBefore: Int64
    var notAfter: Int64
    var isCA: Bool

    /// Key usage bits as Go numbers them (DigitalSignature = 1, KeyEncipherment = 4, CertSign = 32).
    var keyUsage: Int { isCA ? 1 | 4 | 32 : 1 | 4 }

    /// `pkix.Name{CommonName: cn}.ToRDNSequence()` marshalled (empty when cn is empty).
    var subject: [UInt8] {
        if commonName.isEmpty { return DER.seq([]) }
        return DER.seq([DER.tlv(DER.set, DER.seq([OID.commonName, DER.directoryString(commonName)]))])
    }

    /// The parent a certificate is signed under: its subject and key identifier.
    struct Issuer {
        var subject: [UInt8]
        var subjectKeyId: [UInt8]?
        var spki: [UInt8]?
    }

    /// DER certificate signed by `signer`. `issuer` nil means self-signed.
    func build(publicKey: PrivateKey, issuer: Issuer?, signer: PrivateKey, rng: inout RandomSource) throws -> [UInt8] {
        // Go's CreateCertificate order: the signer must be a crypto.Signer, the subject's
        // public key a supported type.
        if case .dsa = signer { throw FunctionError("x509: certificate private key does not implement crypto.Signer") }
        if case .dsa = publicKey { throw FunctionError("x509: unsupported public key type: *dsa.PublicKey") }
        let subjectDER = subject
        var skid: [UInt8]? = nil
        if isCA {
            skid = Array(SHA256.hash(publicKey.publicKeyBits).prefix(20))
        }
        let issuerDER = issuer?.subject ?? subjectDER
        if let parentKey = issuer?.spki, parentKey != signer.spki {
            throw FunctionError("x509: provided PrivateKey doesn't match parent's PublicKey")
        }
        var authorityKeyId: [UInt8]? = nil
        if issuerDER != subjectDER, let parentSkid = issuer?.subjectKeyId, !parentSkid.isEmpty {
            authorityKeyId = parentSkid
        }
        var exts: [[UInt8]] = []
        exts.append(extensionDER(OID.keyUsage, critical: true, keyUsageBits()))
        exts.append(extensionDER(OID.extKeyUsage, critical: false, DER.seq([OID.serverAuth, OID.clientAuth])))
        exts.append(extensionDER(OID.basicConstraints, critical: true, DER.seq(isCA ? [DER.boolean(true)] : [])))
        if let skid { exts.append(extensionDER(OID.subjectKeyId, critical: false, DER.octetString(skid))) }
        if let authorityKeyId {
            exts.append(extensionDER(OID.authorityKeyId, critical: false, DER.seq([DER.tlv(0x80, authorityKeyId)])))
        }
        if !dnsNames.isEmpty || !ips.isEmpty {
            let names = dnsNames.map { DER.tlv(0x82, Array($0.utf8)) } + ips.map { DER.tlv(0x87, $0) }
            exts.append(extensionDER(OID.subjectAltName, critical: commonName.isEmpty, DER.seq(names)))
        }
        let sigAlg = signer.signatureAlgorithm
        let tbs = DER.seq([
            DER.explicit(0, DER.integer(2)),
            DER.integer(serial),
            sigAlg,
            issuerDER,
            DER.seq([CertificateTemplate.time(notBefore), CertificateTemplate.time(notAfter)]),
            subjectDER,
            publicKey.spki,
            DER.explicit(3, DER.seq(exts)),
        ])
        let signature = try signer.sign(tbs, rng: &rng)
        return DER.seq([tbs, sigAlg, DER.bitString(signature)])
    }

    private func extensionDER(_ oid: [UInt8], critical: Bool, _ value: [UInt8]) -> [UInt8] {
        DER.seq([oid] + (critical ? [DER.boolean(true)] : []) + [DER.octetString(value)])
    }

    /// Go's KeyUsage BIT STRING: bits reversed per byte, trailing zero bits unused.
    private func keyUsageBits() -> [UInt8] {
        func reverse(_ b: UInt8) -> UInt8 {
            var r: UInt8 = 0
            for i in 0..<8 where b & (1 << i) != 0 { r |= 0x80 >> i }
            return r
        }
        var bytes = [reverse(UInt8(keyUsage & 0xFF)), reverse(UInt8((keyUsage >> 8) & 0xFF))]
        if bytes[1] == 0 { bytes.removeLast() }
        let last = bytes[bytes.count - 1]
        let unused = last == 0 ? 0 : UInt8(last.trailingZeroBitCount)
        return DER.bitString(bytes, unusedBits: unused)
    }

    /// UTCTime (years 1950-2049) or GeneralizedTime, in UTC, from Unix seconds.
    static func time(_ seconds: Int64) -> [UInt8] {
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secs = seconds - days * 86400
        let (y, m, d) = civil(days)
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let clock = two(m) + two(d) + two(secs / 3600) + two(secs / 60 % 60) + two(secs % 60) + "Z"
        if y >= 1950 && y < 2050 {
            return DER.tlv(0x17, Array((two(y % 100) + clock).utf8))
        }
        let year = String(max(0, min(9999, y)))
        let padded = String(repeating: "0", count: max(0, 4 - year.count)) + year
        return DER.tlv(0x18, Array((padded + clock).utf8))
    }

    /// Proleptic Gregorian (year, month, day) of a day count since 1970-01-01.
    static func civil(_ z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// Just enough of `x509.ParseCertificate` to sign under a parent and to validate
/// `buildCustomCert` input: the outer structure, raw subject, SPKI and Subject Key Id.
enum X509Parser {
    static func parse(_ der: [UInt8]) throws -> CertificateTemplate.Issuer {
        guard let top = DERReader.single(der), top.tag == DER.sequence, let outer = top.children(),
              outer.count == 3, outer[0].tag == DER.sequence, outer[1].tag == DER.sequence, outer[2].tag == 0x03 else {
            throw FunctionError("x509: malformed certificate")
        }
        guard var tbs = outer[0].children() else { throw FunctionError("x509: malformed tbs certificate") }
        if let first = tbs.first, first.tag == 0xA0 { tbs.removeFirst() }
        guard tbs.count >= 6, tbs[0].tag == 0x02 else { throw FunctionError("x509: malformed tbs certificate") }
        guard tbs[1].tag == DER.sequence else { throw FunctionError("x509: malformed signature algorithm identifier") }
        guard tbs[2].tag == DER.sequence else { throw FunctionError("x509: malformed issuer") }
        guard tbs[3].tag == DER.sequence else { throw FunctionError("x509: malformed validity") }
        guard tbs[4].tag == DER.sequence else { throw FunctionError("x509: malformed subject") }
        guard tbs[5].tag == DER.sequence else { throw FunctionError("x509: malformed spki") }
        var skid: [UInt8]? = nil
        for item in tbs.dropFirst(6) where item.tag == 0xA3 {
            guard let seq = item.children()?.first, let exts = seq.children() else {
                throw FunctionError("x509: malformed extensions")
            }
            for ext in exts {
                guard let parts = ext.children(), let oid = parts.first, let value = parts.last, value.tag == 0x04 else {
                    throw FunctionError("x509: malformed extension")
                }
                if oid.raw == OID.subjectKeyId, let inner = DERReader.single(value.content), inner.tag == 0x04 {
                    skid = inner.content
                }
            }
        }
        return CertificateTemplate.Issuer(subject: tbs[4].raw, subjectKeyId: skid, spki: tbs[5].raw)
    }
}
