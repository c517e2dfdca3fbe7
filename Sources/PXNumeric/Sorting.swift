/// Sorting of numeric runs through order-preserving unsigned keys: floats map to keys whose unsigned order is
/// numpy's order (-inf … -0 0 … inf, NaN last), signed integers flip their sign bit. Long runs are sorted by
/// a least-significant-digit radix sort (8-bit digits, passes whose digit is the same everywhere skipped),
/// short ones by comparison; both are stable, so `argsort` keeps equal elements in index order.
enum Sorting {
    /// Below this length runs are sorted by comparison.
    static let radixThreshold = 512

    /// The order-preserving key of a float64 (every NaN gets the largest key).
    @inline(__always) static func key(_ d: Double) -> UInt64 {
        if d.isNaN { return UInt64.max }
        let bits = d.bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    @inline(__always) static func double(_ k: UInt64) -> Double {
        if k == UInt64.max { return .nan }
        return Double(bitPattern: k & (1 << 63) != 0 ? k & ~(1 << 63) : ~k)
    }

    /// Sorts `n` keys in place (and `indices` along with them, when given).
    static func sort(_ keys: UnsafeMutablePointer<UInt64>, _ n: Int, indices: UnsafeMutablePointer<Int64>?) {
        if n < 2 { return }
        if n < radixThreshold {
            insertionOrMerge(keys, n, indices)
            return
        }
        radix(keys, n, indices)
    }

    private static func insertionOrMerge(_ keys: UnsafeMutablePointer<UInt64>, _ n: Int,
                                         _ indices: UnsafeMutablePointer<Int64>?) {
        if let indices {
            var pairs = (0..<n).map { (keys[$0], indices[$0]) }
            // Swift's sort is introsort (not stable): ties broken by index make it stable.
            pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            for i in 0..<n {
                keys[i] = pairs[i].0
                indices[i] = pairs[i].1
            }
        } else {
            var buffer = UnsafeMutableBufferPointer(start: keys, count: n)
            buffer.sort()
        }
    }

    private static func radix(_ keys: UnsafeMutablePointer<UInt64>, _ n: Int, _ indices: UnsafeMutablePointer<Int64>?) {
        var counts = [Int](repeating: 0, count: 8 * 256)
        counts.withUnsafeMutableBufferPointer { c in
            for i in 0..<n {
                let k = keys[i]
                c[Int(k & 0xff)] += 1
                c[256 + Int((k >> 8) & 0xff)] += 1
                c[512 + Int((k >> 16) & 0xff)] += 1
                c[768 + Int((k >> 24) & 0xff)] += 1
                c[1024 + Int((k >> 32) & 0xff)] += 1
                c[1280 + Int((k >> 40) & 0xff)] += 1
                c[1536 + Int((k >> 48) & 0xff)] += 1
                c[1792 + Int(k >> 56)] += 1
            }
        }
        let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
        let scratchIndices = indices.map { _ in UnsafeMutablePointer<Int64>.allocate(capacity: n) }
        defer {
            scratch.deallocate()
            scratchIndices?.deallocate()
        }
        var source = keys, target = scratch
        var sourceIndices = indices, targetIndices = scratchIndices
        var offsets = [Int](repeating: 0, count: 256)
        for pass in 0..<8 {
            let base = pass * 256
            // A digit that is the same in every key changes nothing.
            if counts[base + Int((source[0] >> (UInt64(pass) * 8)) & 0xff)] == n { continue }
            var total = 0
            for d in 0..<256 {
                offsets[d] = total
                total += counts[base + d]
            }
            let shift = UInt64(pass) * 8
            offsets.withUnsafeMutableBufferPointer { o in
                if let si = sourceIndices, let ti = targetIndices {
                    for i in 0..<n {
                        let k = source[i]
                        let d = Int((k >> shift) & 0xff)
                        let at = o[d]
                        target[at] = k
                        ti[at] = si[i]
                        o[d] = at + 1
                    }
                } else {
                    for i in 0..<n {
                        let k = source[i]
                        let d = Int((k >> shift) & 0xff)
                        target[o[d]] = k
                        o[d] += 1
                    }
                }
            }
            swap(&source, &target)
            swap(&sourceIndices, &targetIndices)
        }
        if source != keys {
            keys.update(from: source, count: n)
            if let indices, let si = sourceIndices { indices.update(from: si, count: n) }
        }
    }
}

extension NDArray {
    /// numpy's `sort(axis)`: a sorted copy (along the last axis by default; the flattened array when nil).
    public func sorted(axis: Int? = -1) throws(NumericError) -> NDArray {
        let source = axis == nil ? try raveled() : self
        let result = try source.copy()
        try result.sortInPlace(axis: axis == nil ? 0 : axis!)
        return result
    }

