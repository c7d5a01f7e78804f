import Foundation
import Testing
@testable import ChartRender

/// Sprig's crypto functions called through the function table, checked with `openssl`
/// where it is installed (skipped with a printed message otherwise).
struct CryptoFunctionTests {
    static func call(_ name: String, _ args: [Value], env: RenderEnvironment) throws -> Value {
        guard let f = Functions.table[name] else { throw FunctionError("no function \(name)") }
        var c = FunctionCall(args: args, name: name, env: env)
        return try f.body(&c)
    }

    static func string(_ v: Value) -> String { v.stringValue ?? "" }

    static func cert(_ v: Value) -> SprigCertificate? {
        if case .object(let o) = v { return o as? SprigCertificate }
        return nil
    }

    static let openssl: String? = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/bin/openssl"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs openssl with files written to a temp dir; returns (status, combined output).
    static func runOpenSSL(_ args: [String], files: [String: String]) throws -> (Int32, String)? {
        guard let openssl else {
            print("openssl not installed: skipping")
            return nil
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chartr-crypto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: openssl)
        p.arguments = args
        p.currentDirectoryURL = dir
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: [("rsa", "RSA PRIVATE KEY"), ("ecdsa", "EC PRIVATE KEY"), ("ed25519", "PRIVATE KEY"), ("dsa", "DSA PRIVATE KEY")])
    func privateKeysParseInOpenSSL(_ type: String, _ pemType: String) throws {
        let env = RenderEnvironment(seed: 7)
        let key = Self.string(try Self.call("genPrivateKey", [.string(type)], env: env))
        #expect(key.hasPrefix("-----BEGIN \(pemType)-----\n"))
        #expect(key.hasSuffix("-----END \(pemType)-----\n"))
        let parsed = try PrivateKey.parsePEM(key)
        #expect(parsed.pem == key)
        guard let (status, out) = try Self.runOpenSSL(["pkey", "-in", "k.pem", "-check", "-noout"], files: ["k.pem": key]) else { return }
        #expect(status == 0, "\(out)")
        if type == "rsa" {
            guard let (_, text) = try Self.runOpenSSL(["rsa", "-in", "k.pem", "-check", "-noout", "-text"], files: ["k.pem": key]) else { return }
            #expect(text.contains("Private-Key: (4096 bit"))
            #expect(text.contains("RSA key ok"))
        }
    }

    @Test func unknownKeyType() throws {
        let env = RenderEnvironment(seed: 1)
        #expect(Self.string(try Self.call("genPrivateKey", [.string("foo")], env: env)) == "Unknown type foo")
    }

    @Test func seededKeysAreReproducible() throws {
        // RSA is covered by genCA below (2048 bits); 4096-bit keys are slow in debug builds.
        for type in ["ecdsa", "ed25519"] {
            let a = Self.string(try Self.call("genPrivateKey", [.string(type)], env: RenderEnvironment(seed: 42)))
            let b = Self.string(try Self.call("genPrivateKey", [.string(type)], env: RenderEnvironment(seed: 42)))
            #expect(a == b)
        }
        let env1 = RenderEnvironment(seed: 5, fixedNow: 1_700_000_000)
        let env2 = RenderEnvironment(seed: 5, fixedNow: 1_700_000_000)
        let c1 = Self.cert(try Self.call("genCA", [.string("ca"), .int(30)], env: env1))
        let c2 = Self.cert(try Self.call("genCA", [.string("ca"), .int(30)], env: env2))
        #expect(c1?.cert == c2?.cert)
        #expect(c1?.key == c2?.key)
    }

