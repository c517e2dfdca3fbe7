// MARK: - Arithmetic in place

extension BigInt {
    /// `a *= b` for a machine integer: the limbs are multiplied where they are, and grow by one limb at most, so
    /// a number that nothing else shares (`result *= i` in a factorial loop) allocates only when it outgrows its
    /// storage.
    public static func *= (a: inout BigInt, b: Int) {
        let w = b.magnitude
        if w == 0 || a.isZero {
            a = .zero
            return
        }
        var carry: UInt = 0
        a.limbs.withUnsafeMutableBufferPointer { r in
            for i in 0..<r.count {
                let (high, low) = r[i].multipliedFullWidth(by: w)
                let (s, c) = low.addingReportingOverflow(carry)
                r[i] = s
                carry = high &+ (c ? 1 : 0)
            }
        }
        if carry != 0 { a.limbs.append(carry) }
        a.isNegative = a.isNegative != (b < 0)
    }

    /// `a += b`, in `a`'s storage when the magnitudes add, or when `|b| ≤ |a|` and they subtract.
    public static func += (a: inout BigInt, b: BigInt) {
        b.withLimbs { y in a.add(y, negative: b.isNegative) }
    }

    /// `a += b` for a machine integer, in place as `+=` of two big integers.
    public static func += (a: inout BigInt, b: Int) {
        Limbs.with(b.magnitude) { y in a.add(y, negative: b < 0) }
    }

    /// `a -= b`, in place as `+=`.
    public static func -= (a: inout BigInt, b: BigInt) {
        b.withLimbs { y in a.add(y, negative: !b.isNegative && !y.isEmpty) }
    }

    /// `a -= b` for a machine integer, in place as `+=`.
    public static func -= (a: inout BigInt, b: Int) {
        Limbs.with(b.magnitude) { y in a.add(y, negative: b > 0) }
    }

    /// Adds the signed magnitude `y` (not `a`'s own storage: the caller lends a copy's buffer) to `self`.
    mutating func add(_ y: Limbs.Buffer, negative: Bool) {
        if y.isEmpty { return }
        if isZero {
            self = BigInt(normalized: Array(y), isNegative: negative)
            return
        }
        if negative == isNegative {
            // One limb more than the longer magnitude absorbs the carry; `normalize` drops it when unused.
            limbs.append(contentsOf: repeatElement(0, count: Swift.max(limbs.count, y.count) + 1 - limbs.count))
            limbs.withUnsafeMutableBufferPointer { Limbs.accumulate($0, y) }
            Limbs.normalize(&limbs)
            return
        }
        let order = withLimbs { Limbs.compare($0, y) }
        if order < 0 {
            self = BigInt(normalized: withLimbs { x in Limbs.subtract(y, x) }, isNegative: negative)
            return
        }
        limbs.withUnsafeMutableBufferPointer { Limbs.deduct($0, y) }
        Limbs.normalize(&limbs)
        if limbs.isEmpty { isNegative = false }
    }
}
