import Foundation
import Testing
@testable import ChartRender

/// EC keys on every NIST curve Go's x509 accepts (P-224, P-256, P-384, P-521) through
/// Sprig's `*WithKey` certificate functions, checked with `openssl` where it is installed
/// (skipped with a printed message otherwise), plus the curve arithmetic and SHA-384.
struct CryptoCurveTests {
    /// One curve: openssl's name, chartr's curve, the signature algorithm Go's
    /// `signingParamsForKey` picks, and the field size in bits.
    struct Case: CustomStringConvertible, Sendable {
        var openssl: String
        var curve: NISTCurve
        var signature: String
        var bits: Int
        var description: String { curve.name }
    }

    static let cases: [Case] = [
        Case(openssl: "secp224r1", curve: .p224, signature: "ecdsa-with-SHA256", bits: 224),
        Case(openssl: "prime256v1", curve: .p256, signature: "ecdsa-with-SHA256", bits: 256),
        Case(openssl: "secp384r1", curve: .p384, signature: "ecdsa-with-SHA384", bits: 384),
        Case(openssl: "secp521r1", curve: .p521, signature: "ecdsa-with-SHA512", bits: 521),
    ]

    typealias F = CryptoFunctionTests

    /// A fresh SEC 1 key from `openssl ecparam -genkey`; nil (skip) without openssl.
    static func opensslKey(_ name: String) throws -> String? {
        guard let (status, out) = try F.runOpenSSL(["ecparam", "-name", name, "-genkey", "-noout"], files: [:]) else { return nil }
        #expect(status == 0, "\(out)")
        #expect(out.hasPrefix("-----BEGIN EC PRIVATE KEY-----\n"))
        return out
    }

    static func text(_ cert: String) throws -> String? {
        guard let (status, out) = try F.runOpenSSL(["x509", "-in", "c.pem", "-noout", "-text"], files: ["c.pem": cert]) else { return nil }
        #expect(status == 0, "\(out)")
        return out
    }

    // MARK: - Curve arithmetic

    @Test(arguments: cases)
    func curveArithmetic(_ c: Case) throws {
        let curve = c.curve
        #expect(curve.p.bitWidth == c.bits)
        #expect(curve.isOnCurve(curve.gx, curve.gy))
        let g = curve.generator
        #expect(curve.affine(curve.multiply(curve.n, g)) == nil)
        let two = try #require(curve.affine(curve.add(g, g)))
        #expect(try #require(curve.affine(curve.double(g))) == two)
        #expect(curve.isOnCurve(two.0, two.1))
        #expect(try #require(curve.affine(curve.multiply(BigUInt(2), g))) == two)
        // (n-1)·G = -G = (Gx, p - Gy).
        let minus = try #require(curve.affine(curve.multiply(curve.n - BigUInt(1), g)))
        #expect(minus.0 == curve.gx)
        #expect(minus.1 == curve.p - curve.gy)
        #expect(NISTCurve.named(oid: curve.oid)?.name == curve.name)
    }

    @Test func hashTruncationKeepsTheOrdersBits() {
        // P-224 keeps the leftmost 224 bits of a SHA-256 digest; P-521 keeps all of SHA-512's.
        let digest = [UInt8](repeating: 0xFF, count: 32)
        #expect(NISTCurve.p224.hashScalar(digest) == BigUInt(bytes: [UInt8](repeating: 0xFF, count: 28)) % NISTCurve.p224.n)
        let d512 = [UInt8](repeating: 0x80, count: 64)
        #expect(NISTCurve.p521.hashScalar(d512) == BigUInt(bytes: d512))
    }

    // MARK: - SHA-384 (FIPS 180-4 examples)

