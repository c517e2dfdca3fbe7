/// The Mersenne Twister MT19937, as CPython's `random` and numpy's legacy `RandomState` run it.
///
/// Both seed it the same two ways (Matsumoto and Nishimura's `init_genrand` and `init_by_array`) and draw
/// 53-bit doubles from two 32-bit outputs, so one core serves both.
public struct MT19937: Sendable {
    /// The number of 32-bit words of state.
    public static let stateLength = 624

    /// The 624 words of state.
    public private(set) var key: [UInt32]
    /// The index of the next word to temper; 624 means the block is used up.
    public private(set) var position: Int

    /// Seeds from one 32-bit word (`init_genrand`; numpy's `mt19937_seed`).
    /// - Parameter seed: the seed word.
    public init(seed: UInt32) {
        key = Self.initialKey(seed)
        position = Self.stateLength
    }

    /// Seeds from an array of words (`init_by_array`), as CPython seeds from an int's 32-bit words and numpy
    /// from an array of seeds.
    /// - Parameter words: the key, least significant word first for an int; an empty key acts as `[0]`.
    public init(key words: [UInt32]) {
        var mt = Self.initialKey(19_650_218)
        let n = Self.stateLength
        let words = words.isEmpty ? [0] : words
        var i = 1, j = 0
        for _ in 0..<max(n, words.count) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ words[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n {
                mt[0] = mt[n - 1]
                i = 1
            }
            if j >= words.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(truncatingIfNeeded: i)
            i += 1
            if i >= n {
                mt[0] = mt[n - 1]
                i = 1
            }
        }
        mt[0] = 0x8000_0000
        key = mt
        position = n
    }

    /// Restores a state saved from `key` and `position`.
    /// - Returns: nil unless there are 624 words and the position is in 0...624.
    public init?(key: [UInt32], position: Int) {
        guard key.count == Self.stateLength, (0...Self.stateLength).contains(position) else { return nil }
        self.key = key
        self.position = position
    }

    private static func initialKey(_ seed: UInt32) -> [UInt32] {
        var mt = [UInt32](repeating: 0, count: stateLength)
        mt[0] = seed
        for i in 1..<stateLength {
            mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        return mt
    }

    /// The next 32-bit output.
    public mutating func next32() -> UInt32 {
        if position >= Self.stateLength { regenerate() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// Two outputs as one 64-bit word, the first in the high half (numpy's `mt19937_next64`).
    public mutating func next64() -> UInt64 {
        let high = UInt64(next32())
        return high << 32 | UInt64(next32())
    }

    /// A double in [0, 1) from 53 random bits (`genrand_res53`; numpy's `mt19937_next_double`).
    public mutating func nextDouble() -> Double {
        let a = Double(Int32(bitPattern: next32() >> 5)), b = Double(Int32(bitPattern: next32() >> 6))
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    private mutating func regenerate() {
        let n = Self.stateLength, m = 397
        key.withUnsafeMutableBufferPointer { mt in
            func mixed(_ upper: UInt32, _ lower: UInt32, _ far: UInt32) -> UInt32 {
                let y = (upper & 0x8000_0000) | (lower & 0x7FFF_FFFF)
                return far ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908_B0DF)
            }
            for k in 0..<(n - m) { mt[k] = mixed(mt[k], mt[k + 1], mt[k + m]) }
            for k in (n - m)..<(n - 1) { mt[k] = mixed(mt[k], mt[k + 1], mt[k + m - n]) }
            mt[n - 1] = mixed(mt[n - 1], mt[0], mt[m - 1])
        }
        position = 0
    }
}
