#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// numpy's legacy `RandomState` (what `np.random.seed`, `rand`, `randn`, `randint`, … use): MT19937 with
/// numpy's seeding, the polar Gaussian with its cached second value, and masked-rejection integers.
public struct RandomState: NumpyRandomStream {
    /// The generator.
    public var source: MT19937
    /// The second value of the last polar pair, returned by the next `gauss()` (numpy's `has_gauss`/`gauss`).
    public var cachedGauss: Double?

    /// `RandomState(seed)` / `np.random.seed(seed)` for an int seed.
    /// - Throws: `ValueError: Seed must be between 0 and 2**32 - 1`.
    public init(seed: Int) throws(NumericError) {
        guard (0...0xFFFF_FFFF).contains(seed) else { throw .value("Seed must be between 0 and 2**32 - 1") }
        source = MT19937(seed: UInt32(seed))
        cachedGauss = nil
    }

    /// `np.random.seed(array)`: `init_by_array` over the elements.
    /// - Throws: numpy's `ValueError`s for an empty array or an element outside 0...2³²-1.
    public init(seedArray: [Int]) throws(NumericError) {
        guard !seedArray.isEmpty else { throw .value("Seed must be non-empty") }
        guard seedArray.allSatisfy({ (0...0xFFFF_FFFF).contains($0) }) else {
            throw .value("Seed must be between 0 and 2**32 - 1")
        }
        source = MT19937(key: seedArray.map { UInt32($0) })
        cachedGauss = nil
    }

    /// Seeds from entropy words (`np.random.seed()` with no argument).
    public init(entropy: [UInt32]) {
        source = MT19937(key: entropy)
        cachedGauss = nil
    }

    // MARK: - Floats

    /// `random_sample()`: a float in [0, 1).
    public mutating func randomSample() -> Double { source.nextDouble() }

    /// `count` floats in [0, 1).
    public mutating func randomSample(_ count: Int) -> [Double] { source.doubles(count) }

    /// `standard_normal()` / `randn()`: the polar method (`legacy_gauss`), two values per accepted pair.
    public mutating func gauss() -> Double {
        if let cached = cachedGauss {
            cachedGauss = nil
            return cached
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * source.nextDouble() - 1.0
            x2 = 2.0 * source.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * Self.log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        return f * x2
    }

    /// `normal(loc, scale)`: `loc + scale * gauss()`.
    public mutating func normal(loc: Double, scale: Double) -> Double { loc + scale * gauss() }

    /// `uniform(low, high)` with `range = high - low` computed by the caller: `low + range * random_sample()`.
    public mutating func uniform(low: Double, range: Double) -> Double { low + range * source.nextDouble() }

    // MARK: - Integers

    /// `randint(low, high, size=count)` for `int64`: masked rejection over `[low, high - 1]`.
    /// - Throws: numpy's `ValueError: low >= high` (or `high <= 0` when low is 0).
    public mutating func randint(low: Int, high: Int, count: Int) throws(NumericError) -> [Int] {
        guard count > 0 else { return [] }
        let bounds = try IntegerBounds(low: low, high: high, closed: false)
        return BoundedIntegers.fillInts(&source, offset: bounds.offset, range: bounds.range, count: count, method: .masked)
    }

    /// `randint(low, high, size=count, dtype=bool)`.
    /// - Throws: numpy's `ValueError`s for bounds outside 0...1 or an empty range.
    public mutating func randintBool(low: Int, high: Int, count: Int) throws(NumericError) -> [Bool] {
        guard count > 0 else { return [] }
        let bounds = try IntegerBounds(low: low, high: high, closed: false, limits: 0...1, dtype: "bool")
        return BoundedIntegers.fillBool(&source, offset: bounds.offset != 0, range: bounds.range != 0, count: count)
    }

    /// `randint(low, high, size=count, dtype=int32)`.
    /// - Throws: numpy's `ValueError`s for bounds outside int32 or an empty range.
    public mutating func randint32(low: Int, high: Int, count: Int) throws(NumericError) -> [Int32] {
        guard count > 0 else { return [] }
        let limits = Int(Int32.min)...Int(Int32.max)
        let bounds = try IntegerBounds(low: low, high: high, closed: false, limits: limits, dtype: "int32")
        return BoundedIntegers.fill(&source, offset: bounds.offset, range: bounds.range, count: count, method: .masked)
            .map { Int32(truncatingIfNeeded: $0) }
    }

    // MARK: - choice

    /// `choice(a, size, replace, p)` as indices into a population of `population` items.
    /// - Parameters:
    ///   - population: the population size (`a` itself when an int, else `len(a)`).
    ///   - fromInt: whether `a` was an int (the error text differs).
    ///   - count: how many to draw (the product of `size`; 1 for a scalar).
    ///   - replace: with replacement.
    ///   - probabilities: `p`, one per item, or nil for uniform.
    ///   - tolerance: how far the sum of `p` may be from 1 (`sqrt(eps)` of its float type).
    /// - Throws: numpy's `ValueError`s (the legacy texts).
    public mutating func choiceIndices(
        population: Int, fromInt: Bool, count: Int, replace: Bool, probabilities: [Double]?, tolerance: Double
    ) throws(NumericError) -> [Int] {
        try ChoiceSampling.validate(population: population, fromInt: fromInt, count: count,
                                    probabilities: probabilities, tolerance: tolerance, texts: .legacy)
        if replace {
            if let p = probabilities {
                return ChoiceSampling.weighted(p, uniforms: randomSample(count))
            }
            return try randint(low: 0, high: population, count: count)
        }
        try ChoiceSampling.validateWithoutReplacement(population: population, count: count, texts: .legacy)
        if let p = probabilities {
            return try ChoiceSampling.weightedWithoutReplacement(p, count: count) { randomSample($0) }
        }
        return Array(permutation(population).prefix(count))
    }

    private static func log(_ x: Double) -> Double { Glibc.log(x) }
}
