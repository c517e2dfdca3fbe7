// MARK: - Addition, subtraction, multiplication

extension BigInt {
    /// A number from limbs that are already normalized.
    @inline(__always)
    init(normalized limbs: [UInt], isNegative: Bool) {
        self.limbs = limbs
        self.isNegative = isNegative && !limbs.isEmpty
    }

    /// `a + b` for signed magnitudes.
    static func add(_ a: Limbs.Buffer, _ aNegative: Bool, _ b: Limbs.Buffer, _ bNegative: Bool) -> BigInt {
        if aNegative == bNegative { return BigInt(normalized: Limbs.add(a, b), isNegative: aNegative) }
        let c = Limbs.compare(a, b)
        if c == 0 { return .zero }
        if c > 0 { return BigInt(normalized: Limbs.subtract(a, b), isNegative: aNegative) }
        return BigInt(normalized: Limbs.subtract(b, a), isNegative: bNegative)
    }

    public static prefix func - (x: BigInt) -> BigInt { BigInt(normalized: x.limbs, isNegative: !x.isNegative) }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        a.withLimbs { x in b.withLimbs { y in add(x, a.isNegative, y, b.isNegative) } }
    }

    public static func + (a: BigInt, b: Int) -> BigInt {
        a.withLimbs { x in Limbs.with(b.magnitude) { y in add(x, a.isNegative, y, b < 0) } }
    }

    public static func - (a: BigInt, b: BigInt) -> BigInt {
        a.withLimbs { x in b.withLimbs { y in add(x, a.isNegative, y, !b.isNegative) } }
    }

    public static func - (a: BigInt, b: Int) -> BigInt {
        a.withLimbs { x in Limbs.with(b.magnitude) { y in add(x, a.isNegative, y, b >= 0) } }
    }

    public static func - (a: Int, b: BigInt) -> BigInt { -(b - a) }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        let product = a.withLimbs { x in b.withLimbs { y in Limbs.multiply(x, y) } }
        return BigInt(normalized: product, isNegative: a.isNegative != b.isNegative)
    }

    public static func * (a: BigInt, b: Int) -> BigInt {
        let product = a.withLimbs { x in Limbs.multiply(x, word: b.magnitude) }
        return BigInt(normalized: product, isNegative: a.isNegative != (b < 0))
    }

    /// The exact sum of two machine integers.
    public static func sum(_ a: Int, _ b: Int) -> BigInt { BigInt(a) + b }

    /// The exact difference of two machine integers.
    public static func difference(_ a: Int, _ b: Int) -> BigInt { BigInt(a) - b }

    /// The exact product of two machine integers.
    public static func product(_ a: Int, _ b: Int) -> BigInt {
        let (high, low) = a.magnitude.multipliedFullWidth(by: b.magnitude)
        return BigInt(limbs: [low, high], isNegative: (a < 0) != (b < 0))
    }
}

// MARK: - Division

extension BigInt {
    /// Truncating division: the quotient rounded toward zero and the remainder with the dividend's sign.
    /// - Precondition: `divisor` is not zero.
    public func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = withLimbs { x in divisor.withLimbs { y in Limbs.divide(x, y) } }
        return (BigInt(normalized: q, isNegative: isNegative != divisor.isNegative),
                BigInt(normalized: r, isNegative: isNegative))
    }

    /// Python's `divmod`: the quotient rounded toward minus infinity and the remainder with the divisor's sign.
    /// - Precondition: `divisor` is not zero.
    public func floorDivided(by divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        var (q, r) = quotientAndRemainder(dividingBy: divisor)
        if !r.isZero && r.isNegative != divisor.isNegative {
            q = q - 1
            r = r + divisor
        }
        return (q, r)
    }

    /// Python's `divmod` by a machine integer.
    /// - Precondition: `divisor` is not zero.
    public func floorDivided(by divisor: Int) -> (quotient: BigInt, remainder: Int) {
        let (q, r) = withLimbs { Limbs.divide($0, word: divisor.magnitude) }
        var quotient = BigInt(normalized: q, isNegative: isNegative != (divisor < 0))
        // The remainder's magnitude is below |divisor|, so it fits once signed.
        var remainder = isNegative ? -Int(bitPattern: r) : Int(bitPattern: r)
        if remainder != 0 && (remainder < 0) != (divisor < 0) {
            quotient = quotient - 1
            remainder += divisor
        }
        return (quotient, remainder)
    }

    /// The absolute value's remainder modulo `m` (for hashing and digit extraction).
    public func magnitudeRemainder(_ m: UInt) -> UInt { withLimbs { Limbs.remainder($0, word: m) } }
}
