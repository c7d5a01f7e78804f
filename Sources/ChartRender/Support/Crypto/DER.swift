/// ASN.1 DER encoding, as Go's `encoding/asn1` and `crypto/x509` marshal: definite
/// minimal lengths, minimal two's-complement INTEGERs, PrintableString for printable text
/// (Go allows `*` when marshalling) and UTF8String otherwise.
enum DER {
    static let sequence: UInt8 = 0x30
    static let set: UInt8 = 0x31

    static func tlv(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [tag]
        let n = content.count
        if n < 0x80 {
            out.append(UInt8(n))
        } else {
            var lenBytes: [UInt8] = []
            var v = n
            while v > 0 { lenBytes.insert(UInt8(v & 0xFF), at: 0); v >>= 8 }
            out.append(0x80 | UInt8(lenBytes.count))
            out.append(contentsOf: lenBytes)
        }
        out.append(contentsOf: content)
        return out
    }

    static func seq(_ parts: [[UInt8]]) -> [UInt8] { tlv(sequence, parts.flatMap { $0 }) }

    static func integer(_ v: BigUInt) -> [UInt8] {
        var b = v.bytes()
        if b.isEmpty { b = [0] }
        if let first = b.first, first & 0x80 != 0 { b.insert(0, at: 0) }
        return tlv(0x02, b)
    }

    static func integer(_ v: Int) -> [UInt8] { integer(BigUInt(UInt64(max(0, v)))) }

    static func octetString(_ b: [UInt8]) -> [UInt8] { tlv(0x04, b) }

    static func bitString(_ b: [UInt8], unusedBits: UInt8 = 0) -> [UInt8] { tlv(0x03, [unusedBits] + b) }

    static let null: [UInt8] = [0x05, 0x00]

    static func boolean(_ v: Bool) -> [UInt8] { [0x01, 0x01, v ? 0xFF : 0x00] }

    /// Explicit context tag `[n]` (constructed).
    static func explicit(_ n: UInt8, _ content: [UInt8]) -> [UInt8] { tlv(0xA0 | n, content) }

    /// OBJECT IDENTIFIER from its arcs.
    static func oid(_ arcs: [UInt64]) -> [UInt8] {
        guard arcs.count >= 2 else { return tlv(0x06, []) }
        var body: [UInt8] = []
        func base128(_ v: UInt64) {
            var groups: [UInt8] = [UInt8(v & 0x7F)]
            var x = v >> 7
            while x > 0 { groups.insert(UInt8(x & 0x7F) | 0x80, at: 0); x >>= 7 }
            body.append(contentsOf: groups)
        }
        base128(arcs[0] * 40 + arcs[1])
        for a in arcs.dropFirst(2) { base128(a) }
        return tlv(0x06, body)
    }

    /// Go's `asn1` string marshalling: PrintableString when every byte is printable
    /// (letters, digits, space and `'()+,-./:=?` plus `*`), else UTF8String.
    static func directoryString(_ s: String) -> [UInt8] {
        let bytes = Array(s.utf8)
        let printable = bytes.allSatisfy { c in
            (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
                || c == 0x20 || c == 0x27 || c == 0x28 || c == 0x29 || c == 0x2B || c == 0x2C
                || c == 0x2D || c == 0x2E || c == 0x2F || c == 0x3A || c == 0x3D || c == 0x3F || c == 0x2A
        }
        return tlv(printable ? 0x13 : 0x0C, bytes)
    }
}

/// One parsed DER element: tag, content bytes, and the whole encoding.
struct DERElement {
    var tag: UInt8
    var content: [UInt8]
    var raw: [UInt8]

    var isConstructed: Bool { tag & 0x20 != 0 }

    /// Children of a constructed element (nil when malformed).
    func children() -> [DERElement]? { DERReader.parseAll(content) }

    /// INTEGER content as an unsigned value (nil for negatives or non-integers).
    var unsigned: BigUInt? {
        guard tag == 0x02, let first = content.first, first & 0x80 == 0 else { return nil }
        return BigUInt(bytes: content)
    }
}

/// A bounds-checked DER reader: every length is validated against the input, so arbitrary
/// bytes from a chart can only produce nil, never a trap.
enum DERReader {
    /// One element at `offset`; returns it and the offset after it.
    static func parse(_ b: [UInt8], at offset: Int) -> (DERElement, Int)? {
        guard offset >= 0, offset + 2 <= b.count else { return nil }
        let tag = b[offset]
        if tag & 0x1F == 0x1F { return nil }  // high tag numbers are not used here
        var i = offset + 1
        let first = b[i]
        i += 1
        var length = 0
        if first < 0x80 {
            length = Int(first)
        } else {
            let n = Int(first & 0x7F)
            guard n >= 1, n <= 4, i + n <= b.count else { return nil }
            for _ in 0..<n {
                length = length << 8 | Int(b[i])
                i += 1
            }
            if length < 0x80 { return nil }
        }
        guard length <= b.count - i else { return nil }
        let content = Array(b[i..<(i + length)])
        return (DERElement(tag: tag, content: content, raw: Array(b[offset..<(i + length)])), i + length)
    }

    /// Every element of `b`, which must be consumed exactly.
    static func parseAll(_ b: [UInt8]) -> [DERElement]? {
        var out: [DERElement] = []
        var off = 0
        while off < b.count {
            guard let (e, next) = parse(b, at: off) else { return nil }
            out.append(e)
            off = next
        }
        return out
    }

    /// A single top-level element with no trailing data.
    static func single(_ b: [UInt8]) -> DERElement? {
        guard let (e, next) = parse(b, at: 0), next == b.count else { return nil }
        return e
    }
}

/// Object identifiers used by the certificate and key encodings.
enum OID {
    static let rsaEncryption = DER.oid([1, 2, 840, 113549, 1, 1, 1])
    static let sha256WithRSA = DER.oid([1, 2, 840, 113549, 1, 1, 11])
    static let ecPublicKey = DER.oid([1, 2, 840, 10045, 2, 1])
    static let prime256v1 = DER.oid([1, 2, 840, 10045, 3, 1, 7])
    static let ecdsaWithSHA256 = DER.oid([1, 2, 840, 10045, 4, 3, 2])
    static let ed25519 = DER.oid([1, 3, 101, 112])
    static let commonName = DER.oid([2, 5, 4, 3])
    static let keyUsage = DER.oid([2, 5, 29, 15])
    static let extKeyUsage = DER.oid([2, 5, 29, 37])
    static let basicConstraints = DER.oid([2, 5, 29, 19])
    static let subjectKeyId = DER.oid([2, 5, 29, 14])
    static let authorityKeyId = DER.oid([2, 5, 29, 35])
    static let subjectAltName = DER.oid([2, 5, 29, 17])
    static let serverAuth = DER.oid([1, 3, 6, 1, 5, 5, 7, 3, 1])
    static let clientAuth = DER.oid([1, 3, 6, 1, 5, 5, 7, 3, 2])
}
