// MARK: - Conversions to and from Double, true division

extension BigInt {
    /// The nearest double (ties to even), or nil when the number is too large for a double.
    public var doubleValue: Double? {
        let bits = bitLength
        if bits <= 64 {
            let m = Double(limbs.first ?? 0)
            return isNegative ? -m : m
        }
        if bits > 1024 { return nil }
        // The top 64 bits, with a sticky bit for anything below, round correctly in one conversion.
        let shift = bits - 64
        var top = (self.magnitude >> shift).limbs[0]
        if magnitude.trailingZeroBitCount < shift { top |= 1 }
        let m = Double(top) * Double(sign: .plus, exponent: shift, significand: 1)
        if m.isInfinite { return nil }
        return isNegative ? -m : m
    }

    /// The number as `m × 2^e` with `0.5 ≤ |m| < 1`, `m` rounded to a double (ties to even): finite for
    /// numbers of any size.
    public func frexp() -> (mantissa: Double, exponent: Int) {
        if isZero { return (0, 0) }
        let bits = bitLength
        let shift = max(bits - 64, 0)
        var top = shift == 0 ? limbs[0] : (self.magnitude >> shift).limbs[0]
        if shift > 0 && trailingZeroBitCount < shift { top |= 1 }
        var mantissa = Double(top) * Double(sign: .plus, exponent: shift - bits, significand: 1)
        var exponent = bits
        if mantissa == 1 {
            mantissa = 0.5
            exponent += 1
        }
        return (isNegative ? -mantissa : mantissa, exponent)
    }

    /// The integer part of a finite double, exactly.
    /// - Precondition: `value` is finite.
    public init(truncating value: Double) {
        precondition(value.isFinite, "internal inconsistency: converting a non-finite double")
        let t = value.rounded(.towardZero)
        if t.magnitude < 0x1p63 {
            self.init(Int(t))
            return
        }
        let significand = BigInt(UInt(t.magnitude.significandBitPattern | (1 << 52)))
        let shifted = significand << (Int(t.magnitude.exponent) - 52)
        self = t < 0 ? -shifted : shifted
    }

    /// `a / b` correctly rounded to a double, as CPython's true division of integers.
    /// - Returns: nil when the quotient is too large for a double.
    /// - Precondition: `b` is not zero.
    public static func trueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
        precondition(!b.isZero, "internal inconsistency: division by zero")
        let negative = a.isNegative != b.isNegative
        if a.isZero { return negative ? -0.0 : 0.0 }
        let mantissa = 53, maxExponent = 1024, minExponent = -1021
        if a.bitLength <= mantissa && b.bitLength <= mantissa, let x = a.doubleValue, let y = b.doubleValue {
            return x / y
        }
        let x = a.magnitude, y = b.magnitude
        let diff = x.bitLength - y.bitLength
        if diff > maxExponent { return nil }
        if diff < minExponent - mantissa - 1 { return negative ? -0.0 : 0.0 }
        // Scale so that the quotient has mantissa + 2 or + 3 bits, keeping track of inexactness.
        let shift = max(diff, minExponent) - mantissa - 2
        var inexact = false
        var scaled: BigInt
        if shift <= 0 {
            scaled = x << -shift
        } else {
            scaled = x >> shift
            if x.trailingZeroBitCount < shift { inexact = true }
        }
        let (q, r) = scaled.quotientAndRemainder(dividingBy: y)
        if !r.isZero { inexact = true }
        let quotientBits = q.bitLength
        let extraBits = max(quotientBits, minExponent - shift) - mantissa
        // Drop `extraBits` bits, rounding half to even with the inexact flag as a sticky bit.
        let mask = UInt(1) << UInt(extraBits - 1)
        let low = (q.limbs.first ?? 0) | (inexact ? 1 : 0)
        var kept = q >> extraBits
        if low & mask != 0 && low & (3 * mask - 1) != 0 { kept = kept + 1 }
        guard let dx = kept.doubleValue else { return nil }
        let result = scale(dx, shift + extraBits)
        if result.isInfinite { return nil }
        return negative ? -result : result
    }

    /// `x × 2^e`, exact whenever the result is representable (`x` is already rounded to the result's precision).
    static func scale(_ x: Double, _ e: Int) -> Double {
        if e >= -1022 { return x * Double(sign: .plus, exponent: e, significand: 1) }
        return x * 0x1p-1022 * Double(sign: .plus, exponent: e + 1022, significand: 1)
    }
}
