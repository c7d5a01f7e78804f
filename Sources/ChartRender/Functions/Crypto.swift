/// Sprig v3.3.0's crypto functions: private keys, certificates, AES, bcrypt/htpasswd and
/// the Master Password `derivePassword`, with Sprig's signatures and message texts.
///
/// All randomness comes from `env.random`, so `--seed` makes keys and certificates
/// reproducible; certificate validity starts at `env.now()`.
extension Functions {
    static let crypto: [String: Function] = [
        "genPrivateKey": Function(FunctionSignature([.string], returns: .string)) { call in
            .string(CryptoFunctions.generatePrivateKey(call.string(0), rng: &call.env.random))
        },
        "bcrypt": Function(FunctionSignature([.string], returns: .string)) { call in
            .string(CryptoFunctions.bcrypt(call.string(0), rng: &call.env.random))
        },
        "htpasswd": Function(FunctionSignature([.string, .string], returns: .string)) { call in
            let user = call.string(0)
            if user.utf8.contains(58) { return .string("invalid username: " + user) }
            return .string(user + ":" + CryptoFunctions.bcrypt(call.string(1), rng: &call.env.random))
        },
        "derivePassword": Function(FunctionSignature([.uint32, .string, .string, .string, .string], returns: .string)) { call in
            .string(MasterPassword.derive(counter: UInt32(truncatingIfNeeded: call.int(0)), type: call.string(1),
                                          password: call.string(2), user: call.string(3), site: call.string(4)))
        },
        "encryptAES": Function(FunctionSignature([.string, .string], returns: .string, throws: true)) { call in
            .string(CryptoFunctions.encryptAES(call.string(0), call.string(1), rng: &call.env.random))
        },
        "decryptAES": Function(FunctionSignature([.string, .string], returns: .string, throws: true)) { call in
            .string(try CryptoFunctions.decryptAES(call.string(0), call.string(1)))
        },
        "genCA": certFunction([.string, .int]) { call in
            try CryptoFunctions.certificateAuthority(call, key: .rsa(try CryptoFunctions.rsa2048(&call)))
        },
        "genCAWithKey": certFunction([.string, .int, .string]) { call in
            try CryptoFunctions.certificateAuthority(call, key: try CryptoFunctions.parseKey(call.string(2)))
        },
        "genSelfSignedCert": certFunction([.string, .slice(.interface), .slice(.interface), .int]) { call in
            try CryptoFunctions.selfSigned(call, key: .rsa(try CryptoFunctions.rsa2048(&call)))
        },
        "genSelfSignedCertWithKey": certFunction([.string, .slice(.interface), .slice(.interface), .int, .string]) { call in
            try CryptoFunctions.selfSigned(call, key: try CryptoFunctions.parseKey(call.string(4)))
        },
        "genSignedCert": certFunction([.string, .slice(.interface), .slice(.interface), .int, SprigCertificate.type]) { call in
            try CryptoFunctions.signed(&call, key: .rsa(try CryptoFunctions.rsa2048(&call)))
        },
        "genSignedCertWithKey": certFunction([.string, .slice(.interface), .slice(.interface), .int, SprigCertificate.type, .string]) { call in
            try CryptoFunctions.signed(&call, key: try CryptoFunctions.parseKey(call.string(5)))
        },
        "buildCustomCert": certFunction([.string, .string]) { call in
            try CryptoFunctions.buildCustom(call.string(0), call.string(1))
        },
    ]

    /// A `func(...) (certificate, error)` function.
    static func certFunction(_ params: [GoType], _ body: @escaping @Sendable (inout FunctionCall) throws -> SprigCertificate) -> Function {
        Function(FunctionSignature(params, returns: SprigCertificate.type, throws: true)) { call in
            .object(try body(&call))
        }
    }
}

