// MARK: - Bytes (`int.to_bytes`, `int.from_bytes`)

extension BigInt {
    /// The number written by `bytes`, as `int.from_bytes` reads it.
    /// - Parameters:
    ///   - bigEndian: whether the first byte is the most significant.
    ///   - signed: whether the bytes are in two's complement.
    public init(bytes: [UInt8], bigEndian: Bool, signed: Bool) {
        let little = bigEndian ? Array(bytes.reversed()) : bytes
        var words = Limbs.zeros((little.count + 7) / 8)
        for (i, byte) in little.enumerated() { words[i / 8] |= UInt(byte) << UInt(8 * (i % 8)) }
        if signed, let last = little.last, last >= 0x80 {
            // Sign-extend the top limb, then read the two's complement.
            let used = little.count % 8
            if used != 0 { words[words.count - 1] |= UInt.max << UInt(8 * used) }
            self = BigInt.fromTwosComplement(words)
        } else {
            self.init(limbs: words, isNegative: false)
        }
    }

    /// The number in `count` bytes, as `int.to_bytes` writes it, or nil when it does not fit.
    /// - Parameters:
    ///   - bigEndian: whether the first byte is the most significant.
    ///   - signed: whether to write two's complement (a negative number needs it).
    public func bytes(count: Int, bigEndian: Bool, signed: Bool) -> [UInt8]? {
        if isNegative && !signed { return nil }
        // Bits needed: the magnitude's, plus a sign bit when signed (−2^(8n−1) fits exactly).
        let needed = isNegative ? (magnitude - 1).bitLength + 1 : bitLength + (signed ? 1 : 0)
        if needed > count * 8 && !isZero { return nil }
        let words = twosComplement(count / 8 + 2)
        var little = [UInt8](repeating: 0, count: count)
        for i in 0..<count { little[i] = UInt8(truncatingIfNeeded: words[i / 8] >> UInt(8 * (i % 8))) }
        return bigEndian ? little.reversed() : little
    }
}
