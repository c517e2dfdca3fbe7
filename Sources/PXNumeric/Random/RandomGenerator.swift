/// numpy's `Generator` over `PCG64` (what `np.random.default_rng(seed)` returns): Lemire-bounded integers, the
/// ziggurat normal, and Floyd's algorithm for samples without replacement.
public struct RandomGenerator: NumpyRandomStream {
    /// The bit generator.
    public var source: PCG64

    /// `default_rng(seed)` for a seed sequence.
    public init(_ seed: SeedSequence) {
        source = PCG64(seed)
    }

    /// `Generator(bit_generator)` over a seeded `PCG64`.
    public init(bits: PCG64) {
        source = bits
    }

    /// `default_rng(n)` for a non-negative int.
    /// - Throws: `ValueError: expected non-negative integer`.
    public init(seed: Int) throws(NumericError) {
        guard seed >= 0 else { throw .value("expected non-negative integer") }
        self.init(SeedSequence(entropy: UInt64(seed)))
    }

    // MARK: - Floats

    /// `random()`: a float in [0, 1).
    public mutating func random() -> Double { source.nextDouble() }

    /// `random(count)`.
    public mutating func random(_ count: Int) -> [Double] { source.doubles(count) }

    /// `random(count, dtype=float32)`.
    public mutating func randomFloat32(_ count: Int) -> [Float] { (0..<max(0, count)).map { _ in source.nextFloat() } }

    /// `standard_normal()`.
    public mutating func standardNormal() -> Double { source.standardNormal() }

    /// `standard_normal(dtype=float32)`.
    public mutating func standardNormalFloat32() -> Float { source.standardNormalFloat() }

    /// `normal(loc, scale)`: `loc + scale * standard_normal()`.
    public mutating func normal(loc: Double, scale: Double) -> Double { loc + scale * source.standardNormal() }

    /// `uniform(low, high)` with `range = high - low` from the caller: `low + range * random()`.
    public mutating func uniform(low: Double, range: Double) -> Double { low + range * source.nextDouble() }

    // MARK: - Integers

    /// `integers(low, high, size=count, endpoint=…)` for `int64`.
    /// - Throws: numpy's `ValueError`s for an empty range or bounds outside int64.
    public mutating func integers(low: Int, high: Int, count: Int, endpoint: Bool = false) throws(NumericError) -> [Int] {
        guard count > 0 else { return [] }
        let bounds = try IntegerBounds(low: low, high: high, closed: endpoint)
        return BoundedIntegers.fillInts(&source, offset: bounds.offset, range: bounds.range, count: count, method: .lemire)
    }

    /// `integers(…, dtype=int32)`.
    /// - Throws: numpy's `ValueError`s for an empty range or bounds outside int32.
    public mutating func integers32(low: Int, high: Int, count: Int, endpoint: Bool = false) throws(NumericError) -> [Int32] {
        guard count > 0 else { return [] }
        let limits = Int(Int32.min)...Int(Int32.max)
        let bounds = try IntegerBounds(low: low, high: high, closed: endpoint, limits: limits, dtype: "int32")
        return BoundedIntegers.fill(&source, offset: bounds.offset, range: bounds.range, count: count, method: .lemire)
            .map { Int32(truncatingIfNeeded: $0) }
    }

    /// `integers(…, dtype=bool)`.
    /// - Throws: numpy's `ValueError`s for an empty range or bounds outside 0...1.
    public mutating func integersBool(low: Int, high: Int, count: Int, endpoint: Bool = false) throws(NumericError) -> [Bool] {
        guard count > 0 else { return [] }
        let bounds = try IntegerBounds(low: low, high: high, closed: endpoint, limits: 0...1, dtype: "bool")
        return BoundedIntegers.fillBool(&source, offset: bounds.offset != 0, range: bounds.range != 0, count: count)
    }

    // MARK: - choice

    /// `choice(a, size, replace, p, shuffle=…)` as indices into a population of `population` items.
    /// - Parameters:
    ///   - population: the population size (`a` itself when an int, else `a.shape[axis]`).
    ///   - fromInt: whether `a` was an int (the error text differs).
    ///   - count: how many to draw (the product of `size`; 1 for a scalar).
    ///   - replace: with replacement.
    ///   - probabilities: `p`, one per item, or nil for uniform.
    ///   - tolerance: how far the sum of `p` may be from 1 (`sqrt(eps)` of its float type).
    ///   - shuffled: whether a sample without replacement comes out shuffled (`shuffle=True`).
    /// - Throws: numpy's `ValueError`s (the `Generator` texts).
    public mutating func choiceIndices(
        population: Int, fromInt: Bool, count: Int, replace: Bool, probabilities: [Double]?, tolerance: Double,
        shuffled: Bool = true
    ) throws(NumericError) -> [Int] {
        try ChoiceSampling.validate(population: population, fromInt: fromInt, count: count,
                                    probabilities: probabilities, tolerance: tolerance, texts: .generator)
        if replace {
            if let p = probabilities { return ChoiceSampling.weighted(p, uniforms: random(count)) }
            return try integers(low: 0, high: population, count: count)
        }
        try ChoiceSampling.validateWithoutReplacement(population: population, count: count, texts: .generator)
        if let p = probabilities {
            return try ChoiceSampling.weightedWithoutReplacement(p, count: count) { random($0) }
        }
        let cutoff = shuffled ? 50 : 20
        if population > 10_000 && count > population / cutoff {
            var indices = Array(0..<population)
            shuffleTail(&indices, first: max(population - count, 1))
            return Array(indices[(population - count)...])
        }
        return floydSample(population: population, count: count, shuffled: shuffled)
    }

    /// `_shuffle_int(n, first)`: for i from n-1 down to `first`, swap i with a Lemire draw in [0, i].
    private mutating func shuffleTail(_ items: inout [Int], first: Int) {
        var i = items.count - 1
        while i >= first {
            items.swapAt(i, Int(BoundedIntegers.one(&source, offset: 0, range: UInt64(i), method: .lemire)))
            i -= 1
        }
    }

    /// Floyd's algorithm with numpy's open-addressing set (a power of two above 1.2 × count).
    private mutating func floydSample(population: Int, count: Int, shuffled: Bool) -> [Int] {
        let mask = PCG64.mask(UInt64(1.2 * Double(count)))
        let empty = UInt64.max
        var table = [UInt64](repeating: empty, count: Int(mask) + 1)
        var result = [Int](repeating: 0, count: count)
        for j in (population - count)..<population {
            let value = BoundedIntegers.one(&source, offset: 0, range: UInt64(j), method: .lemire)
            var slot = Int(value & mask)
            while table[slot] != empty && table[slot] != value { slot = (slot + 1) & Int(mask) }
            if table[slot] == empty {
                table[slot] = value
                result[j - population + count] = Int(value)
            } else {
                slot = j & Int(mask)
                while table[slot] != empty { slot = (slot + 1) & Int(mask) }
                table[slot] = UInt64(j)
                result[j - population + count] = j
            }
        }
        if shuffled { shuffleTail(&result, first: 1) }
        return result
    }
}