/// The bodies of the crypto functions (Sprig's crypto.go, behaviour for behaviour).
enum CryptoFunctions {
    /// `genPrivateKey`: "rsa" or "" (RSA 4096), "dsa" (L2048N256), "ecdsa" (P-256), "ed25519".
    static func generatePrivateKey(_ type: String, rng: inout RandomSource) -> String {
        do {
            switch type {
            case "", "rsa": return PrivateKey.rsa(try RSAPrivateKey.generate(bits: 4096, rng: &rng)).pem
            case "ecdsa": return PrivateKey.ec(try ECPrivateKey.generate(curve: .p256, rng: &rng)).pem
            case "ed25519": return PrivateKey.ed25519(rng.bytes(32)).pem
            case "dsa": return PrivateKey.dsa(try DSAPrivateKey.generate(rng: &rng)).pem
            default: return "Unknown type " + type
            }
        } catch {
            return "failed to generate private key: \(error)"
        }
    }

    static func bcrypt(_ input: String, rng: inout RandomSource) -> String {
        do {
            return try BCrypt.hash(password: GoString.bytes(input), salt: rng.bytes(16), cost: 10)
        } catch {
            return "failed to encrypt string with bcrypt: \(error)"
        }
    }

    static func encryptAES(_ password: String, _ plaintext: String, rng: inout RandomSource) -> String {
        if plaintext.isEmpty { return "" }
        guard let aes = AES(key: AES.sprigKey(password)) else { return "" }
        var content = GoString.bytes(plaintext)
        let padding = 16 - content.count % 16
        content += [UInt8](repeating: UInt8(padding), count: padding)
        let iv = rng.bytes(16)
        return Base64.encode(iv + aes.cbcEncrypt(content, iv: iv))
    }

    /// `decryptAES`, including the runtime panics Go turns into call errors for short or
    /// ragged input and impossible padding.
    static func decryptAES(_ password: String, _ crypt64: String) throws -> String {
        if crypt64.isEmpty { return "" }
        let crypt: [UInt8]
        switch Base64.decode(Array(crypt64.utf8)) {
        case .success(let b): crypt = b
        case .failure(let e): throw e
        }
        guard let aes = AES(key: AES.sprigKey(password)) else { return "" }
        guard crypt.count >= 16 else {
            throw FunctionError("runtime error: slice bounds out of range [:16] with capacity \(crypt.count)")
        }
        let body = Array(crypt[16...])
        guard body.count % 16 == 0 else { throw FunctionError("crypto/cipher: input not full blocks") }
        let plain = aes.cbcDecrypt(body, iv: Array(crypt[0..<16]))
        guard let last = plain.last else {
            throw FunctionError("runtime error: index out of range [-1]")
        }
        let cut = plain.count - Int(last)
        guard cut >= 0 else {
            throw FunctionError("runtime error: slice bounds out of range [:\(cut)]")
        }
        return GoString.string(plain[0..<cut])
    }

    static func rsa2048(_ call: inout FunctionCall) throws -> RSAPrivateKey {
        do {
            return try RSAPrivateKey.generate(bits: 2048, rng: &call.env.random)
        } catch {
            throw FunctionError("error generating rsa key: \(error)")
        }
    }

    static func parseKey(_ pem: String) throws -> PrivateKey {
        do {
            return try PrivateKey.parsePEM(pem)
        } catch {
            throw FunctionError("parsing private key: \(error)")
        }
    }

    /// `getBaseCertTemplate`: IPs, DNS names, a random 128-bit serial, validity.
    static func template(_ call: inout FunctionCall, cn: String, ips: Value, dns: Value, days: Int) throws -> CertificateTemplate {
        var ipBytes: [[UInt8]] = []
        for item in ips.listItems ?? [] {
            guard case .string(let s) = item else {
                throw FunctionError("error parsing ip: \(GoFmt.formatValue(item)) is not a string")
            }
            guard let b = IPAddress.parseForSAN(s) else { throw FunctionError("error parsing ip: " + s) }
            ipBytes.append(b)
        }
        var names: [String] = []
        for item in dns.listItems ?? [] {
            guard case .string(let s) = item else {
                throw FunctionError("error processing alternate dns name: \(GoFmt.formatValue(item)) is not a string")
            }
            names.append(s)
        }
        let serial = BigUInt(bytes: call.env.random.bytes(16))
        let now = call.env.now()
        let scaled = (now * 1e9).rounded(.down)
        let nowNanos: Int64 = scaled.isFinite && abs(scaled) < 9.2e18 ? Int64(scaled) : 0
        let validNanos = Int64(86_400_000_000_000) &* Int64(truncatingIfNeeded: days)
        func seconds(_ ns: Int64) -> Int64 { ns >= 0 ? ns / 1_000_000_000 : (ns - 999_999_999) / 1_000_000_000 }
        return CertificateTemplate(serial: serial, commonName: cn, ips: ipBytes, dnsNames: names,
                                   notBefore: seconds(nowNanos), notAfter: seconds(nowNanos &+ validNanos), isCA: false)
    }

