import PXBigInt

/// A hashable value used as a dict key or set element, with Python's equality (`1 == 1.0 == True`) and
/// Python's hash function for numbers and tuples, so sets of integers iterate in CPython's order.
public struct HashKey: Hashable, @unchecked Sendable {
    // @unchecked Sendable: only hashable (immutable or identity-compared) values are wrapped.
    /// The wrapped value.
    public let value: Value
    /// Python's hash of the value.
    public let pythonHash: Int

    /// Wraps `value`.
    /// - Throws: `TypeError: unhashable type: 'list'` for mutable containers.
    public init(_ value: Value) throws {
        self.value = value
        self.pythonHash = try PythonHash.hash(value)
    }

    /// Wraps a value whose hash is already known.
    init(unchecked value: Value, hash: Int) {
        self.value = value
        self.pythonHash = hash
    }

    public static func == (lhs: HashKey, rhs: HashKey) -> Bool {
        guard lhs.pythonHash == rhs.pythonHash else { return false }
        switch (lhs.value, rhs.value) {
        case (.str(let a), .str(let b)): return StringOrder.equal(a, b)
        case (.int(let a), .int(let b)): return a == b
        case (.tuple(let a), .tuple(let b)): return tuplesEqual(a, b)
        default: return Value.keysEqual(lhs.value, rhs.value)
        }
    }

    /// Python's `==` of two keys when it needs no Python code, else nil (a key's `__eq__` could run and change
    /// the table being searched). The same object equals itself without a call, as in CPython.
    @inline(__always)
    static func equalWithoutCode(_ lhs: HashKey, _ rhs: HashKey) -> Bool? {
        guard lhs.pythonHash == rhs.pythonHash else { return false }
        switch (lhs.value, rhs.value) {
        case (.str(let a), .str(let b)): return StringOrder.equal(a, b)
        case (.int(let a), .int(let b)): return a == b
        case (.tuple(let a), .tuple(let b)): return tuplesEqualWithoutCode(a, b)
        default: return Value.equalWithoutCode(lhs.value, rhs.value)
        }
    }

    /// Python's `==` of two tuple keys when it needs no Python code, else nil: items compared in order, as
    /// Python compares them, `int` and `str` items directly; the first pair that could run code (an instance,
    /// say) gives nil, the first unequal pair false.
    static func tuplesEqualWithoutCode(_ a: [Value], _ b: [Value]) -> Bool? {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                for i in x.indices {
                    if case .int(let m) = x[i], case .int(let n) = y[i] {
                        if m != n { return false }
                    } else if case .str(let s) = x[i], case .str(let t) = y[i] {
                        if !StringOrder.equal(s, t) { return false }
                    } else {
                        guard let equal = Value.equalWithoutCode(x[i], y[i]) else { return nil }
                        if !equal { return false }
                    }
                }
                return true
            }
        }
    }

    /// Python's `==` of two tuple keys (`(x, y)`): `int` and `str` items compared directly, others as
    /// `Value.keysEqual` compares them.
    static func tuplesEqual(_ a: [Value], _ b: [Value]) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.indices {
            if case .int(let x) = a[i], case .int(let y) = b[i] {
                if x != y { return false }
            } else if case .str(let x) = a[i], case .str(let y) = b[i] {
                if !StringOrder.equal(x, y) { return false }
            } else if !Value.keysEqual(a[i], b[i]) {
                return false
            }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pythonHash)
    }

    /// The table hash: Python's hash mixed (so that the low bits the tables use vary), without `Hasher`'s cost.
    public func _rawHashValue(seed: Int) -> Int {
        var x = UInt64(UInt(bitPattern: pythonHash)) ^ UInt64(UInt(bitPattern: seed))
        x = (x ^ (x >> 32)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: x ^ (x >> 29))
    }
}

/// Python's hash functions (CPython 3.11) for the hashable values.
public enum PythonHash {
    static let modulus: UInt64 = (1 << 61) - 1

    /// The hash of `value`.
    /// - Throws: `TypeError` for unhashable values.
    public static func hash(_ value: Value) throws -> Int {
        switch value {
        case .none: return 0x5F3759DF
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return hashInt(i)
        case .bigint(let b): return hashBigInt(b)
        case .float(let d): return hashDouble(d)
        case .scalar(let s): return try hash(ArrayConversion.pythonValue(s))
        case .str(let s): return hashString(s)
        case .bytes(let b): return hashBytes(b)
        case .tuple(let items): return try hashTuple(items)
        case .range(let r):
            let b = r.bounds
            return try hashTuple([.integer(b.count), .integer(b.start), .integer(b.step)])
        case .set(let s) where s.isFrozen: return try hashFrozenSet(s)
        case .list, .dict, .set, .ndarray, .slice:
            throw RuntimeError.typeError("unhashable type: '\(value.typeName)'")
        case .function(let o): return identity(o)
        case .builtin(let o): return identity(o)
        case .boundMethod(let o): return identity(o)
        case .module(let o): return identity(o)
        case .type(let o): return identity(o)
        case .exception(let o): return identity(o)
        case .iterator(let o): return identity(o)
        case .object(let o): return identity(o)
        case .instance(let o): return try Operations.hashInstance(o)
        case .cell(let o): return identity(o)
        case .undefined: return 0
        }
    }