    @Test(arguments: [
        ("", "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"),
        ("abc", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"),
    ])
    func sha384(_ input: String, _ digest: String) {
        #expect(hexString(SHA384.hash(Array(input.utf8))) == digest)
    }

    @Test func sha512StillMatches() {
        #expect(hexString(SHA512.hash(Array("abc".utf8))) == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
    }

    // MARK: - Certificates with openssl-made keys

    @Test(arguments: cases)
    func selfSignedWithKey(_ c: Case) throws {
        guard let key = try Self.opensslKey(c.openssl) else { return }
        let env = RenderEnvironment(seed: 21)
        let cert = try #require(F.cert(try F.call("genSelfSignedCertWithKey", [
            .string("ec.example"), .list([.string("10.1.2.3")]), .list([.string("ec.example")]), .int(30), .string(key),
        ], env: env)))
        // Go re-marshals the parsed key with MarshalECPrivateKey: the same SEC 1 bytes.
        #expect(cert.key == key)
        guard let (status, out) = try F.runOpenSSL(["verify", "-partial_chain", "-CAfile", "c.pem", "c.pem"],
                                                  files: ["c.pem": cert.cert]) else { return }
        #expect(status == 0, "\(out)")
        guard let text = try Self.text(cert.cert) else { return }
        #expect(text.contains("Signature Algorithm: \(c.signature)"))
        #expect(text.contains("Public-Key: (\(c.bits) bit)"))
        #expect(text.contains("NIST CURVE: \(c.curve.name)"))
        #expect(text.contains("DNS:ec.example, IP Address:10.1.2.3"))
    }

    @Test(arguments: cases)
    func chainWithKeys(_ c: Case) throws {
        guard let caKey = try Self.opensslKey(c.openssl), let leafKey = try Self.opensslKey(c.openssl) else { return }
        let env = RenderEnvironment(seed: 22)
        let ca = try #require(F.cert(try F.call("genCAWithKey", [.string("ec-ca"), .int(30), .string(caKey)], env: env)))
        #expect(ca.key == caKey)
        let leaf = try #require(F.cert(try F.call("genSignedCertWithKey", [
            .string("leaf"), .null, .list([.string("leaf.example")]), .int(30), .object(ca), .string(leafKey),
        ], env: env)))
        #expect(leaf.key == leafKey)
        guard let (status, out) = try F.runOpenSSL(["verify", "-CAfile", "ca.pem", "leaf.pem"],
                                                  files: ["ca.pem": ca.cert, "leaf.pem": leaf.cert]) else { return }
        #expect(status == 0, "\(out)")
        guard let caText = try Self.text(ca.cert), let leafText = try Self.text(leaf.cert) else { return }
        #expect(caText.contains("Signature Algorithm: \(c.signature)"))
        #expect(caText.contains("CA:TRUE"))
        #expect(leafText.contains("Signature Algorithm: \(c.signature)"))
        #expect(leafText.contains("NIST CURVE: \(c.curve.name)"))
        #expect(leafText.contains("X509v3 Authority Key Identifier"))
    }

    /// A P-256 CA signing a P-384 leaf signs with SHA-256: the signer's curve decides.
    @Test func mixedCurvesSignWithTheIssuersHash() throws {
        guard let caKey = try Self.opensslKey("prime256v1"), let leafKey = try Self.opensslKey("secp384r1") else { return }
        let env = RenderEnvironment(seed: 23)
        let ca = try #require(F.cert(try F.call("genCAWithKey", [.string("ca"), .int(30), .string(caKey)], env: env)))
        let leaf = try #require(F.cert(try F.call("genSignedCertWithKey", [
            .string("leaf"), .null, .null, .int(30), .object(ca), .string(leafKey),
        ], env: env)))
        guard let (status, out) = try F.runOpenSSL(["verify", "-CAfile", "ca.pem", "leaf.pem"],
                                                  files: ["ca.pem": ca.cert, "leaf.pem": leaf.cert]) else { return }
        #expect(status == 0, "\(out)")
        guard let text = try Self.text(leaf.cert) else { return }
        #expect(text.contains("Signature Algorithm: ecdsa-with-SHA256"))
        #expect(text.contains("NIST CURVE: P-384"))
    }

    /// PKCS#8 (`PRIVATE KEY`) input parses and comes back as SEC 1, as Sprig's
    /// `pemBlockForKey` prints every ECDSA key.
    @Test(arguments: cases)
    func pkcs8Keys(_ c: Case) throws {
        guard let key = try Self.opensslKey(c.openssl),
              let (status, pk8) = try F.runOpenSSL(["pkcs8", "-topk8", "-nocrypt", "-in", "k.pem"], files: ["k.pem": key]) else { return }
        #expect(status == 0, "\(pk8)")
        #expect(pk8.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        let env = RenderEnvironment(seed: 24)
        let cert = try #require(F.cert(try F.call("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(1), .string(pk8)], env: env)))
        #expect(cert.key == key)
    }

    // MARK: - Keys Go rejects (texts checked against Helm 4.2.3)

    static func sec1PEM(_ d: [UInt8], curve: [UInt8]?, version: Int = 1) -> String {
        var parts = [DER.integer(version), DER.octetString(d)]
        if let curve { parts.append(DER.explicit(0, curve)) }
        return PEM.encode(type: "EC PRIVATE KEY", DER.seq(parts))
    }

    static func pkcs8PEM(_ inner: [UInt8], curve: [UInt8]?) -> String {
        let alg = DER.seq([OID.ecPublicKey] + (curve.map { [$0] } ?? []))
        return PEM.encode(type: "PRIVATE KEY", DER.seq([DER.integer(0), alg, DER.octetString(inner)]))
    }

    static let ecPrefix = "parsing private key: parsing EC private key from PEM: "
    static let n384 = NISTCurve.p384.n
    static let n521 = NISTCurve.p521.n

    /// (PEM, Helm's error) pairs, built in steps to keep type-checking cheap.
    static let rejected: [(String, String)] = {
        var out: [(String, String)] = []
        func add(_ pem: String, _ message: String) { out.append((pem, message)) }
        let p384 = OID.secp384r1, p521 = OID.secp521r1, k1 = DER.oid([1, 3, 132, 0, 10])
        let zero: [UInt8] = [UInt8](repeating: 0, count: 48), ones: [UInt8] = [UInt8](repeating: 0xFF, count: 48)
        let nPlus1: [UInt8] = (n384 + BigUInt(1)).bytes(count: 48)
        let twoN521: BigUInt = n521 + n521
        add(sec1PEM(zero, curve: p384), ecPrefix + "ecdsa: invalid public key encoding")
        add(sec1PEM(n384.bytes(count: 48), curve: p384), ecPrefix + "ecdsa: invalid public key encoding")
        add(sec1PEM(nPlus1, curve: p384), ecPrefix + "input overflows the modulus")
        add(sec1PEM(ones, curve: p384), ecPrefix + "input overflows the modulus")
        add(sec1PEM([1] + BigUInt(5).bytes(count: 48), curve: p384), ecPrefix + "x509: invalid private key length")
        add(sec1PEM(twoN521.bytes(count: 66), curve: p521), ecPrefix + "ecdsa: invalid public key encoding")
        add(sec1PEM((twoN521 + BigUInt(1)).bytes(count: 66), curve: p521), ecPrefix + "input overflows the modulus")
        add(sec1PEM([5], curve: nil), ecPrefix + "x509: unknown elliptic curve")
        add(sec1PEM([5], curve: k1), ecPrefix + "x509: unknown elliptic curve")
        add(sec1PEM([5], curve: p384, version: 2), ecPrefix + "x509: unknown EC private key version 2")
        let pk8 = "parsing private key: decoding PEM as PKCS#8: x509: failed to parse EC private key embedded in PKCS#8: "
        add(pkcs8PEM(DER.seq([DER.integer(1), DER.octetString(nPlus1)]), curve: p384), pk8 + "input overflows the modulus")
        add(pkcs8PEM(DER.seq([DER.integer(1), DER.octetString([5]), DER.explicit(0, p384)]), curve: k1), pk8 + "x509: unknown elliptic curve")
        return out
    }()

    @Test(arguments: rejected)
    func rejectedKeys(_ pem: String, _ message: String) {
        let env = RenderEnvironment(seed: 1)
        do {
            _ = try F.call("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(1), .string(pem)], env: env)
            Issue.record("expected an error")
        } catch let e as FunctionError {
            #expect(e.message == message)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// Keys Go accepts although SEC 1 forbids them: short scalars, extra leading zeros,
    /// and a PKCS#8 curve that overrides the inner one.
    @Test func lenientKeys() throws {
        let env = RenderEnvironment(seed: 2)
        for (pem, curve) in [
            (Self.sec1PEM([5], curve: OID.secp384r1), NISTCurve.p384),
            (Self.sec1PEM([0, 0] + BigUInt(5).bytes(count: 48), curve: OID.secp384r1), NISTCurve.p384),
            (Self.sec1PEM(BigUInt(7).bytes(count: 31), curve: OID.secp224r1), NISTCurve.p224),
            (Self.pkcs8PEM(DER.seq([DER.integer(1), DER.octetString([5]), DER.explicit(0, OID.prime256v1)]), curve: OID.secp521r1), NISTCurve.p521),
            (Self.pkcs8PEM(DER.seq([DER.integer(1), DER.octetString([5]), DER.explicit(0, OID.secp384r1)]), curve: nil), NISTCurve.p384),
        ] {
            let cert = try #require(F.cert(try F.call("genSelfSignedCertWithKey", [.string("x"), .null, .null, .int(1), .string(pem)], env: env)))
            guard case .ec(let key) = try PrivateKey.parsePEM(cert.key) else {
                Issue.record("not an EC key")
                continue
            }
            #expect(key.curve.name == curve.name)
            #expect(key.d == BigUInt(key.curve.name == "P-224" ? 7 : 5))
            #expect(curve.isOnCurve(key.x, key.y))
        }
    }
}
