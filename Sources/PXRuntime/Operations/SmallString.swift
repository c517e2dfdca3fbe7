/// Swift's small strings (up to 15 bytes of UTF-8), made and read word by word.
///
/// A small string is stored inline in the two words of a `String`: its bytes in order from the first word's
/// low byte, and in the second word's top byte the form (0xE0 for ASCII: immortal, ASCII, small) and the
/// count. Making one through the standard library validates the bytes again (about 190 instructions for a
/// 4-letter word: `str.split()` makes one per word), and reading one copies it to the stack behind a
/// closure. The layout is the standard library's, checked once at run time (`isAvailable`): where it
/// differs, `ascii` and `words` decline and callers take the general path.
enum SmallString {
    /// Whether `String` has the layout described above.
    static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        let reference = String(decoding: [0x61, 0x62, 0x63] as [UInt8], as: UTF8.self)
        let (lo, hi) = bits(reference)
        return lo == 0x63_6261 && hi == 0xE3 << 56
    }()

    /// The two words of `s`, as stored.
    @inline(__always)
    static func bits(_ s: String) -> (UInt64, UInt64) {
        unsafeBitCast(s, to: (UInt64, UInt64).self)
    }

    /// Whether `a` and `b` are stored identically (the same small string, or the same buffer and count), so
    /// that they are equal.
    @inline(__always)
    static func sameStorage(_ a: String, _ b: String) -> Bool {
        let x = bits(a), y = bits(b)
        return x.0 == y.0 && x.1 == y.1
    }

    /// The string of `bytes`, which the caller knows to be ASCII, when there are at most 15 of them.
    @inline(__always)
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        guard n <= 15, isAvailable else { return nil }
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in 0..<min(n, 8) { lo |= UInt64(bytes[k]) << UInt64(8 * k) }
        if n > 8 { for k in 8..<n { hi |= UInt64(bytes[k]) << UInt64(8 * (k - 8)) } }
        return unsafeBitCast((lo, hi | (0xE0 | UInt64(n)) << 56), to: String.self)
    }

    /// The bytes of a small string as two words (the second without the form byte) and their count; nil for
    /// a string stored otherwise.
    @inline(__always)
    static func words(_ s: String) -> (lo: UInt64, hi: UInt64, count: Int)? {
        guard isAvailable else { return nil }
        let (lo, hi) = bits(s)
        guard (hi >> 61) & 1 == 1 else { return nil }
        return (lo, hi & 0x00FF_FFFF_FFFF_FFFF, Int((hi >> 56) & 0xF))
    }

    /// `a + b` when both are small ASCII strings and the result is one too; nil otherwise.
    @inline(__always)
    static func concatenated(_ a: String, _ b: String) -> String? {
        guard isAvailable else { return nil }
        let (alo, ahi) = bits(a), (blo, bhi) = bits(b)
        guard ahi >> 60 == 0xE, bhi >> 60 == 0xE else { return nil }
        let na = Int((ahi >> 56) & 0xF), nb = Int((bhi >> 56) & 0xF)
        guard na + nb <= 15 else { return nil }
        let shift = UInt64(8 * na)
        let aHigh = ahi & 0x00FF_FFFF_FFFF_FFFF, bHigh = bhi & 0x00FF_FFFF_FFFF_FFFF
        // Shifts of 64 bits or more give 0 (Swift's shifts are not masked).
        let lo = alo | blo << shift
        let hi = shift >= 64 ? aHigh | blo << (shift - 64) : aHigh | blo >> (64 - shift) | bHigh << shift
        return unsafeBitCast((lo, hi | (0xE0 | UInt64(na + nb)) << 56), to: String.self)
    }
}
