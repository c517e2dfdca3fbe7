/// A numpy bit generator: the three draws numpy's distributions are written against (`next_uint32`,
/// `next_uint64`, `next_double`).
public protocol BitSource: Sendable {
    /// The next 32 random bits.
    mutating func next32() -> UInt32
    /// The next 64 random bits.
    mutating func next64() -> UInt64
    /// A double in [0, 1).
    mutating func nextDouble() -> Double
}

extension MT19937: BitSource {}

extension BitSource {
    /// A float in [0, 1) from 24 bits (`next_float`, for `dtype=float32`).
    public mutating func nextFloat() -> Float { Float(next32() >> 8) * (1.0 / 16_777_216.0) }

    /// `count` doubles in [0, 1) (`random_standard_uniform_fill`).
    public mutating func doubles(_ count: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: max(0, count)) { buffer, initialized in
            for i in 0..<buffer.count { buffer[i] = nextDouble() }
            initialized = buffer.count
        }
    }

    /// `random_interval(max)`: an int in [0, max] by masked rejection (numpy's legacy shuffle and permutation).
    public mutating func interval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        let mask = Self.mask(max)
        var value: UInt64
        if max <= 0xFFFF_FFFF {
            repeat { value = UInt64(next32()) & mask } while value > max
        } else {
            repeat { value = next64() & mask } while value > max
        }
        return value
    }

    /// The smallest `2^k - 1` at least `max` (numpy's `gen_mask`).
    static func mask(_ max: UInt64) -> UInt64 {
        max == 0 ? 0 : UInt64.max >> max.leadingZeroBitCount
    }
}
