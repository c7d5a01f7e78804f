import Testing
@testable import ChartRender

/// Known-answer tests for the crypto primitives behind Sprig's crypto functions.
struct CryptoVectorTests {
    static func hex(_ s: String) -> [UInt8] { BigUInt(hex: s).bytes(count: s.utf8.count / 2) }

    @Test func aes256FIPS197() throws {
        let aes = try #require(AES(key: Self.hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")))
        let ct = aes.encrypt(Self.hex("00112233445566778899aabbccddeeff"))
        #expect(hexString(ct) == "8ea2b7ca516745bfeafc49904b496089")
        #expect(hexString(aes.decrypt(ct)) == "00112233445566778899aabbccddeeff")
    }

    @Test func aes128FIPS197() throws {
        let aes = try #require(AES(key: Self.hex("000102030405060708090a0b0c0d0e0f")))
        #expect(hexString(aes.encrypt(Self.hex("00112233445566778899aabbccddeeff"))) == "69c4e0d86a7b0430d8cdb78070b4c55a")
    }

    @Test func sprigAESRoundTrip() throws {
        var rng = RandomSource(seed: 1)
        for text in ["a", "exactly16bytes!!", String(repeating: "long text ", count: 20)] {
            let enc = CryptoFunctions.encryptAES("secretkey", text, rng: &rng)
            #expect(try CryptoFunctions.decryptAES("secretkey", enc) == text)
        }
        #expect(CryptoFunctions.encryptAES("k", "", rng: &rng) == "")
    }

    @Test(arguments: [1, 2, 4, 16, 32])
    func montgomerySquareMatchesMultiply(_ limbs: Int) throws {
        var rng = RandomSource(seed: UInt64(limbs))
        var nb = rng.bytes(limbs * 8)
        nb[0] |= 0x80
        nb[nb.count - 1] |= 1
        let m = try #require(Montgomery(BigUInt(bytes: nb)))
        for _ in 0..<20 {
            let x = m.toMont(BigUInt(bytes: rng.bytes(limbs * 8)))
            #expect(m.square(x) == m.mul(x, x))
        }
        // An all-ones modulus stresses every carry path.
        let ones = try #require(Montgomery(BigUInt(limbs: [UInt64](repeating: .max, count: limbs))))
        let y = ones.toMont(BigUInt(limbs: [UInt64](repeating: .max - 1, count: limbs)))
        #expect(ones.square(y) == ones.mul(y, y))
    }

    @Test(arguments: [
        ("illegal base64 data at input byte 0", "%%%"),
        ("runtime error: slice bounds out of range [:16] with capacity 3", "YWJj"),
        ("crypto/cipher: input not full blocks", "AAAAAAAAAAAAAAAAAAAAAAAA"),
    ])
    func decryptAESErrors(_ message: String, _ input: String) {
        #expect(throws: FunctionError.self) { try CryptoFunctions.decryptAES("key", input) }
        do { _ = try CryptoFunctions.decryptAES("key", input) } catch let e as FunctionError {
            #expect(e.message == message)
        } catch {}
    }

    @Test func hmacSHA256RFC4231() {
        let mac = KDF.hmacSHA256(key: [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8))
        #expect(hexString(mac) == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func pbkdf2SHA256() {
        let out = KDF.pbkdf2SHA256(password: Array("password".utf8), salt: Array("salt".utf8), iterations: 2, keyLength: 32)
        #expect(hexString(out) == "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")
    }

    @Test func scryptRFC7914() {
        let out = KDF.scrypt(password: [], salt: [], n: 16, r: 1, p: 1, keyLength: 64)
        #expect(out.map(hexString) == "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")
        #expect(KDF.scrypt(password: [], salt: [], n: 15, r: 1, p: 1, keyLength: 64) == nil)
    }

    @Test func blowfishPiDigits() {
        let w = Blowfish.piWords
        #expect(w.first == 0x243F_6A88)
        #expect(w[17] == 0x8979_FB1B)
        #expect(w[18] == 0xD131_0BA6)
        #expect(w.last == 0x3AC3_72E6)
    }

