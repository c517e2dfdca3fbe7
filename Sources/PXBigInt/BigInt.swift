/// An integer of any size: a sign and a magnitude of 64-bit limbs.
///
/// The language keeps machine integers as its fast path and moves to `BigInt` only when a result does not
/// fit in 64 bits; `asInt` brings a result that fits back. Division, modulo and shifts of negative numbers
/// follow Python (floor semantics, infinite two's complement for bit operations).
public struct BigInt: Sendable, Hashable {
    /// The magnitude, least significant limb first, with no most significant zero limb (zero is empty).
    public internal(set) var limbs: [UInt]
    /// Whether the number is below zero (never true for zero).
    public internal(set) var isNegative: Bool

    /// Zero.
    public static let zero = BigInt(limbs: [], isNegative: false)

    /// A number from its magnitude (any zero limbs at the top are dropped) and sign.
    public init(limbs: [UInt], isNegative: Bool) {
        var limbs = limbs
        Limbs.normalize(&limbs)
        self.limbs = limbs
        self.isNegative = isNegative && !limbs.isEmpty
    }

    /// A machine integer as a big one.
    public init(_ value: Int) {
        self.limbs = value == 0 ? [] : [value.magnitude]
        self.isNegative = value < 0
    }

    /// An unsigned machine integer as a big one.
    public init(_ value: UInt) {
        self.limbs = value == 0 ? [] : [value]
        self.isNegative = false
    }

    /// Whether the number is zero.
    public var isZero: Bool { limbs.isEmpty }

    /// −1, 0 or 1.
    public var signum: Int { isZero ? 0 : isNegative ? -1 : 1 }

    /// The number as a machine integer, or nil when it does not fit in 64 bits.
    public var asInt: Int? {
        switch limbs.count {
        case 0: return 0
        case 1:
            let m = limbs[0]
            if isNegative {
                if m <= UInt(Int.max) { return -Int(m) }
                return m == UInt(Int.max) + 1 ? Int.min : nil
            }
            return m <= UInt(Int.max) ? Int(m) : nil
        default: return nil
        }
    }

    /// The absolute value.
    public var magnitude: BigInt { BigInt(limbs: limbs, isNegative: false) }

    /// The number of bits of the absolute value (`int.bit_length()`); 0 for zero.
    public var bitLength: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    /// The number of one bits of the absolute value (`int.bit_count()`).
    public var bitCount: Int { limbs.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Whether the number is odd.
    public var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    /// The number of trailing zero bits of the absolute value (0 for zero).
    public var trailingZeroBitCount: Int {
        for (i, limb) in limbs.enumerated() where limb != 0 { return i * 64 + limb.trailingZeroBitCount }
        return 0
    }

    /// Runs `body` on the magnitude's limbs.
    @inline(__always)
    func withLimbs<R>(_ body: (Limbs.Buffer) throws -> R) rethrows -> R {
        try limbs.withUnsafeBufferPointer(body)
    }
}

// MARK: - Comparison

extension BigInt: Comparable {
    public static func < (lhs: BigInt, rhs: BigInt) -> Bool { compare(lhs, rhs) < 0 }

    /// −1, 0 or 1 as `a` is less than, equal to or greater than `b`.
    public static func compare(_ a: BigInt, _ b: BigInt) -> Int {
        if a.isNegative != b.isNegative { return a.isNegative ? -1 : 1 }
        let c = a.withLimbs { x in b.withLimbs { y in Limbs.compare(x, y) } }
        return a.isNegative ? -c : c
    }

    /// −1, 0 or 1 as `a` is less than, equal to or greater than the machine integer `b`.
    public static func compare(_ a: BigInt, _ b: Int) -> Int {
        if a.isNegative != (b < 0) { return a.isNegative ? -1 : 1 }
        let c = a.withLimbs { x in Limbs.with(b.magnitude) { y in Limbs.compare(x, y) } }
        return a.isNegative ? -c : c
    }
}

extension BigInt: CustomStringConvertible {
    /// The decimal text of the number.
    public var description: String { toString(radix: 10) }
}