    /// numpy's `a.sort(axis)`: sorts the array's own elements along an axis.
    public func sortInPlace(axis: Int = -1) throws(NumericError) {
        try checkWritable()
        guard ndim > 0 else { throw NumericError.axis(axis, ndim: 0) }
        let a = try Shape.normalize(axis: axis, ndim: ndim)
        try forEachLine(along: a) { line throws(NumericError) in
            let n = line.count
            guard n > 1 else { return }
            var keys = try line.sortKeys()
            keys.withUnsafeMutableBufferPointer { Sorting.sort($0.baseAddress!, n, indices: nil) }
            line.store(keys: keys)
        }
    }

    /// numpy's `argsort(axis)`: the int64 positions that sort each line (stable: equal elements keep their order).
    public func argsorted(axis: Int? = -1) throws(NumericError) -> NDArray {
        // numpy sorts a 0-d array's positions as those of one element on one axis.
        let source = axis == nil || ndim == 0 ? try raveled() : self
        guard source.ndim > 0 else { throw NumericError.axis(axis ?? 0, ndim: 0) }
        let a = try Shape.normalize(axis: axis ?? 0, ndim: source.ndim)
        let result = try NDArray.empty(shape: source.shape, dtype: .int64)
        let resultLines = try result.lines(along: a)
        var k = 0
        try source.forEachLine(along: a) { line throws(NumericError) in
            let n = line.count
            var keys = try line.sortKeys()
            var order = (0..<Int64(n)).map { $0 }
            keys.withUnsafeMutableBufferPointer { kb in
                order.withUnsafeMutableBufferPointer { ob in Sorting.sort(kb.baseAddress!, n, indices: ob.baseAddress!) }
            }
            let target = resultLines[k]
            for i in 0..<n { target.pointer.storeBytes(of: order[i], toByteOffset: i * target.strides[0], as: Int64.self) }
            k += 1
        }
        return result
    }

    /// The 1-D views along `axis`, one per position of the other axes (row-major).
    func lines(along axis: Int) throws(NumericError) -> [NDArray] {
        var otherShape = shape, otherStrides = strides
        otherShape.remove(at: axis)
        otherStrides.remove(at: axis)
        let offsets = view(shape: otherShape, strides: otherStrides, offset: 0).elementByteOffsets()
        return offsets.map { view(shape: [shape[axis]], strides: [strides[axis]], offset: offset + $0) }
    }

    func forEachLine(along axis: Int, _ body: (NDArray) throws(NumericError) -> Void) throws(NumericError) {
        guard count > 0 else { return }
        for line in try lines(along: axis) { try body(line) }
    }

    /// The order-preserving keys of a 1-D array's elements.
    func sortKeys() throws(NumericError) -> [UInt64] {
        var keys = [UInt64](repeating: 0, count: count)
        let s = strides[0]
        let p = UnsafeRawPointer(pointer)
        switch dtype {
        case .float64: for i in 0..<count { keys[i] = Sorting.key(p.load(fromByteOffset: i * s, as: Double.self)) }
        case .float32: for i in 0..<count { keys[i] = Sorting.key(Double(p.load(fromByteOffset: i * s, as: Float.self))) }
        case .int64:
            for i in 0..<count { keys[i] = UInt64(bitPattern: p.load(fromByteOffset: i * s, as: Int64.self)) ^ (1 << 63) }
        case .int32:
            for i in 0..<count {
                keys[i] = UInt64(bitPattern: Int64(p.load(fromByteOffset: i * s, as: Int32.self))) ^ (1 << 63)
            }
        case .bool: for i in 0..<count { keys[i] = p.load(fromByteOffset: i * s, as: UInt8.self) != 0 ? 1 : 0 }
        case .complex128: preconditionFailure("internal inconsistency: complex128 arrays have no sort keys")
        }
        return keys
    }

    /// Writes sorted keys back as elements of a 1-D array.
    func store(keys: [UInt64]) {
        let s = strides[0]
        let p = pointer
        switch dtype {
        case .float64: for i in 0..<count { p.storeBytes(of: Sorting.double(keys[i]), toByteOffset: i * s, as: Double.self) }
        case .float32:
            for i in 0..<count { p.storeBytes(of: Float(Sorting.double(keys[i])), toByteOffset: i * s, as: Float.self) }
        case .int64:
            for i in 0..<count { p.storeBytes(of: Int64(bitPattern: keys[i] ^ (1 << 63)), toByteOffset: i * s, as: Int64.self) }
        case .int32:
            for i in 0..<count {
                p.storeBytes(of: Int32(truncatingIfNeeded: Int64(bitPattern: keys[i] ^ (1 << 63))), toByteOffset: i * s,
                             as: Int32.self)
            }
        case .bool: for i in 0..<count { p.storeBytes(of: UInt8(keys[i]), toByteOffset: i * s, as: UInt8.self) }
        case .complex128: preconditionFailure("internal inconsistency: complex128 arrays have no sort keys")
        }
    }
}