    @Test func bcryptOpenBSDVector() throws {
        let salt = try #require(BCrypt.decode(Array("CCCCCCCCCCCCCCCCCCCCC.".utf8)))
        #expect(salt.count == 16)
        let h = try BCrypt.hash(password: Array("U*U".utf8), salt: salt, cost: 5)
        #expect(h == "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")
    }

    @Test func bcryptTooLong() {
        #expect(throws: FunctionError.self) {
            try BCrypt.hash(password: [UInt8](repeating: 65, count: 73), salt: [UInt8](repeating: 0, count: 16), cost: 4)
        }
    }

    @Test func ed25519RFC8032Test1() {
        let seed = Self.hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        #expect(hexString(Ed25519.publicKey(seed: seed)) == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        #expect(hexString(Ed25519.sign([], seed: seed)) == "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
    }

    @Test func ed25519RFC8032Test2() {
        let seed = Self.hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        #expect(hexString(Ed25519.publicKey(seed: seed)) == "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        #expect(hexString(Ed25519.sign([0x72], seed: seed)) == "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")
    }

    @Test func p256Points() throws {
        let c = NISTCurve.p256
        #expect(c.isOnCurve(c.gx, c.gy))
        let g = c.generator
        #expect(c.affine(c.multiply(c.n, g)) == nil)
        let two = try #require(c.affine(c.add(g, g)))
        let dbl = try #require(c.affine(c.double(g)))
        #expect(two == dbl)
        #expect(c.isOnCurve(two.0, two.1))
        // 2G from SEC test data.
        #expect(hexString(two.0.bytes(count: 32)) == "7cf27b188d034f7e8a52380304b51ac3c08969e277f21b35a60b48fc47669978")
    }

    @Test func bigUIntArithmetic() throws {
        let a = BigUInt(hex: "123456789abcdef0123456789abcdef0fedcba98")
        let b = BigUInt(hex: "fedcba9876543210")
        let (q, r) = BigUInt.divMod(a, b)
        #expect(q * b + r == a)
        #expect(r < b)
        let inv = try #require(BigUInt.modInverse(BigUInt(65537), b - BigUInt(1)))
        #expect((inv * BigUInt(65537)) % (b - BigUInt(1)) == BigUInt(1))
        let m = try #require(Montgomery(BigUInt(hex: "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc2f")))
        #expect(m.modPow(BigUInt(3), BigUInt(5)) == BigUInt(243))
    }

    @Test(arguments: [
        ("10.0.0.1", "0a000001"), ("::1", "00000000000000000000000000000001"), ("::ffff:1.2.3.4", "01020304"),
        ("2001:db8::8:800:200c:417a", "20010db80000000000080800200c417a"),
    ])
    func ipParsing(_ text: String, _ expected: String) {
        #expect(IPAddress.parseForSAN(text).map(hexString) == expected)
    }

    @Test(arguments: ["1.2.3", "01.2.3.4", "256.1.1.1", "1::2::3", "x", "", "1.2.3.4.5", ":::"])
    func ipParsingRejects(_ text: String) {
        #expect(IPAddress.parseForSAN(text) == nil)
    }

    @Test func pemRoundTrip() throws {
        let bytes = (0..<100).map { UInt8($0) }
        let text = PEM.encode(type: "TEST", bytes)
        let block = try #require(PEM.decode("junk\n" + text))
        #expect(block.type == "TEST")
        #expect(block.bytes == bytes)
        #expect(PEM.decode("not pem") == nil)
        #expect(PEM.decode("-----BEGIN X-----\n!!!\n-----END X-----\n") == nil)
    }

    @Test func masterPasswordTemplateMissing() {
        #expect(MasterPassword.derive(counter: 1, type: "nope", password: "p", user: "u", site: "s") == "cannot find password template nope")
    }
}
