/// An ECDSA private key on a NIST curve (Go's `*ecdsa.PrivateKey` on `elliptic.P224()` …
/// `elliptic.P521()`): SEC 1 parsing and marshalling, its SubjectPublicKeyInfo, and the
/// ECDSA signature Go's `x509.CreateCertificate` makes with it.
struct ECPrivateKey {
    let curve: NISTCurve
    var d: BigUInt
    var x: BigUInt
    var y: BigUInt

    /// The key with scalar `d` in [1, n-1]; nil otherwise.
    init?(curve: NISTCurve = .p256, d: BigUInt) {
        guard !d.isZero, d < curve.n, let (x, y) = curve.affine(curve.multiply(d, curve.generator)) else { return nil }
        self.curve = curve
        self.d = d
        self.x = x
        self.y = y
    }

    /// `ecdsa.GenerateKey`: a uniformly random scalar in [1, n-1] (Sprig's `genPrivateKey
    /// "ecdsa"` always asks for P-256).
    static func generate(curve: NISTCurve = .p256, rng: inout RandomSource) throws -> ECPrivateKey {
        guard let key = ECPrivateKey(curve: curve, d: try curve.randomScalar(rng: &rng)) else {
            throw FunctionError("ecdsa: failed to generate key")
        }
        return key
    }

    /// Uncompressed point 04 || X || Y (`elliptic.Marshal`).
    var publicPoint: [UInt8] { [0x04] + x.bytes(count: curve.byteCount) + y.bytes(count: curve.byteCount) }

    /// `x509.MarshalECPrivateKey` (SEC 1, with the curve and public key).
    var sec1: [UInt8] {
        DER.seq([DER.integer(1), DER.octetString(d.bytes(count: curve.byteCount)),
                 DER.explicit(0, curve.oid), DER.explicit(1, DER.bitString(publicPoint))])
    }

    var spki: [UInt8] {
        DER.seq([DER.seq([OID.ecPublicKey, curve.oid]), DER.bitString(publicPoint)])
    }

    /// The AlgorithmIdentifier `signingParamsForKey` picks: ECDSA with SHA-256 on P-224 and
    /// P-256, SHA-384 on P-384, SHA-512 on P-521 (no parameters).
    var signatureAlgorithm: [UInt8] { DER.seq([curve.hash.signatureOID]) }

    /// `x509.ParseECPrivateKey` as Helm's Go runs it. `curve` is the OID from a PKCS#8
    /// wrapper, which wins over the one inside. The scalar is left-padded to the order's
    /// byte length (extra leading zeros dropped, anything else longer is
    /// "x509: invalid private key length"), then `ecdsa.ParseRawPrivateKey` rejects a
    /// scalar whose public point is infinity (d ≡ 0 mod n) and then any d ≥ n.
    ///
    ///     ECPrivateKey ::= SEQUENCE { version INTEGER, privateKey OCTET STRING,
    ///         parameters [0] OBJECT IDENTIFIER OPTIONAL, publicKey [1] BIT STRING OPTIONAL }
    static func parseSEC1(_ der: [UInt8], curve: [UInt8]? = nil) throws -> ECPrivateKey {
        guard let top = DERReader.single(der), top.tag == DER.sequence, let items = top.children(),
              items.count >= 2, items[0].tag == 0x02, items[1].tag == 0x04 else {
            if KeyShape.isPKCS8(der) {
                throw FunctionError("x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)")
            }
            if KeyShape.isPKCS1(der) {
                throw FunctionError("x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)")
            }
            throw FunctionError("x509: failed to parse EC private key: " + ASN1Error.outer(der, structName: "ecPrivateKey", fallback: "asn1: structure error: tags don't match"))
        }
        guard let version = items[0].unsigned, version == BigUInt(1) else {
            throw FunctionError("x509: unknown EC private key version \(items[0].unsigned?.limbs.first ?? 0)")
        }
        var curveOID = curve
        if curveOID == nil {
            for item in items.dropFirst(2) where item.tag == 0xA0 {
                curveOID = item.content
            }
        }
        guard let oid = curveOID, let named = NISTCurve.named(oid: oid) else {
            throw FunctionError("x509: unknown elliptic curve")
        }
        var raw = items[1].content[...]
        while raw.count > named.byteCount {
            guard raw.first == 0 else { throw FunctionError("x509: invalid private key length") }
            raw = raw.dropFirst()
        }
        let d = BigUInt(bytes: Array(raw))
        if (d % named.n).isZero { throw FunctionError("ecdsa: invalid public key encoding") }
        guard let key = ECPrivateKey(curve: named, d: d) else { throw FunctionError("input overflows the modulus") }
        return key
    }

    /// ECDSA signature over the curve's digest of `message`, DER `SEQUENCE { r, s }`;
    /// the nonce k comes from `rng`.
    func sign(_ message: [UInt8], rng: inout RandomSource) throws -> [UInt8] {
        let n = curve.n
        let e = curve.hashScalar(curve.hash.hash(message))
        for _ in 0..<1000 {
            let k = try curve.randomScalar(rng: &rng)
            guard let (kx, _) = curve.affine(curve.multiply(k, curve.generator)) else { continue }
            let r = kx % n
            if r.isZero { continue }
            guard let kinv = BigUInt.modInverse(k, n) else { continue }
            let s = (kinv * ((e + r * d) % n)) % n
            if s.isZero { continue }
            return DER.seq([DER.integer(r), DER.integer(s)])
        }
        throw FunctionError("ecdsa: failed to sign")
    }
}
