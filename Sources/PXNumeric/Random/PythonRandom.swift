#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython's `random.Random`: MT19937 seeded and drawn exactly as CPython 3.11 does, so a seeded program prints
/// the same numbers under swiftpx as under python3.
///
/// Integers are machine words here; an int of any size seeds through its 32-bit words (`init(seedWords:)`) and
/// draws through `getrandbits(_:)`.
public struct PythonRandom: Sendable {
    /// The generator.
    public var core: MT19937
    /// The second value of the last `gauss` pair, returned by the next call.
    public var gaussNext: Double?

    /// Seeds from the 32-bit words of a non-negative int, least significant first (CPython's `random_seed`).
    ///
    /// Leading (most significant) zero words are dropped, as CPython keys on the int's bit length.
    /// - Parameter seedWords: the magnitude's words; empty means 0.
    public init(seedWords: [UInt32]) {
        var words = seedWords
        while words.count > 1, words.last == 0 { words.removeLast() }
        core = MT19937(key: words.isEmpty ? [0] : words)
        gaussNext = nil
    }

    /// Seeds from an int: its absolute value, as `random.seed(n)`.
    /// - Parameter seed: any machine int.
    public init(seed: Int) {
        self.init(seedWords: Self.words(UInt64(seed.magnitude)))
    }

    /// Seeds from a 64-bit word (the `size_t` of a hash, as CPython seeds from a float).
    /// - Parameter hashSeed: the word.
    public init(hashSeed: UInt64) {
        self.init(seedWords: Self.words(hashSeed))
    }

    /// Seeds from bytes with version-2 seeding: the int whose big-endian bytes are the bytes followed by their
    /// SHA-512 digest. A `str` seeds through its UTF-8 bytes.
    /// - Parameter seedBytes: the bytes.
    public init(seedBytes: [UInt8]) {
        let all = seedBytes + SHA512.digest(seedBytes)
        var words: [UInt32] = []
        words.reserveCapacity(all.count / 4 + 1)
        var index = all.count
        while index > 0 {
            var word: UInt32 = 0
            for byte in all[max(0, index - 4)..<index] { word = word << 8 | UInt32(byte) }
            words.append(word)
            index -= 4
        }
        self.init(seedWords: words)
    }

    static func words(_ value: UInt64) -> [UInt32] {
        [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
    }

    // MARK: - Core draws

    /// `random()`: a float in [0, 1).
    public mutating func random() -> Double { core.nextDouble() }

    /// `getrandbits(k)` for k ≤ 64.
    /// - Parameter k: the number of bits, 0...64.
    public mutating func randomBits(_ k: Int) -> UInt64 {
        precondition((0...64).contains(k), "internal inconsistency: randomBits takes 0...64 bits")
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(core.next32() >> (32 - k)) }
        let low = UInt64(core.next32())
        return UInt64(core.next32() >> (64 - k)) << 32 | low
    }

    /// `getrandbits(k)` for any k: the int's 32-bit words, least significant first.
    /// - Parameter k: the number of bits, at least 0.
    /// - Returns: `(k + 31) / 32` words; an empty array for 0.
    public mutating func randomWords(bits k: Int) -> [UInt32] {
        guard k > 0 else { return [] }
        var words: [UInt32] = []
        words.reserveCapacity((k - 1) / 32 + 1)
        var left = k
        while left > 0 {
            let r = core.next32()
            words.append(left < 32 ? r >> (32 - left) : r)
            left -= 32
        }
        return words
    }

    /// `_randbelow(n)`: an int in [0, n) by `getrandbits` rejection.
    /// - Parameter n: the bound, at least 1.
    public mutating func below(_ n: UInt64) -> UInt64 {
        precondition(n > 0, "internal inconsistency: below(0)")
        let k = UInt64.bitWidth - n.leadingZeroBitCount
        var r = randomBits(k)
        while r >= n { r = randomBits(k) }
        return r
    }

    /// `_randbelow(n)` for bounds up to 2¹²⁸ - 1 (a range as wide as two machine ints).
    /// - Parameter n: the bound, at least 1.
    public mutating func below(_ n: UInt128) -> UInt128 {
        if let small = UInt64(exactly: n) { return UInt128(below(small)) }
        let k = UInt128.bitWidth - n.leadingZeroBitCount
        func draw() -> UInt128 {
            randomWords(bits: k).reversed().reduce(UInt128(0)) { $0 << 32 | UInt128($1) }
        }
        var r = draw()
        while r >= n { r = draw() }
        return r
    }

    /// `_randbelow(n)` for an index.
    /// - Parameter n: the bound, at least 1.
    public mutating func below(_ n: Int) -> Int { Int(below(UInt64(n))) }

    // MARK: - Integers

    /// `randrange(start, stop, step)`.
    /// - Throws: `NumericError` with CPython's `ValueError` texts for an empty range or a zero step.
    public mutating func randrange(_ start: Int, _ stop: Int, step: Int = 1) throws(NumericError) -> Int {
        let width = Int128(stop) - Int128(start)
        if step == 1 {
            guard width > 0 else {
                throw .value("empty range for randrange() (\(start), \(stop), \(width))")
            }
            return Int(Int128(start) + Int128(below(UInt128(width))))
        }
        let istep = Int128(step)
        let n: Int128
        if step > 0 {
            n = Self.floorDivide(width + istep - 1, istep)
        } else if step < 0 {
            n = Self.floorDivide(width + istep + 1, istep)
        } else {
            throw .value("zero step for randrange()")
        }
        guard n > 0 else { throw .value("empty range for randrange()") }
        return Int(Int128(start) + istep * Int128(below(UInt128(n))))
    }

