/// `str` methods that work on UTF-8 bytes: UTF-8 is self-synchronising, so where the bytes of a non-empty
/// needle occur, its code points occur, and the bytes between two matches are whole characters. Each method
/// copies the text once and builds its result in one buffer (linear time, where appending code point by code
/// point to a `String.UnicodeScalarView` copied the result at every append).
extension StringMethods {
    /// The byte offsets of the non-overlapping occurrences of `needle` (not empty) in `hay`, left to right, at
    /// most `limit` of them (all when `limit` is negative).
    static func occurrences(_ hay: [UInt8], _ needle: [UInt8], limit: Int) -> [Int] {
        hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { p in occurrences(h, p, limit: limit) }
        }
    }

    /// `occurrences` over bytes in memory.
    static func occurrences(_ h: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>, limit: Int) -> [Int] {
        var found: [Int] = []
        let n = p.count
        guard n > 0, n <= h.count, limit != 0 else { return found }
        let first = p[0], last = h.count - n
        var i = 0
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n && h[i + k] == p[k] { k += 1 }
                if k == n {
                    found.append(i)
                    if found.count == limit { return found }
                    i += n
                    continue
                }
            }
            i += 1
        }
        return found
    }

    /// `s.find(sub)`, `rfind`, `index`, `rindex` and `count` over the whole string, for a non-empty `sub`:
    /// matched on UTF-8 bytes, positions counted in code points.
    static func search(_ s: String, _ name: String, _ sub: String) throws -> Value {
        var s = s, sub = sub
        let found: Int? = s.withUTF8 { h in
            sub.withUTF8 { p -> Int? in
                if name == "count" { return occurrences(h, p, limit: -1).count }
                let at: Int?
                if name.hasPrefix("r") {
                    at = lastOccurrence(h, p)
                } else {
                    at = occurrences(h, p, limit: 1).first
                }
                return at.map { StringIndexing.codePoints(UnsafeBufferPointer(rebasing: h[..<$0])) }
            }
        }
        if let found { return .int(found) }
        if name.hasSuffix("index") { throw RuntimeError.valueError("substring not found") }
        return .int(-1)
    }

    /// The byte offset of the last occurrence of `p` (not empty) in `h`.
    static func lastOccurrence(_ h: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = p.count
        guard n > 0, n <= h.count else { return nil }
        var i = h.count - n
        while i >= 0 {
            if h[i] == p[0] {
                var k = 1
                while k < n && h[i + k] == p[k] { k += 1 }
                if k == n { return i }
            }
            i -= 1
        }
        return nil
    }

    /// Python's `str.replace` with a non-empty `old`.
    static func replaceBytes(_ s: String, _ old: String, _ new: String, _ limit: Int) -> String {
        let hay = Array(s.utf8), needle = Array(old.utf8)
        let at = occurrences(hay, needle, limit: limit)
        if at.isEmpty { return s }
        let replacement = Array(new.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(hay.count - at.count * needle.count + at.count * replacement.count)
        var start = 0
        for i in at {
            out += hay[start..<i]
            out += replacement
            start = i + needle.count
        }
        out += hay[start...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Python's `str.split(sep, maxsplit)` with a non-empty `sep`.
    static func splitBytes(_ s: String, _ sep: String, _ maxSplit: Int) -> [String] {
        var s = s, sep = sep
        return s.withUTF8 { hay in
            sep.withUTF8 { needle in
                let found = occurrences(hay, needle, limit: maxSplit)
                let isASCII = !hay.contains { $0 >= 0x80 }
                func piece(_ range: Range<Int>) -> String {
                    let bytes = UnsafeBufferPointer(rebasing: hay[range])
                    if isASCII, let small = SmallString.ascii(bytes) { return small }
                    return String(decoding: bytes, as: UTF8.self)
                }
                var parts: [String] = []
                parts.reserveCapacity(found.count + 1)
                var start = 0
                for i in found {
                    parts.append(piece(start..<i))
                    start = i + needle.count
                }
                parts.append(piece(start..<hay.count))
                return parts
            }
        }
    }

    /// Python's `str.split()` on ASCII text (nil when the text is not ASCII): runs of ASCII whitespace
    /// (`isPythonSpace`) separate the words, as `splitWhitespace` does.
    static func splitASCIIWhitespace(_ s: String, _ maxSplit: Int) -> [String]? {
        var s = s
        return s.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) }
            func text(_ range: Range<Int>) -> String {
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                return SmallString.ascii(word) ?? String(decoding: word, as: UTF8.self)
            }
            var parts: [String] = []
            let n = bytes.count
            var i = 0
            while i < n {
                while i < n, isSpace(bytes[i]) { i += 1 }
                if i >= n { break }
                if maxSplit >= 0 && parts.count == maxSplit {
                    parts.append(text(i..<n))
                    break
                }
                let start = i
                while i < n, !isSpace(bytes[i]) { i += 1 }
                parts.append(text(start..<i))
            }
            return parts
        }
    }
}

extension Unicode.Scalar {
    /// Whether `str.isspace`, `split()` and `strip()` count the code point as whitespace: Unicode's White_Space,
    /// and the information separators U+001C to U+001F (bidirectional class B or S), as CPython does.
    var isPythonSpace: Bool { (0x1C...0x1F).contains(value) || properties.isWhitespace }
}
