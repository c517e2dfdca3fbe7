#if canImport(Glibc)
import Glibc
#endif

/// Python's equality and order of `str`: code point by code point, which is UTF-8 byte order (Swift's `==` on
/// strings compares canonical equivalence instead, so `"é" == "e\u{301}"` there and not in Python).
enum StringOrder {
    /// Whether `a` and `b` hold the same code points.
    static func equal(_ a: String, _ b: String) -> Bool {
        if SmallString.sameStorage(a, b) { return true }
        return a.utf8.count == b.utf8.count && compare(a, b) == 0
    }

    /// Negative, zero or positive as `a` sorts before, with or after `b`.
    static func compare(_ a: String, _ b: String) -> Int {
        // Native and small strings lend their bytes without a copy (and without retaining the string).
        let direct = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in compare(x, y) }
        }
        if let direct, let result = direct { return result }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in compare(x, y) } }
    }

    /// The first 8 UTF-8 bytes of `s`, big-endian, zero-padded: two strings whose prefixes differ sort as their
    /// prefixes do, so a sort compares whole strings only when the prefixes are equal.
    static func prefix(_ s: String) -> UInt64 {
        func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var p: UInt64 = 0
            for k in 0..<8 { p = p << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
            return p
        }
        if let direct = s.utf8.withContiguousStorageIfAvailable(pack) { return direct }
        var s = s
        return s.withUTF8(pack)
    }

    private static func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(x.count, y.count)
        if common > 0, let p = x.baseAddress, let q = y.baseAddress {
            let r = memcmp(p, q, common)
            if r != 0 { return Int(r) }
        }
        return x.count - y.count
    }
}
