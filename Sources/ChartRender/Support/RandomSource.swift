/// The random numbers behind `randAlphaNum`, `uuidv4`, `shuffle`, `genPrivateKey`, ...
///
/// Unseeded it draws from the system generator, as Helm does. With a seed
/// (`chartr render --seed N`) it is a deterministic xoshiro256** stream, so two renders of
/// a chart that generates passwords or certificates can be diffed. Helm cannot do this.
public struct RandomSource: RandomNumberGenerator {
    private var state: (UInt64, UInt64, UInt64, UInt64)?
    private var system = SystemRandomNumberGenerator()

    public init(seed: UInt64?) {
        guard let seed else { state = nil; return }
        var sm = seed
        func splitmix(_ x: inout UInt64) -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitmix(&sm), splitmix(&sm), splitmix(&sm), splitmix(&sm))
    }

    public var isSeeded: Bool { state != nil }

    public mutating func next() -> UInt64 {
        guard var s = state else { return system.next() }
        let result = rotl(s.1 &* 5, 7) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = rotl(s.3, 45)
        state = s
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// `count` random bytes.
    public mutating func bytes(_ count: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(count)
        while out.count < count {
            var w = next()
            for _ in 0..<8 where out.count < count {
                out.append(UInt8(truncatingIfNeeded: w))
                w >>= 8
            }
        }
        return out
    }
}
