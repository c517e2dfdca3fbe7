/// numpy's `SeedSequence`: mixes an entropy int into a pool of four 32-bit words and hashes the pool out into as
/// many words of state as a bit generator asks for (O'Neill's seed_seq design, numpy's constants).
public struct SeedSequence: Sendable, Equatable {
    private static let initA: UInt32 = 0x43b0_d7e5
    private static let multA: UInt32 = 0x931e_8875
    private static let initB: UInt32 = 0x8b51_f9dd
    private static let multB: UInt32 = 0x58f3_8ded
    private static let mixMultL: UInt32 = 0xca01_f9dd
    private static let mixMultR: UInt32 = 0x4973_f715
    private static let poolSize = 4

    /// The mixed pool.
    public let pool: [UInt32]

    /// Mixes entropy given as 32-bit words, least significant first (numpy's `_coerce_to_uint32_array` of an int;
    /// an array of ints gives each element's words in turn).
    /// - Parameters:
    ///   - entropyWords: the entropy; empty acts as `[0]`, as the int 0 does.
    ///   - spawnKey: the words of `spawn_key` (empty for a fresh sequence).
    public init(entropyWords: [UInt32], spawnKey: [UInt32] = []) {
        var entropy = entropyWords.isEmpty ? [0] : entropyWords
        if !spawnKey.isEmpty {
            if entropy.count < Self.poolSize { entropy += [UInt32](repeating: 0, count: Self.poolSize - entropy.count) }
            entropy += spawnKey
        }
        var hashConst = Self.initA
        func hashmix(_ value: UInt32) -> UInt32 {
            var value = value ^ hashConst
            hashConst = hashConst &* Self.multA
            value = value &* hashConst
            return value ^ (value >> 16)
        }
        func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
            let result = Self.mixMultL &* x &- Self.mixMultR &* y
            return result ^ (result >> 16)
        }
        var mixer = (0..<Self.poolSize).map { i in hashmix(i < entropy.count ? entropy[i] : 0) }
        for source in 0..<Self.poolSize {
            for destination in 0..<Self.poolSize where source != destination {
                mixer[destination] = mix(mixer[destination], hashmix(mixer[source]))
            }
        }
        for source in Self.poolSize..<max(Self.poolSize, entropy.count) {
            for destination in 0..<Self.poolSize {
                mixer[destination] = mix(mixer[destination], hashmix(entropy[source]))
            }
        }
        pool = mixer
    }

    /// Seeds from a non-negative int.
    /// - Parameter entropy: the int (numpy refuses negative entropy; the caller checks).
    public init(entropy: UInt64) {
        self.init(entropyWords: Self.words(of: entropy))
    }

    /// The words of a non-negative int, least significant first, at least one (`_int_to_uint32_array`).
    public static func words(of value: UInt64) -> [UInt32] {
        value >> 32 == 0 ? [UInt32(value)] : [UInt32(truncatingIfNeeded: value), UInt32(value >> 32)]
    }

    /// `generate_state(n, uint32)`.
    public func generateState32(_ count: Int) -> [UInt32] {
        var hashConst = Self.initB
        return (0..<max(0, count)).map { i in
            var value = pool[i % Self.poolSize] ^ hashConst
            hashConst = hashConst &* Self.multB
            value = value &* hashConst
            return value ^ (value >> 16)
        }
    }

    /// `generate_state(n, uint64)`: pairs of 32-bit words, the first the low half.
    public func generateState64(_ count: Int) -> [UInt64] {
        let words = generateState32(2 * max(0, count))
        return (0..<max(0, count)).map { UInt64(words[2 * $0 + 1]) << 32 | UInt64(words[2 * $0]) }
    }
}
