/// A private key of one of the kinds Sprig generates or accepts, with Sprig's PEM forms
/// (`pemBlockForKey`: PKCS#1 `RSA PRIVATE KEY`, SEC 1 `EC PRIVATE KEY`, PKCS#8
/// `PRIVATE KEY` for Ed25519) and Sprig's `parsePrivateKeyPEM` with its error texts.
enum PrivateKey {
    case rsa(RSAPrivateKey)
    case ec(ECPrivateKey)
    /// The 32-byte seed.
    case ed25519([UInt8])
    /// Parses and prints, but Go's x509 can neither sign with it nor embed its public key.
    case dsa(DSAPrivateKey)

    /// `pem.EncodeToMemory(pemBlockForKey(priv))`.
    var pem: String {
        switch self {
        case .rsa(let k): return PEM.encode(type: "RSA PRIVATE KEY", k.pkcs1)
        case .ec(let k): return PEM.encode(type: "EC PRIVATE KEY", k.sec1)
        case .ed25519(let seed):
            let der = DER.seq([DER.integer(0), DER.seq([OID.ed25519]), DER.octetString(DER.octetString(seed))])
            return PEM.encode(type: "PRIVATE KEY", der)
        case .dsa(let k): return PEM.encode(type: "DSA PRIVATE KEY", k.der)
        }
    }

    /// SubjectPublicKeyInfo of the public half.
    var spki: [UInt8] {
        switch self {
        case .rsa(let k): return k.spki
        case .ec(let k): return k.spki
        case .ed25519(let seed):
            return DER.seq([DER.seq([OID.ed25519]), DER.bitString(Ed25519.publicKey(seed: seed))])
        case .dsa: return []
        }
    }

    /// The BIT STRING payload of the SPKI (what the Subject Key Identifier hashes).
    var publicKeyBits: [UInt8] {
        switch self {
        case .rsa(let k): return k.pkcs1Public
        case .ec(let k): return k.publicPoint
        case .ed25519(let seed): return Ed25519.publicKey(seed: seed)
        case .dsa: return []
        }
    }

    /// AlgorithmIdentifier of the signature Go's `x509.CreateCertificate` picks for this
    /// signing key (SHA256WithRSA, ECDSAWithSHA256/384/512 by curve, PureEd25519).
    var signatureAlgorithm: [UInt8] {
        switch self {
        case .rsa: return DER.seq([OID.sha256WithRSA, DER.null])
        case .ec(let k): return k.signatureAlgorithm
        case .ed25519: return DER.seq([OID.ed25519])
        case .dsa: return []
        }
    }

    func sign(_ message: [UInt8], rng: inout RandomSource) throws -> [UInt8] {
        switch self {
        case .rsa(let k): return try k.signSHA256(message)
        case .ec(let k): return try k.sign(message, rng: &rng)
        case .ed25519(let seed): return Ed25519.sign(message, seed: seed)
        case .dsa: throw FunctionError("x509: certificate private key does not implement crypto.Signer")
        }
    }

    /// Sprig's `parsePrivateKeyPEM`.
    static func parsePEM(_ text: String) throws -> PrivateKey {
        guard let block = PEM.decode(text) else { throw FunctionError("no PEM data in input") }
        if block.type == "PRIVATE KEY" {
            do {
                return try parsePKCS8(block.bytes)
            } catch let e as FunctionError {
                throw FunctionError("decoding PEM as PKCS#8: " + e.message)
            }
        }
        guard block.type.hasSuffix(" PRIVATE KEY") else {
            throw FunctionError("no private key data in PEM block of type \(block.type)")
        }
        switch String(block.type.dropLast(12)) {
        case "RSA":
            do { return .rsa(try RSAPrivateKey.parsePKCS1(block.bytes)) } catch let e as FunctionError {
                throw FunctionError("parsing RSA private key from PEM: " + e.message)
            }
        case "EC":
            do { return .ec(try ECPrivateKey.parseSEC1(block.bytes)) } catch let e as FunctionError {
                throw FunctionError("parsing EC private key from PEM: " + e.message)
            }
        case "DSA":
            do { return .dsa(try DSAPrivateKey.parse(block.bytes)) } catch let e as FunctionError {
                throw FunctionError("parsing DSA private key from PEM: " + e.message)
            }
        default:
            throw FunctionError("invalid private key type \(block.type)")
        }
    }

    /// `x509.ParsePKCS8PrivateKey` for RSA, NIST-curve EC (P-224/256/384/521) and Ed25519 keys.
    static func parsePKCS8(_ der: [UInt8]) throws -> PrivateKey {
        guard let top = DERReader.single(der), top.tag == DER.sequence, let items = top.children(),
              items.count >= 3, items[0].tag == 0x02, items[1].tag == DER.sequence, items[2].tag == 0x04,
              let alg = items[1].children(), let algOID = alg.first, algOID.tag == 0x06 else {
            if KeyShape.isPKCS1(der) {
                throw FunctionError("x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)")
            }
            if KeyShape.isSEC1(der) {
                throw FunctionError("x509: failed to parse private key (use ParseECPrivateKey instead for this key format)")
            }
            throw FunctionError(ASN1Error.outer(der, structName: "pkcs8", fallback: "asn1: structure error: tags don't match"))
        }
        let inner = items[2].content
        switch algOID.raw {
        case OID.rsaEncryption:
            do { return .rsa(try RSAPrivateKey.parsePKCS1(inner)) } catch let e as FunctionError {
                throw FunctionError("x509: failed to parse RSA private key embedded in PKCS#8: " + e.message)
            }
        case OID.ecPublicKey:
            // Go reads the parameters as an OID and ignores them when they are not one.
            let curve = alg.count > 1 && alg[1].tag == 0x06 ? alg[1].raw : nil
            do { return .ec(try ECPrivateKey.parseSEC1(inner, curve: curve)) } catch let e as FunctionError {
                throw FunctionError("x509: failed to parse EC private key embedded in PKCS#8: " + e.message)
            }
        case OID.ed25519:
            if alg.count > 1 { throw FunctionError("x509: invalid Ed25519 private key parameters") }
            guard let seed = DERReader.single(inner), seed.tag == 0x04 else {
                throw FunctionError("x509: invalid Ed25519 private key: asn1: structure error: tags don't match")
            }
            guard seed.content.count == 32 else {
                throw FunctionError("x509: invalid Ed25519 private key length: \(seed.content.count)")
            }
            return .ed25519(seed.content)
        default:
            throw FunctionError("x509: PKCS#8 wrapping contained private key with unknown algorithm: \(dottedOID(algOID.content))")
        }
    }

    /// Dotted text of OID content bytes (Go's `asn1.ObjectIdentifier.String`).
    static func dottedOID(_ content: [UInt8]) -> String {
        var arcs: [UInt64] = []
        var v: UInt64 = 0
        for b in content {
            v = (v << 7) | UInt64(b & 0x7F)
            if b & 0x80 == 0 {
                if arcs.isEmpty {
                    let first: UInt64 = v < 80 ? v / 40 : 2
                    arcs.append(first)
                    arcs.append(v - first * 40)
                } else {
                    arcs.append(v)
                }
                v = 0
            }
        }
        return arcs.map(String.init).joined(separator: ".")
    }
}
