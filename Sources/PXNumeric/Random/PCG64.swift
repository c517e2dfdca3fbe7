/// numpy's `PCG64` bit generator: a 128-bit LCG with the XSL-RR output function, seeded from a `SeedSequence`.
public struct PCG64: BitSource, Equatable {
    private static let multiplier = UInt128(2_549_297_995_355_413_924) << 64 | UInt128(4_865_540_595_714_422_341)

    /// The LCG state.
    public private(set) var state: UInt128
    /// The LCG increment (odd).
    public private(set) var increment: UInt128
    /// The upper half of the last 64-bit draw, kept for the next 32-bit draw (numpy's `has_uint32`/`uinteger`).
    public private(set) var bufferedUInt32: UInt32?

    /// Seeds as `PCG64(SeedSequence)`: four 64-bit words of state, the first two the initial state (high, low)
    /// and the last two the stream.
    public init(_ seed: SeedSequence) {
        let words = seed.generateState64(4)
        self.init(state: UInt128(words[0]) << 64 | UInt128(words[1]), stream: UInt128(words[2]) << 64 | UInt128(words[3]))
    }

    /// `pcg_setseq_128_srandom_r(initstate, initseq)`.
    public init(state initialState: UInt128, stream: UInt128) {
        state = 0
        increment = stream << 1 | 1
        bufferedUInt32 = nil
        step()
        state &+= initialState
        step()
    }

    private mutating func step() {
        state = state &* Self.multiplier &+ increment
    }

    public mutating func next64() -> UInt64 {
        step()
        let high = UInt64(truncatingIfNeeded: state >> 64), low = UInt64(truncatingIfNeeded: state)
        return (high ^ low).rotateRight(by: Int(state >> 122))
    }

    public mutating func next32() -> UInt32 {
        if let buffered = bufferedUInt32 {
            bufferedUInt32 = nil
            return buffered
        }
        let value = next64()
        bufferedUInt32 = UInt32(truncatingIfNeeded: value >> 32)
        return UInt32(truncatingIfNeeded: value)
    }

    public mutating func nextDouble() -> Double { Double(next64() >> 11) * (1.0 / 9_007_199_254_740_992.0) }
}

extension UInt64 {
    func rotateRight(by n: Int) -> UInt64 {
        let s = UInt64(n & 63)
        return s == 0 ? self : (self >> s) | (self << (64 - s))
    }
}
