/// `str[i]` and `str[a:b]` over the UTF-8 bytes, without an array of code points: code points are counted and
/// found by their lead bytes, and pure ASCII text is indexed directly.
enum StringIndexing {
    /// `s[key]` for an int key or a slice; nil for other keys (which `Operations.item` handles).
    /// - Throws: `IndexError: string index out of range`, and the errors of slice indices.
    static func item(_ s: String, _ key: Value) throws -> Value? {
        var s = s
        switch key {
        case .int(let i):
            return try s.withUTF8 { bytes in
                let count = codePoints(bytes)
                let k = i < 0 ? i + count : i
                guard k >= 0 && k < count else { throw RuntimeError.indexError("string index out of range") }
                let start = offset(bytes, of: k, count: count)
                return .str(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset(bytes, after: start)]),
                                   as: UTF8.self))
            }
        case .slice(let slice):
            return try s.withUTF8 { bytes -> Value? in
                let count = codePoints(bytes)
                let (start, stop, step, n) = try Slicing.indices(slice, count: count)
                guard step == 1 else { return nil }
                if n == 0 { return .str("") }
                let from = offset(bytes, of: start, count: count)
                let to = count == bytes.count ? stop : advance(bytes, from, by: stop - start)
                return .str(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self))
            }
        default:
            return nil
        }
    }

    /// The number of code points of UTF-8 text (its bytes that are not continuation bytes).
    static func codePoints(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        // Branch-free, so that the loop vectorises.
        for b in bytes { n &+= b & 0xC0 == 0x80 ? 0 : 1 }
        return n
    }

    /// `len(s)`: the number of code points, counted on the UTF-8 bytes.
    static func codePoints(_ s: String) -> Int {
        s.utf8.withContiguousStorageIfAvailable { codePoints($0) } ?? s.unicodeScalars.count
    }

    /// The byte offset of code point `k` (0 ≤ k < count).
    private static func offset(_ bytes: UnsafeBufferPointer<UInt8>, of k: Int, count: Int) -> Int {
        count == bytes.count ? k : advance(bytes, 0, by: k)
    }

    /// The byte offset `k` code points after the code point that starts at `from`.
    private static func advance(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, by k: Int) -> Int {
        var i = from
        for _ in 0..<k { i = offset(bytes, after: i) }
        return i
    }

    /// The byte offset after the code point that starts at `i`.
    private static func offset(_ bytes: UnsafeBufferPointer<UInt8>, after i: Int) -> Int {
        var j = i + 1
        while j < bytes.count, bytes[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }
}
