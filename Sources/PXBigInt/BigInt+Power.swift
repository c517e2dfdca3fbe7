// MARK: - Powers, modular arithmetic, gcd, square roots

extension BigInt {
    /// `self ** exponent` for `exponent ≥ 0`.
    public func power(_ exponent: Int) -> BigInt {
        precondition(exponent >= 0, "internal inconsistency: negative exponent")
        if exponent == 0 { return BigInt(1) }
        // A power of two is a shift.
        if limbs.count == 1 && limbs[0].nonzeroBitCount == 1 {
            let shifted = BigInt(1) << (limbs[0].trailingZeroBitCount * exponent)
            return isNegative && exponent % 2 == 1 ? -shifted : shifted
        }
        var result = BigInt(1)
        var base = self
        var e = exponent
        while true {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e == 0 { break }
            base = base * base
        }
        return result
    }

    /// Python's `pow(self, exponent, modulus)` for `exponent ≥ 0` and a non-zero modulus: the result has
    /// the modulus's sign.
    public func power(_ exponent: BigInt, modulus: BigInt) -> BigInt {
        precondition(!exponent.isNegative && !modulus.isZero, "internal inconsistency: bad modular power")
        let m = modulus.magnitude
        if m == BigInt(1) { return .zero }
        var base = floorDivided(by: m).remainder
        var result = BigInt(1)
        let bits = exponent.bitLength
        for i in 0..<bits {
            if exponent.limbs[i / 64] >> UInt(i % 64) & 1 == 1 {
                result = (result * base).floorDivided(by: m).remainder
            }
            if i + 1 < bits { base = (base * base).floorDivided(by: m).remainder }
        }
        if modulus.isNegative && !result.isZero { result = result - m }
        return result
    }

    /// The inverse of `self` modulo `modulus` (in `0..<|modulus|`), or nil when they are not coprime.
    public func inverse(modulo modulus: BigInt) -> BigInt? {
        let m = modulus.magnitude
        var (oldR, r) = (floorDivided(by: m).remainder, m)
        var (oldS, s) = (BigInt(1), BigInt.zero)
        while !r.isZero {
            let (q, remainder) = oldR.floorDivided(by: r)
            (oldR, r) = (r, remainder)
            (oldS, s) = (s, oldS - q * s)
        }
        guard oldR == BigInt(1) || (m == BigInt(1) && oldR.isZero) else { return nil }
        return oldS.floorDivided(by: m).remainder
    }

    /// The greatest common divisor of the absolute values.
    public static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitude, y = b.magnitude
        while !y.isZero {
            if let u = x.asInt, let v = y.asInt {
                var (p, q) = (u, v)
                while q != 0 { (p, q) = (q, p % q) }
                return BigInt(p)
            }
            (x, y) = (y, x.quotientAndRemainder(dividingBy: y).remainder)
        }
        return x
    }

    /// The integer square root (`math.isqrt`) of a non-negative number.
    public func squareRoot() -> BigInt {
        precondition(!isNegative, "internal inconsistency: square root of a negative number")
        if isZero { return .zero }
        if let small = asInt, small < 1 << 52 {
            var r = Int(Double(small).squareRoot())
            while r * r > small { r -= 1 }
            while (r + 1) * (r + 1) <= small { r += 1 }
            return BigInt(r)
        }
        // Newton's iteration from above.
        var x = BigInt(1) << ((bitLength + 1) / 2)
        while true {
            let y = (x + quotientAndRemainder(dividingBy: x).quotient) >> 1
            if y >= x { return x }
            x = y
        }
    }
}
