import CArrayKernels

// MARK: - Reductions over axes

extension NDArray {
    /// The normalized, distinct axes of a reduction (all axes when nil).
    /// - Throws: `AxisError`, `ValueError: duplicate value in 'axis'`.
    /// - Parameter ufunc: whether the ufunc rules apply, which let a 0-d array be reduced over axis 0 or -1
    ///   (`mean`, `var` and `std` check axes strictly).
    public func reductionAxes(_ axes: [Int]?, ufunc: Bool = true) throws(NumericError) -> [Int] {
        guard let axes else { return Array(0..<ndim) }
        if ufunc && ndim == 0, axes.allSatisfy({ $0 == 0 || $0 == -1 }) { return [] }
        var result: [Int] = []
        for a in axes {
            let n = try Shape.normalize(axis: a, ndim: ndim)
            if result.contains(n) { throw .value("duplicate value in 'axis'") }
            result.append(n)
        }
        return result.sorted()
    }

    /// numpy's `sum`, `prod`, `min`, `max`, `any` and `all` over `axes` (all when nil).
    /// - Parameters:
    ///   - op: the reduction.
    ///   - axes: the axes to reduce (nil: all).
    ///   - keepdims: keep the reduced axes with length 1.
    ///   - dtype: the accumulator and result dtype (default numpy's: int64 for small integer sums …).
    /// - Returns: the result array (0-d for a full reduction without `keepdims`).
    /// - Throws: `AxisError`, `ValueError: zero-size array to reduction operation maximum which has no
    ///   identity`, `MemoryError`.
    public func reduce(_ op: Reduction, axes: [Int]? = nil, keepdims: Bool = false,
                       dtype requested: DType? = nil) throws(NumericError) -> NDArray {
        let axes = try reductionAxes(axes)
        let accType = requested ?? op.defaultType(for: dtype)
        if dtype.isComplex || accType.isComplex {
            throw .type("swiftpx has no complex128 loop for the reduction '\(op.ufuncName)'")
        }
        let reduced = Set(axes)
        let keptShape = shape.indices.map { reduced.contains($0) ? 1 : shape[$0] }
        let outShape = keepdims ? keptShape : shape.indices.filter { !reduced.contains($0) }.map { shape[$0] }
        let result = try NDArray.empty(shape: keptShape, dtype: accType)
        if let identity = op.identity {
            result.fill(identity)
        } else {
            guard !axes.contains(where: { shape[$0] == 0 }) else {
                throw .value("zero-size array to reduction operation \(op.ufuncName) which has no identity")
            }
            guard count > 0 else { return try result.reshaped(outShape) }
            // min and max start from the first element along the reduced axes.
            let first = try basicView(shape.indices.map { reduced.contains($0) ? .integer(0) : .slice(start: nil, stop: nil, step: nil) })
            result.assignUnchecked(from: first.reshapedView(keptShape))
        }
        if count > 0 {
            let source = try converted(to: accType)
            let castBefore = source !== self
            try source.reduceInto(result, op, accType: accType, chunked: castBefore)
        }
        return NDArray(buffer: result.buffer, dtype: accType, shape: outShape)
    }

    /// Reduces this array into `result` (the kept shape, filled with the start values).
    private func reduceInto(_ result: NDArray, _ op: Reduction, accType: DType, chunked: Bool) throws(NumericError) {
        let kernels = ReductionKernels.make(op, accType)
        let target = result
        let loop = StridedLoop(shape: shape, strides: [strides, target.broadcastStrides(to: shape)], orderBy: 0)
        let si = loop.innerStride(0), so = loop.innerStride(1)
        let full = loop.strides[1].allSatisfy { $0 == 0 }
        if op == .sum && accType.isFloat && full && (loop.shape.count > 1 || chunked) && count > PairwiseSum.chunk {
            // numpy buffers non-contiguous (and cast) full sums in chunks of 8192 and sums each pairwise.
            try chunkedSum(into: target, loop: loop)
            return
        }
        if op == .sum && addRows(into: target, loop: loop) { return }
        loop.forEachRun(pointer, target.pointer) { n, p, o, _ in
            if so == 0 {
                kernels.reduceRun(n, UnsafeRawPointer(p), si, o!)
            } else {
                kernels.accumulateRun(n, UnsafeRawPointer(o!), so, UnsafeRawPointer(p), si, o!, so)
            }
        }
    }

    /// A float sum over the outer axis of a two-axis loop whose inner axis is contiguous in the input and in the
    /// result (`m.sum(axis=0)` of a C-ordered matrix), by the C loop that adds eight rows per pass over the
    /// result; each result element still adds the rows one after another, as numpy's loop does.
    /// - Returns: whether the loop had that form and the sum is done.
    private func addRows(into target: NDArray, loop: StridedLoop) -> Bool {
        guard loop.shape.count == 2, loop.strides[1][0] == 0, dtype == target.dtype else { return false }
        let size = itemSize, rowStride = loop.strides[0][0]
        guard loop.innerStride(0) == size, loop.innerStride(1) == size, rowStride % size == 0 else { return false }
        switch dtype {
        case .float64:
            pxk_add_rows_f64(target.pointer.assumingMemoryBound(to: Double.self), pointer.assumingMemoryBound(to: Double.self),
                             loop.shape[0], rowStride / size, loop.shape[1])
        case .float32:
            pxk_add_rows_f32(target.pointer.assumingMemoryBound(to: Float.self), pointer.assumingMemoryBound(to: Float.self),
                             loop.shape[0], rowStride / size, loop.shape[1])
        default:
            return false
        }
        return true
    }

    /// A full float sum in numpy's buffered order: consecutive chunks of 8192 elements, each summed pairwise.
    private func chunkedSum(into target: NDArray, loop: StridedLoop) throws(NumericError) {
        let chunk = try NDArray.empty(shape: [PairwiseSum.chunk], dtype: dtype)
        let size = itemSize
        let si = loop.innerStride(0)
        var filled = 0
        let copy = CastKernels.copyRun(dtype)
        let add = ReductionKernels.make(.sum, dtype).reduceRun
        loop.forEachRun(pointer, target.pointer) { n, p, o, _ in
            var start = 0
            while start < n {
                let take = Swift.min(n - start, PairwiseSum.chunk - filled)
                copy(take, UnsafeRawPointer(p + start * si), si, chunk.pointer + filled * size, size)
                filled += take
                start += take
                if filled == PairwiseSum.chunk {
                    add(filled, UnsafeRawPointer(chunk.pointer), size, o!)
                    filled = 0
                }
            }
        }
        if filled > 0 { add(filled, UnsafeRawPointer(chunk.pointer), size, target.pointer) }
    }

    /// A view with another shape of the same count, for internal shapes known to fit the layout (size-1 axes).
    func reshapedView(_ newShape: [Int]) -> NDArray {
        var newStrides: [Int] = []
        var k = 0
        let kept = shape.indices.filter { shape[$0] != 1 }
        for d in newShape {
            if d == 1 {
                newStrides.append(0)
            } else {
                newStrides.append(strides[kept[k]])
                k += 1
            }
        }
        return view(shape: newShape, strides: newStrides, offset: offset)
    }

    /// The number of nonzero elements.
    public func countNonzero() throws(NumericError) -> Int {
        if count == 0 { return 0 }
        if dtype == .bool && isCContiguous {
            return pxk_count_nonzero_u8(pointer.assumingMemoryBound(to: UInt8.self), count)
        }
        let flags = try cast(to: .bool)
        return try flags.countNonzero()
    }
}

extension PairwiseSum {
    /// numpy's buffer size: the chunk length of buffered reductions.
    static let chunk = 8192
}