    @Test func caChainVerifies() throws {
        let env = RenderEnvironment(seed: 3)
        let ca = try #require(Self.cert(try Self.call("genCA", [.string("my-ca"), .int(365)], env: env)))
        let leaf = try #require(Self.cert(try Self.call("genSignedCert", [
            .string("svc"), .list([.string("10.0.0.1"), .string("::1")]), .list([.string("svc.local")]), .int(30), .object(ca),
        ], env: env)))
        #expect(ca.key.hasPrefix("-----BEGIN RSA PRIVATE KEY-----"))
        guard let (status, out) = try Self.runOpenSSL(["verify", "-CAfile", "ca.pem", "leaf.pem"],
                                                     files: ["ca.pem": ca.cert, "leaf.pem": leaf.cert]) else { return }
        #expect(status == 0, "\(out)")
        guard let (_, text) = try Self.runOpenSSL(["x509", "-in", "leaf.pem", "-noout", "-text"], files: ["leaf.pem": leaf.cert]) else { return }
        #expect(text.contains("DNS:svc.local, IP Address:10.0.0.1, IP Address:0:0:0:0:0:0:0:1"))
        #expect(text.contains("Subject: CN=svc") || text.contains("Subject: CN = svc"))
        #expect(text.contains("Issuer: CN=my-ca") || text.contains("Issuer: CN = my-ca"))
        #expect(text.contains("TLS Web Server Authentication, TLS Web Client Authentication"))
        #expect(text.contains("X509v3 Authority Key Identifier"))
        guard let (_, caText) = try Self.runOpenSSL(["x509", "-in", "ca.pem", "-noout", "-text"], files: ["ca.pem": ca.cert]) else { return }
        #expect(caText.contains("CA:TRUE"))
        #expect(caText.contains("Digital Signature, Key Encipherment, Certificate Sign"))
        #expect(caText.contains("Public-Key: (2048 bit)"))
    }

    @Test(arguments: ["rsa", "ecdsa", "ed25519"])
    func chainWithGivenKeysVerifies(_ type: String) throws {
        let env = RenderEnvironment(seed: 11)
        let caKey = Self.string(try Self.call("genPrivateKey", [.string(type)], env: env))
        let ca = try #require(Self.cert(try Self.call("genCAWithKey", [.string("ca"), .int(10), .string(caKey)], env: env)))
        #expect(ca.key == caKey)
        let leafKey = Self.string(try Self.call("genPrivateKey", [.string("ecdsa")], env: env))
        let leaf = try #require(Self.cert(try Self.call("genSignedCertWithKey", [
            .string("leaf"), .null, .list([.string("a.example")]), .int(10), .object(ca), .string(leafKey),
        ], env: env)))
        #expect(leaf.key == leafKey)
        guard let (status, out) = try Self.runOpenSSL(["verify", "-CAfile", "ca.pem", "leaf.pem"],
                                                     files: ["ca.pem": ca.cert, "leaf.pem": leaf.cert]) else { return }
        #expect(status == 0, "\(out)")
    }

    @Test func selfSignedVerifiesAgainstItself() throws {
        let env = RenderEnvironment(seed: 9)
        let c = try #require(Self.cert(try Self.call("genSelfSignedCert", [
            .string("example.com"), .list([.string("10.0.0.1")]), .list([.string("example.com"), .string("*.example.com")]), .int(30),
        ], env: env)))
        guard let (_, text) = try Self.runOpenSSL(["x509", "-in", "c.pem", "-noout", "-text"], files: ["c.pem": c.cert]) else { return }
        #expect(text.contains("DNS:example.com, DNS:*.example.com, IP Address:10.0.0.1"))
        guard let (status, out) = try Self.runOpenSSL(["verify", "-partial_chain", "-CAfile", "c.pem", "c.pem"], files: ["c.pem": c.cert]) else { return }
        #expect(status == 0, "\(out)")
        let k = try Self.call("genSelfSignedCertWithKey", [.string("cn"), .null, .null, .int(1), .string(c.key)], env: env)
        #expect(Self.cert(k)?.key == c.key)
    }

    @Test(arguments: [
        ("genCAWithKey", [Value.string("ca"), .int(30), .string("not a key")], "parsing private key: no PEM data in input"),
        ("genSelfSignedCert", [Value.string("x"), .list([.string("nope")]), .null, .int(1)], "error parsing ip: nope"),
        ("genSelfSignedCert", [Value.string("x"), .list([.int(1)]), .null, .int(1)], "error parsing ip: 1 is not a string"),
        ("genSelfSignedCert", [Value.string("x"), .null, .list([.bool(true)]), .int(1)], "error processing alternate dns name: true is not a string"),
        ("buildCustomCert", [Value.string("%%"), .string("")], "unable to decode base64 certificate"),
        ("buildCustomCert", [Value.string("aGVsbG8="), .string("%")], "unable to decode base64 private key"),
        ("buildCustomCert", [Value.string("aGVsbG8="), .string("")], "unable to decode certificate"),
        ("genCAWithKey", [Value.string("ca"), .int(30), .string("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")],
         "parsing private key: no private key data in PEM block of type CERTIFICATE"),
        ("genCAWithKey", [Value.string("ca"), .int(30), .string("-----BEGIN FOO PRIVATE KEY-----\nAAAA\n-----END FOO PRIVATE KEY-----\n")],
         "parsing private key: invalid private key type FOO PRIVATE KEY"),
        ("genCAWithKey", [Value.string("ca"), .int(30), .string("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n")],
         "parsing private key: parsing RSA private key from PEM: asn1: structure error: tags don't match (16 vs {class:0 tag:0 length:0 isCompound:false}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} pkcs1PrivateKey @2"),
        ("genCAWithKey", [Value.string("ca"), .int(30), .string("-----BEGIN RSA PRIVATE KEY-----\nMAA=\n-----END RSA PRIVATE KEY-----\n")],
         "parsing private key: parsing RSA private key from PEM: asn1: syntax error: sequence truncated"),
        ("genCAWithKey", [Value.string("ca"), .int(30), .string("-----BEGIN EC PRIVATE KEY-----\nAgE=\n-----END EC PRIVATE KEY-----\n")],
         "parsing private key: parsing EC private key from PEM: x509: failed to parse EC private key: asn1: structure error: tags don't match (16 vs {class:0 tag:2 length:1 isCompound:false}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} ecPrivateKey @2"),
        ("genCAWithKey", [Value.string("ca"), .int(30), .string("-----BEGIN PRIVATE KEY-----\n\n-----END PRIVATE KEY-----\n")],
         "parsing private key: decoding PEM as PKCS#8: asn1: syntax error: sequence truncated"),
    ])
    func errorTexts(_ name: String, _ args: [Value], _ message: String) {
        let env = RenderEnvironment(seed: 1)
        do {
            _ = try Self.call(name, args, env: env)
            Issue.record("expected an error")
        } catch let e as FunctionError {
            #expect(e.message == message)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func dsaKeysCannotSignCertificates() throws {
        let env = RenderEnvironment(seed: 6)
        let ca = try #require(Self.cert(try Self.call("genCAWithKey", [.string("ca"), .int(1), .string(Self.string(try Self.call("genPrivateKey", [.string("ecdsa")], env: env)))], env: env)))
        // A DSA key reaches Go's x509 and fails there, as a signer or as a subject key.
        let dsaKey = PrivateKey.dsa(DSAPrivateKey(p: BigUInt(23), q: BigUInt(11), g: BigUInt(4), y: BigUInt(3), x: BigUInt(5))).pem
        for (name, args, message) in [
            ("genCAWithKey", [Value.string("ca"), .int(1), .string(dsaKey)], "error creating certificate: x509: certificate private key does not implement crypto.Signer"),
            ("genSignedCertWithKey", [Value.string("x"), .null, .null, .int(1), .object(ca), .string(dsaKey)], "error creating certificate: x509: unsupported public key type: *dsa.PublicKey"),
        ] {
            do {
                _ = try Self.call(name, args, env: env)
                Issue.record("expected an error")
            } catch let e as FunctionError {
                #expect(e.message == message)
            }
        }
    }

    @Test func buildCustomCertRoundTrip() throws {
        let env = RenderEnvironment(seed: 2)
        let ca = try #require(Self.cert(try Self.call("genCA", [.string("ca"), .int(30)], env: env)))
        let c = try #require(Self.cert(try Self.call("buildCustomCert", [
            .string(Base64.encode(Array(ca.cert.utf8))), .string(Base64.encode(Array(ca.key.utf8))),
        ], env: env)))
        #expect(c.cert == ca.cert && c.key == ca.key)
    }

    @Test func htpasswdAndBcrypt() throws {
        let env = RenderEnvironment(seed: 4)
        let h = Self.string(try Self.call("htpasswd", [.string("user"), .string("password")], env: env))
        #expect(h.hasPrefix("user:$2a$10$") && h.utf8.count == 5 + 60)
        #expect(Self.string(try Self.call("htpasswd", [.string("us:er"), .string("p")], env: env)) == "invalid username: us:er")
    }

    @Test(arguments: [("long", "ZedaFaxcZaso9*"), ("maximum", "pf4zS1LjCg&LjhsZ7T2~")])
    func derivePassword(_ type: String, _ expected: String) {
        #expect(MasterPassword.derive(counter: 1, type: type, password: "password", user: "user", site: "example.com") == expected)
    }

    @Test func keyGenerationTimings() throws {
        var rng = RandomSource(seed: 99)
        let clock = ContinuousClock()
        var key2048: RSAPrivateKey? = nil
        let t2048 = clock.measure { key2048 = try? RSAPrivateKey.generate(bits: 2048, rng: &rng) }
        print("RSA 2048 key generation: \(t2048)")
        #expect(key2048?.n.bitWidth == 2048)
        #expect(key2048.map { $0.p * $0.q == $0.n } == true)
    }
}

/// The `sprig.certificate` value as templates observe it.
struct CryptoCertificateObjectTests {
    @Test func fieldsPrintingAndJSON() {
        let c = SprigCertificate(cert: "C", key: "K")
        #expect(c.goType.name == "sprig.certificate")
        #expect(c.goType.kind == "struct")
        #expect(c.field(named: "Cert")?.stringValue == "C")
        #expect(c.field(named: "Key")?.stringValue == "K")
        #expect(c.field(named: "Other") == nil)
        #expect(c.goDescription == "{C K}")
        #expect(c.jsonValue?["Cert"]?.stringValue == "C")
    }

    @Test(arguments: [(Int64(0), "700101000000Z"), (Int64(1_700_000_000), "231114221320Z"), (Int64(2_524_608_000), "20500101000000Z"),
                      (Int64(-631_152_001), "19491231235959Z")])
    func validityTimes(_ seconds: Int64, _ text: String) {
        let der = CertificateTemplate.time(seconds)
        #expect(String(decoding: der.dropFirst(2), as: UTF8.self) == text)
        #expect(der.first == (text.utf8.count == 13 ? 0x17 : 0x18))
    }
}
