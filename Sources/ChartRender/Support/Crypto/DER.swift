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
    static let secp224r1 = DER.oid([1, 3, 132, 0, 33])
    static let prime256v1 = DER.oid([1, 2, 840, 10045, 3, 1, 7])
    static let secp384r1 = DER.oid([1, 3, 132, 0, 34])
    static let secp521r1 = DER.oid([1, 3, 132, 0, 35])
    static let ecdsaWithSHA256 = DER.oid([1, 2, 840, 10045, 4, 3, 2])
    static let ecdsaWithSHA384 = DER.oid([1, 2, 840, 10045, 4, 3, 3])
    static let ecdsaWithSHA512 = DER.oid([1, 2, 840, 10045, 4, 3, 4])
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

/// The error Go's `encoding/asn1.Unmarshal` reports when the *outer* SEQUENCE of a
/// structure cannot be read (the usual result of feeding garbage to the key parsers),
/// e.g. `asn1: structure error: tags don't match (16 vs {class:0 tag:0 length:0
/// isCompound:false}) {optional:false ...} pkcs1PrivateKey @2` or `asn1: syntax error:
/// sequence truncated`. Deeper field-level errors are summarised by `fallback`.
enum ASN1Error {
    static let params = "{optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false}"

    static func outer(_ der: [UInt8], structName: String, fallback: String) -> String {
        if der.isEmpty { return "asn1: syntax error: sequence truncated" }
        let b = der[0]
        let cls = Int(b >> 6), compound = b & 0x20 != 0
        var tag = Int(b & 0x1F)
        var i = 1
        if tag == 0x1F {
            tag = 0
            var n = 0
            while true {
                guard i < der.count else { return "asn1: syntax error: truncated tag or length" }
                let c = der[i]
                i += 1
                n += 1
                if n > 4 { return "asn1: structure error: base 128 integer too large" }
                tag = tag << 7 | Int(c & 0x7F)
                if c & 0x80 == 0 { break }
            }
        }
        guard i < der.count else { return "asn1: syntax error: truncated tag or length" }
        let l0 = der[i]
        i += 1
        var length = 0
        if l0 & 0x80 == 0 {
            length = Int(l0)
        } else {
            let n = Int(l0 & 0x7F)
            if n == 0 { return "asn1: syntax error: indefinite length found (not DER)" }
            for k in 0..<n {
                guard i < der.count else { return "asn1: syntax error: truncated tag or length" }
                if k == 0 && der[i] == 0 { return "asn1: structure error: superfluous leading zeros in length" }
                if length >= 1 << 23 { return "asn1: structure error: length too large" }
                length = length << 8 | Int(der[i])
                i += 1
            }
            if length < 0x80 { return "asn1: structure error: non-minimal length" }
        }
        if cls != 0 || tag != 16 || !compound {
            return "asn1: structure error: tags don't match (16 vs {class:\(cls) tag:\(tag) length:\(length) isCompound:\(compound)}) \(params) \(structName) @\(i)"
        }
        if length > der.count - i { return "asn1: syntax error: data truncated" }
        if length == 0 { return "asn1: syntax error: sequence truncated" }
        return fallback
    }
}

/// Whether DER has the outline of a key structure, as Go's parsers probe the other formats
/// to suggest the right one ("use ParseECPrivateKey instead"). Structural only, so the
/// parsers never call each other.
enum KeyShape {
    static func items(_ der: [UInt8]) -> [DERElement]? {
        guard let top = DERReader.parse(der, at: 0)?.0, top.tag == DER.sequence else { return nil }
        return top.children()
    }

    static func isPKCS1(_ der: [UInt8]) -> Bool {
        guard let i = items(der), i.count >= 9 else { return false }
        return i.prefix(9).allSatisfy { $0.tag == 0x02 }
    }

    static func isSEC1(_ der: [UInt8]) -> Bool {
        guard let i = items(der), i.count >= 2 else { return false }
        return i[0].tag == 0x02 && i[1].tag == 0x04
    }

    static func isPKCS8(_ der: [UInt8]) -> Bool {
        guard let i = items(der), i.count >= 3 else { return false }
        return i[0].tag == 0x02 && i[1].tag == DER.sequence && i[2].tag == 0x04
    }
}