    static func identity(_ object: AnyObject) -> Int {
        Int(bitPattern: UInt(bitPattern: ObjectIdentifier(object).hashValue) >> 4)
    }

    /// CPython's integer hash: the value modulo 2**61 − 1, with −1 mapped to −2.
    public static func hashInt(_ i: Int) -> Int {
        // Below the modulus in magnitude, an integer is its own hash (no division).
        if i > -Int(modulus), i < Int(modulus) { return i == -1 ? -2 : i }
        let magnitude = UInt64(i.magnitude) % modulus
        var h = i < 0 ? -Int(magnitude) : Int(magnitude)
        if h == -1 { h = -2 }
        return h
    }

    /// CPython's integer hash for integers of any size.
    public static func hashBigInt(_ b: BigInt) -> Int {
        let magnitude = Int(b.magnitudeRemainder(UInt(modulus)))
        var h = b.isNegative ? -magnitude : magnitude
        if h == -1 { h = -2 }
        return h
    }

    /// CPython's float hash; integral floats hash like the integer.
    public static func hashDouble(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(), abs(d) < 9.2e18 { return hashInt(Int(d)) }
        var e = Int(abs(d).exponent) + 1
        var m = abs(d) / Double(sign: .plus, exponent: e, significand: 1)
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> (61 - 28))
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(e)) & modulus) | (x >> UInt64(61 - e))
        var h = Int(x)
        if d < 0 { h = -h }
        if h == -1 { h = -2 }
        return h
    }

    /// A deterministic string hash, so set iteration order is the same in every run: strings of up to 15 bytes
    /// (most dict keys) are mixed as two words, read straight from a small string's storage; longer ones are
    /// hashed byte by byte (FNV-1a). The hash depends only on the bytes, however the string is stored.
    public static func hashString(_ s: String) -> Int {
        if let (lo, hi, count) = SmallString.words(s) { return hashShort(lo, hi, count) }
        return s.utf8.withContiguousStorageIfAvailable { hashUTF8($0) } ?? Array(s.utf8).withUnsafeBufferPointer {
            hashUTF8($0)
        }
    }

    /// The hash of a string's UTF-8 bytes.
    private static func hashUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        guard n <= 15 else { return fnv1a(bytes) }
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in 0..<min(n, 8) { lo |= UInt64(bytes[k]) << UInt64(8 * k) }
        if n > 8 { for k in 8..<n { hi |= UInt64(bytes[k]) << UInt64(8 * (k - 8)) } }
        return hashShort(lo, hi, n)
    }

    /// The hash of up to 15 bytes: the first eight in `lo` and the rest in `hi`, from the low byte up, so
    /// that each byte's position is its place in the word (the layout of Swift's small strings).
    @inline(__always)
    private static func hashShort(_ lo: UInt64, _ hi: UInt64, _ count: Int) -> Int {
        var h = (lo ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h = (h << 31 | h >> 33) ^ hi ^ UInt64(count) << 56
        h = (h ^ (h >> 30)) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        let r = Int(bitPattern: UInt(h))
        return r == -1 ? -2 : r
    }

    static func hashBytes(_ b: [UInt8]) -> Int {
        b.withUnsafeBufferPointer { fnv1a($0) }
    }

    @inline(__always)
    private static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x100000001b3
        }
        let r = Int(bitPattern: UInt(h))
        return r == -1 ? -2 : r
    }

    /// CPython's frozenset hash: the elements' hashes shuffled and combined by xor (so order does not matter),
    /// then the size, then a final dispersion; cached on the set.
    static func hashFrozenSet(_ s: SetObject) throws -> Int {
        if let cached = s.frozenHash { return cached }
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        for element in s.elements { hash ^= shuffle(UInt(bitPattern: try PythonHash.hash(element))) }
        hash ^= (UInt(s.count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt.max { hash = 590923713 }
        let result = Int(bitPattern: hash)
        s.frozenHash = result
        return result
    }

    /// CPython 3.8+'s xxHash-based tuple hash.
    static func hashTuple(_ items: [Value]) throws -> Int {
        let prime1: UInt64 = 11400714785074694791
        let prime2: UInt64 = 14029467366897019727
        let prime5: UInt64 = 2870177450012600261
        var acc: UInt64 = prime5
        try items.withUnsafeBufferPointer { buffer in
            for i in buffer.indices {
                // Ints and strings, the usual items of key tuples, are hashed without the general switch.
                let h: Int
                switch buffer[i] {
                case .int(let n): h = hashInt(n)
                case .str(let s): h = hashString(s)
                default: h = try hash(buffer[i])
                }
                let lane = UInt64(bitPattern: Int64(h))
                acc = acc &+ lane &* prime2
                acc = (acc << 31) | (acc >> 33)
                acc = acc &* prime1
            }
        }
        acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(bitPattern: UInt(acc))
    }
}
