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

    @Test(arguments: [("rsa", "RSA PRIVATE KEY"), ("ecdsa", "EC PRIVATE KEY"), ("ed25519", "PRIVATE KEY")])
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
        for type in ["rsa", "ecdsa", "ed25519"] {
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
        var key4096: RSAPrivateKey? = nil
        let t4096 = clock.measure { key4096 = try? RSAPrivateKey.generate(bits: 4096, rng: &rng) }
        print("RSA 2048 key generation: \(t2048); RSA 4096: \(t4096)")
        #expect(key2048?.n.bitWidth == 2048)
        #expect(key4096?.n.bitWidth == 4096)
    }
}
