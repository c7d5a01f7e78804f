/// Sprig's encoding, hashing and random-string functions.
///
/// Decoders return Go's error text *as the result string* (Sprig's `base64decode`
/// ignores nothing: it returns `err.Error()`), hashes are lower-case hex, and every
/// random function draws from `env.random` so `--seed` makes renders reproducible.
extension Functions {
    static let encoding: [String: Function] = [
        "b64enc": stringToString { Base64.encode(GoString.bytes($0)) },
        "b64dec": stringToString { s in
            switch Base64.decode(GoString.bytes(s)) {
            case .success(let b): return GoString.string(b)
            case .failure(let e): return e.message
            }
        },
        "b32enc": stringToString { Base32.encode(GoString.bytes($0)) },
        "b32dec": stringToString { s in
            switch Base32.decode(GoString.bytes(s)) {
            case .success(let b): return GoString.string(b)
            case .failure(let e): return e.message
            }
        },
        "sha1sum": stringToString { hexString(SHA1.hash(GoString.bytes($0))) },
        "sha256sum": stringToString { hexString(SHA256.hash(GoString.bytes($0))) },
        "sha512sum": stringToString { hexString(SHA512.hash(GoString.bytes($0))) },
        // Sprig: fmt.Sprintf("%d", adler32.Checksum(...)), a string.
        "adler32sum": stringToString { String(Adler32.checksum(GoString.bytes($0))) },
        "uuidv4": Function(FunctionSignature([], returns: .string)) { call in
            .string(uuidV4(call.env.random.bytes(16)))
        },
        "randAlphaNum": randomString(RandomCharset.alphaNumeric),
        "randAlpha": randomString(RandomCharset.alpha),
        "randNumeric": randomString(RandomCharset.numeric),
        "randAscii": randomString(RandomCharset.ascii),
        // Sprig: base64 of `count` crypto/rand bytes; (string, error).
        "randBytes": Function(FunctionSignature([.int], returns: .string, throws: true)) { call in
            let n = call.int(0)
            if n < 0 { throw FunctionError("runtime error: makeslice: len out of range") }
            return .string(Base64.encode(call.env.random.bytes(n)))
        },
    ]

    /// A `func(string) string` function.
    static func stringToString(_ f: @escaping @Sendable (String) -> String) -> Function {
        Function(FunctionSignature([.string], returns: .string)) { call in .string(f(call.string(0))) }
    }

    /// `randAlphaNum`-style `func(count int) string`: `count` characters drawn uniformly
    /// from the set (goutils.CryptoRandom); a negative count gives "" as Sprig drops the error.
    static func randomString(_ charset: [UInt8]) -> Function {
        Function(FunctionSignature([.int], returns: .string)) { call in
            let n = call.int(0)
            if n <= 0 || charset.isEmpty { return .string("") }
            var out: [UInt8] = []
            out.reserveCapacity(n)
            for _ in 0..<n {
                let i = Int(call.env.random.next(upperBound: UInt64(charset.count)))
                out.append(charset[i])
            }
            return .string(String(decoding: out, as: UTF8.self))
        }
    }

    /// RFC 4122 version 4 text form of 16 random bytes (google/uuid's `New().String()`).
    static func uuidV4(_ raw: [UInt8]) -> String {
        var b = raw
        while b.count < 16 { b.append(0) }
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        let h = hexString(b)
        let u = Array(h.utf8)
        var out: [UInt8] = []
        for (i, c) in u.enumerated() {
            if i == 8 || i == 12 || i == 16 || i == 20 { out.append(UInt8(ascii: "-")) }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Character sets of Sprig's random-string functions.
enum RandomCharset {
    static let numeric = Array("0123456789".utf8)
    static let alpha = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
    static let alphaNumeric = alpha + numeric
    /// Printable ASCII, space to `~` (goutils CryptoRandomAscii: 32..<127).
    static let ascii: [UInt8] = Array(32..<127)
}