    /// `randrange(stop)`.
    /// - Throws: `ValueError: empty range for randrange()` unless `stop > 0`.
    public mutating func randrange(_ stop: Int) throws(NumericError) -> Int {
        guard stop > 0 else { throw .value("empty range for randrange()") }
        return below(stop)
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    /// - Throws: `ValueError` for an empty range, with the `randrange` text CPython shows.
    public mutating func randint(_ a: Int, _ b: Int) throws(NumericError) -> Int {
        guard b < Int.max else {
            // b + 1 does not fit a machine int: draw over [a, b] directly, as CPython does with its big ints.
            return Int(Int128(a) + Int128(below(UInt128(Int128(b) - Int128(a) + 1))))
        }
        return try randrange(a, b + 1)
    }

    private static func floorDivide(_ a: Int128, _ b: Int128) -> Int128 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    // MARK: - Sequences

    /// `shuffle(x)` in place: for i from n-1 down to 1, swap x[i] with x[below(i + 1)].
    public mutating func shuffle<T>(_ items: inout [T]) {
        var i = items.count - 1
        while i > 0 {
            items.swapAt(i, below(i + 1))
            i -= 1
        }
    }

    /// `sample(population, k)` as indices into a population of `n` items, in selection order.
    /// - Throws: `ValueError: Sample larger than population or is negative`.
    public mutating func sampleIndices(population n: Int, count k: Int) throws(NumericError) -> [Int] {
        guard k >= 0, k <= n else { throw .value("Sample larger than population or is negative") }
        var setSize = 21
        if k > 5 {
            let exponent = Int((log(Double(k * 3)) / log(4.0)).rounded(.up))
            setSize += 1 << (2 * min(exponent, 31))
        }
        var result: [Int] = []
        result.reserveCapacity(k)
        if n <= setSize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = below(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = below(n)
                while selected.contains(j) { j = below(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }

    /// `choices(population, k=k)` without weights: indices `floor(random() * n)`.
    public mutating func choiceIndices(population n: Int, count k: Int) -> [Int] {
        let size = Double(n)
        return (0..<max(0, k)).map { _ in Int((random() * size).rounded(.down)) }
    }

    /// `choices(population, cum_weights=…, k=k)`: indices `bisect(cum_weights, random() * total, 0, n - 1)`.
    /// - Parameter cumulativeWeights: the running totals, one per item, at least one.
    /// - Throws: CPython's `ValueError`s for a total that is not positive or not finite.
    public mutating func choiceIndices(cumulativeWeights: [Double], count k: Int) throws(NumericError) -> [Int] {
        guard let total = cumulativeWeights.last else { throw NumericError(.indexError, "list index out of range") }
        guard total > 0 else { throw .value("Total of weights must be greater than zero") }
        guard total.isFinite else { throw .value("Total of weights must be finite") }
        let hi = cumulativeWeights.count - 1
        return (0..<max(0, k)).map { _ in
            let x = random() * total
            var lo = 0, top = hi
            while lo < top {
                let mid = (lo + top) / 2
                if x < cumulativeWeights[mid] { top = mid } else { lo = mid + 1 }
            }
            return lo
        }
    }

    // MARK: - Real distributions

    /// `uniform(a, b)`: `a + (b - a) * random()`.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * random() }

    /// `gauss(mu, sigma)`: Box–Muller pairs, the second kept for the next call.
    public mutating func gauss(mu: Double = 0, sigma: Double = 1) -> Double {
        var z: Double
        if let next = gaussNext {
            z = next
            gaussNext = nil
        } else {
            let x2pi = random() * (2 * Double.pi)
            let g2rad = (-2.0 * log(1.0 - random())).squareRoot()
            z = cos(x2pi) * g2rad
            gaussNext = sin(x2pi) * g2rad
        }
        return mu + z * sigma
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio of uniforms.
    public mutating func normalVariate(mu: Double = 0, sigma: Double = 1) -> Double {
        let magic = 4 * exp(-0.5) / 2.0.squareRoot()
        while true {
            let u1 = random()
            let u2 = 1.0 - random()
            let z = magic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { return mu + z * sigma }
        }
    }

    /// `expovariate(lambd)`: `-log(1 - random()) / lambd`.
    public mutating func exponentialVariate(_ lambd: Double) -> Double { -log(1.0 - random()) / lambd }

    /// `triangular(low, high, mode)`; a nil mode is the midpoint.
    public mutating func triangular(low: Double = 0, high: Double = 1, mode: Double? = nil) -> Double {
        var u = random()
        let span = high - low
        guard span != 0 || mode == nil else { return low }
        var c = mode.map { ($0 - low) / span } ?? 0.5
        var low = low, high = high
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            swap(&low, &high)
        }
        return low + (high - low) * (u * c).squareRoot()
    }
}
