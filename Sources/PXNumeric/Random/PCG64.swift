/// numpy's `PCG64` bit generator: a 128-bit LCG with the XSL-RR output function, seeded from a `SeedSequence`.
///
/// The 128-bit state is kept as two 64-bit halves and stepped with one full-width multiply, as a C compiler
/// does with `__uint128_t` (Swift's generic `UInt128` arithmetic is several times slower here).
public struct PCG64: BitSource, Equatable {
    private static let multiplierHigh: UInt64 = 2_549_297_995_355_413_924
    private static let multiplierLow: UInt64 = 4_865_540_595_714_422_341

    private var stateHigh: UInt64 = 0, stateLow: UInt64 = 0
    private var incrementHigh: UInt64 = 0, incrementLow: UInt64 = 0
    /// The upper half of the last 64-bit draw, kept for the next 32-bit draw (numpy's `has_uint32`/`uinteger`).
    public private(set) var bufferedUInt32: UInt32?

    /// The LCG state.
    public var state: UInt128 { UInt128(stateHigh) << 64 | UInt128(stateLow) }
    /// The LCG increment (odd).
    public var increment: UInt128 { UInt128(incrementHigh) << 64 | UInt128(incrementLow) }

    /// Seeds as `PCG64(SeedSequence)`: four 64-bit words of state, the first two the initial state (high, low)
    /// and the last two the stream.
    public init(_ seed: SeedSequence) {
        let words = seed.generateState64(4)
        self.init(state: UInt128(words[0]) << 64 | UInt128(words[1]), stream: UInt128(words[2]) << 64 | UInt128(words[3]))
    }

    /// `pcg_setseq_128_srandom_r(initstate, initseq)`.
    public init(state initialState: UInt128, stream: UInt128) {
        let increment = stream << 1 | 1
        incrementHigh = UInt64(truncatingIfNeeded: increment >> 64)
        incrementLow = UInt64(truncatingIfNeeded: increment)
        bufferedUInt32 = nil
        step()
        let (low, carry) = stateLow.addingReportingOverflow(UInt64(truncatingIfNeeded: initialState))
        stateLow = low
        stateHigh = stateHigh &+ UInt64(truncatingIfNeeded: initialState >> 64) &+ (carry ? 1 : 0)
        step()
    }

    /// `state = state * multiplier + increment` modulo 2¹²⁸.
    @inline(__always)
    private mutating func step() {
        let product = stateLow.multipliedFullWidth(by: Self.multiplierLow)
        let high = product.high &+ stateLow &* Self.multiplierHigh &+ stateHigh &* Self.multiplierLow
        let (low, carry) = product.low.addingReportingOverflow(incrementLow)
        stateLow = low
        stateHigh = high &+ incrementHigh &+ (carry ? 1 : 0)
    }

    @inline(__always)
    public mutating func next64() -> UInt64 {
        step()
        return (stateHigh ^ stateLow).rotateRight(by: Int(stateHigh >> 58))
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

    @inline(__always)
    public mutating func nextDouble() -> Double {
        // Through Int64: the value is below 2⁵³, and a signed conversion is one instruction.
        Double(Int64(bitPattern: next64() >> 11)) * (1.0 / 9_007_199_254_740_992.0)
    }
}

extension UInt64 {
    @inline(__always)
    func rotateRight(by n: Int) -> UInt64 {
        let s = UInt64(n & 63)
        return (self >> s) | (self << ((64 &- s) & 63))
    }
}