    /// `getCertAndKey`: the signed certificate and the subject key, both PEM.
    static func certAndKey(_ t: CertificateTemplate, key: PrivateKey, issuer: CertificateTemplate.Issuer?,
                           signer: PrivateKey, rng: inout RandomSource) throws -> SprigCertificate {
        let der: [UInt8]
        do {
            der = try t.build(publicKey: key, issuer: issuer, signer: signer, rng: &rng)
        } catch {
            throw FunctionError("error creating certificate: \(error)")
        }
        return SprigCertificate(cert: PEM.encode(type: "CERTIFICATE", der), key: key.pem)
    }

    static func certificateAuthority(_ call: FunctionCall, key: PrivateKey) throws -> SprigCertificate {
        var call = call
        var t = try template(&call, cn: call.string(0), ips: .null, dns: .null, days: call.int(1))
        t.isCA = true
        return try certAndKey(t, key: key, issuer: nil, signer: key, rng: &call.env.random)
    }

    static func selfSigned(_ call: FunctionCall, key: PrivateKey) throws -> SprigCertificate {
        var call = call
        let t = try template(&call, cn: call.string(0), ips: call[1], dns: call[2], days: call.int(3))
        return try certAndKey(t, key: key, issuer: nil, signer: key, rng: &call.env.random)
    }

    static func signed(_ call: inout FunctionCall, key: PrivateKey) throws -> SprigCertificate {
        guard case .object(let obj) = call[4], let ca = obj as? SprigCertificate else {
            throw FunctionError("unable to decode certificate")
        }
        guard let block = PEM.decode(ca.cert) else { throw FunctionError("unable to decode certificate") }
        let issuer: CertificateTemplate.Issuer
        do {
            issuer = try X509Parser.parse(block.bytes)
        } catch {
            throw FunctionError("error parsing certificate: decodedSignerCert.Bytes: \(error)")
        }
        let signer: PrivateKey
        do {
            signer = try PrivateKey.parsePEM(ca.key)
        } catch {
            throw FunctionError("error parsing private key: \(error)")
        }
        let t = try template(&call, cn: call.string(0), ips: call[1], dns: call[2], days: call.int(3))
        return try certAndKey(t, key: key, issuer: issuer, signer: signer, rng: &call.env.random)
    }

    static func buildCustom(_ b64cert: String, _ b64key: String) throws -> SprigCertificate {
        guard case .success(let cert) = Base64.decode(Array(b64cert.utf8)) else {
            throw FunctionError("unable to decode base64 certificate")
        }
        guard case .success(let key) = Base64.decode(Array(b64key.utf8)) else {
            throw FunctionError("unable to decode base64 private key")
        }
        guard let block = PEM.decode(cert) else { throw FunctionError("unable to decode certificate") }
        do {
            _ = try X509Parser.parse(block.bytes)
        } catch {
            throw FunctionError("error parsing certificate: decodedCert.Bytes: \(error)")
        }
        do {
            _ = try PrivateKey.parsePEM(String(decoding: key, as: UTF8.self))
        } catch {
            throw FunctionError("error parsing private key: \(error)")
        }
        return SprigCertificate(cert: String(decoding: cert, as: UTF8.self), key: String(decoding: key, as: UTF8.self))
    }
}
