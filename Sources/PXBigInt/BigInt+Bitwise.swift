// MARK: - Bit operations with Python's semantics (infinite two's complement)

extension BigInt {
    /// `~x`, which is `-x - 1`.
    public static prefix func ~ (x: BigInt) -> BigInt { -x - 1 }

    public static func & (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b) { $0 & $1 } }
    public static func | (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b) { $0 | $1 } }
    public static func ^ (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b) { $0 ^ $1 } }

    /// Applies `op` limb by limb to the two's complement forms of `a` and `b`.
    static func bitwise(_ a: BigInt, _ b: BigInt, _ op: (UInt, UInt) -> UInt) -> BigInt {
        let count = max(a.limbs.count, b.limbs.count) + 1
        let x = a.twosComplement(count), y = b.twosComplement(count)
        var r = Limbs.zeros(count)
        for i in 0..<count { r[i] = op(x[i], y[i]) }
        return fromTwosComplement(r)
    }

    /// The number in `count` limbs of two's complement (`count` exceeds the magnitude's length).
    func twosComplement(_ count: Int) -> [UInt] {
        var r = limbs + Limbs.zeros(count - limbs.count)
        guard isNegative else { return r }
        var carry = true
        for i in 0..<count {
            r[i] = ~r[i]
            if carry {
                let (s, c) = r[i].addingReportingOverflow(1)
                r[i] = s
                carry = c
            }
        }
        return r
    }

    /// The number whose two's complement form is `words` (the top bit is the sign).
    static func fromTwosComplement(_ words: [UInt]) -> BigInt {
        guard let top = words.last, top >> 63 == 1 else { return BigInt(limbs: words, isNegative: false) }
        var r = words
        var carry = true
        for i in 0..<r.count {
            r[i] = ~r[i]
            if carry {
                let (s, c) = r[i].addingReportingOverflow(1)
                r[i] = s
                carry = c
            }
        }
        return BigInt(limbs: r, isNegative: true)
    }

    /// `x << n` for `n ≥ 0`.
    public static func << (x: BigInt, n: Int) -> BigInt {
        precondition(n >= 0, "internal inconsistency: negative shift")
        if x.isZero || n == 0 { return x }
        let words = n / 64, bits = n % 64
        var r = Limbs.zeros(words + x.limbs.count + 1)
        r.withUnsafeMutableBufferPointer { r in
            x.withLimbs { Limbs.shiftLeft(UnsafeMutableBufferPointer(rebasing: r[words...]), $0, bits) }
        }
        return BigInt(limbs: r, isNegative: x.isNegative)
    }

    /// `x >> n` for `n ≥ 0`, rounding toward minus infinity as Python does.
    public static func >> (x: BigInt, n: Int) -> BigInt {
        precondition(n >= 0, "internal inconsistency: negative shift")
        if x.isNegative { return -((x.magnitude - 1) >> n) - 1 }
        let words = n / 64, bits = n % 64
        if words >= x.limbs.count { return .zero }
        var r = Limbs.zeros(x.limbs.count - words)
        r.withUnsafeMutableBufferPointer { r in
            x.withLimbs { Limbs.shiftRight(r, UnsafeBufferPointer(rebasing: $0[words...]), bits) }
        }
        return BigInt(limbs: r, isNegative: false)
    }
}
