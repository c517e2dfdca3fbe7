// MARK: - Copies, casts and assignment

extension NDArray {
    /// A C-contiguous copy with its own memory (numpy's `copy()`).
    /// - Throws: `MemoryError`.
    public func copy() throws(NumericError) -> NDArray {
        try cast(to: dtype)
    }

    /// A new C-contiguous array of `dtype` holding the elements cast as numpy's `astype` does (unsafe casting:
    /// floats truncate toward zero, integers wrap, nonzero is True).
    /// - Throws: `MemoryError`.
    public func cast(to dtype: DType) throws(NumericError) -> NDArray {
        let result = try NDArray.empty(shape: shape, dtype: dtype)
        result.assignUnchecked(from: self)
        return result
    }

    /// numpy's order `'K'` copy (`np.copy`, `astype`, `np.array` of an array): the new array's memory keeps the
    /// order of this array's axes in memory (a transposed array's copy is Fortran-ordered), strides positive.
    public func copyKeepingLayout(as dtype: DType? = nil) throws(NumericError) -> NDArray {
        let target = dtype ?? self.dtype
        guard ndim > 1, !isCContiguous else { return try cast(to: target) }
        // Axes from the largest stride to the smallest (ties keep their order), as numpy's stride permutation.
        var order = Array(shape.indices)
        for i in order.indices.dropFirst() {
            var j = i
            while j > 0 && Swift.abs(strides[order[j - 1]]) < Swift.abs(strides[order[j]]) {
                order.swapAt(j - 1, j)
                j -= 1
            }
        }
        let permuted = try NDArray.empty(shape: order.map { shape[$0] }, dtype: target)
        var newStrides = [Int](repeating: 0, count: ndim)
        for (k, axis) in order.enumerated() { newStrides[axis] = permuted.strides[k] }
        let result = NDArray(buffer: permuted.buffer, dtype: target, shape: shape, strides: newStrides)
        result.assignUnchecked(from: self)
        return result
    }

    /// Self when already C-contiguous, else a C-contiguous copy.
    public func contiguous() throws(NumericError) -> NDArray {
        isCContiguous ? self : try copy()
    }

    /// Writes the elements in C order to `destination` (``byteCount`` bytes, no alignment needed): how a view that is
    /// not contiguous is made contiguous where it is sent (a memory segment, a message), in one copy.
    public func copyElements(to destination: UnsafeMutableRawPointer) {
        guard count > 0 else { return }
        let size = dtype.itemSize
        let loop = StridedLoop(shape: shape, strides: [Shape.contiguousStrides(shape, itemSize: size), strides])
        let sd = loop.innerStride(0), ss = loop.innerStride(1)
        let run: (Int, UnsafeMutableRawPointer, UnsafeRawPointer) -> Void
        switch size {
        case 1: run = { n, d, s in Self.gather(n, d, sd, s, ss, as: UInt8.self) }
        case 4: run = { n, d, s in Self.gather(n, d, sd, s, ss, as: UInt32.self) }
        case 16: run = { n, d, s in Self.gather(n, d, sd, s, ss, as: Complex128.self) }
        default: run = { n, d, s in Self.gather(n, d, sd, s, ss, as: UInt64.self) }
        }
        loop.forEachRun(destination, pointer) { n, d, s, _ in
            if let s { run(n, d, UnsafeRawPointer(s)) }
        }
    }

    /// Copies a run of `n` elements of type `T` between strided memories; the destination may be unaligned.
    @inline(__always)
    private static func gather<T>(_ n: Int, _ d: UnsafeMutableRawPointer, _ ds: Int, _ s: UnsafeRawPointer, _ ss: Int,
                                  as _: T.Type) {
        let size = MemoryLayout<T>.stride
        if ss == size && ds == size {
            d.copyMemory(from: s, byteCount: n * size)
            return
        }
        var p = s, q = d
        for _ in 0..<n {
            q.storeBytes(of: p.loadUnaligned(as: T.self), as: T.self)
            p += ss
            q += ds
        }
    }

    /// Self when the dtype is `dtype`, else a cast copy.
    public func converted(to dtype: DType) throws(NumericError) -> NDArray {
        self.dtype == dtype ? self : try cast(to: dtype)
    }

    /// Copies `source` into this array, broadcasting it to this shape and casting to this dtype (numpy's
    /// `a[...] = source`).
    /// - Throws: numpy's broadcast `ValueError` (`could not broadcast input array from shape (3,) into shape
    ///   (2,)`), or `ValueError: assignment destination is read-only`.
    public func assign(from source: NDArray) throws(NumericError) {
        try checkWritable()
        guard NDArray.canBroadcast(source.shape, to: shape) else {
            throw .value("could not broadcast input array from shape \(Shape.describe(source.shape)) into shape "
                + "\(Shape.describe(shape))")
        }
        if count == 0 { return }
        // Overlapping memory (a[1:] = a[:-1]) is copied through a temporary, as numpy does.
        let from = buffer === source.buffer && source.count > 1 ? try source.copy() : source
        assignUnchecked(from: from)
    }

    /// Sets every element to `value` (cast to the dtype).
    public func fill(_ value: ArrayScalar) {
        guard count > 0 else { return }
        let v = value.cast(to: dtype)
        if dtype.isComplex {
            fill(bytesOf: Complex128(v.doubleValue))
            return
        }
        fill(bytesOf: v.bits)
    }

    /// Sets every element to the bytes of `element` (the dtype's element, or its low bytes).
    private func fill<T>(bytesOf element: T) {
        withUnsafeBytes(of: element) { bytes in
            let run = CastKernels.copyRun(dtype)
            let loop = StridedLoop(shape: shape, strides: [strides])
            let step = loop.innerStride(0)
            loop.forEachRun(pointer) { n, p, _, _ in run(n, bytes.baseAddress!, 0, p, step) }
        }
    }

    /// Copies `source` (broadcast-compatible, any dtype) into this array without checks.
    func assignUnchecked(from source: NDArray) {
        guard count > 0 else { return }
        let run = CastKernels.run(from: source.dtype, to: dtype)
        let loop = StridedLoop(shape: shape, strides: [strides, source.broadcastStrides(to: shape)])
        let sd = loop.innerStride(0), ss = loop.innerStride(1)
        loop.forEachRun(pointer, source.pointer) { n, d, s, _ in run(n, UnsafeRawPointer(s!), ss, d, sd) }
    }

    /// Whether `shape` broadcasts to `target` (numpy's one-way rule for assignment and `out=`).
    static func canBroadcast(_ shape: [Int], to target: [Int]) -> Bool {
        // Leading size-1 axes beyond the target's rank are allowed (a[0] = [[1, 2]]).
        var s = shape
        while s.count > target.count, s.first == 1 { s.removeFirst() }
        guard s.count <= target.count else { return false }
        let pad = target.count - s.count
        for (i, d) in s.enumerated() where d != 1 && d != target[i + pad] { return false }
        return true
    }

    /// Throws numpy's error when the array may not be written.
    func checkWritable() throws(NumericError) {
        if !buffer.isWritable { throw .value("assignment destination is read-only") }
    }
}
