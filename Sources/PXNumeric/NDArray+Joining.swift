// MARK: - concatenate, stack, split

extension NDArray {
    /// numpy's `concatenate(arrays, axis)` (axis nil: the arrays flattened).
    /// - Throws: numpy's `ValueError`s (no arrays, 0-d arrays, different ranks, mismatched sizes), `AxisError`.
    public static func concatenate(_ arrays: [NDArray], axis: Int? = 0, dtype: DType? = nil) throws(NumericError) -> NDArray {
        guard let first = arrays.first else { throw .value("need at least one array to concatenate") }
        var parts = arrays
        var axisIndex = 0
        if axis == nil {
            parts = try arrays.map { a throws(NumericError) in try a.reshaped([a.count]) }
        } else {
            if first.ndim == 0 { throw .value("zero-dimensional arrays cannot be concatenated") }
            axisIndex = try Shape.normalize(axis: axis!, ndim: first.ndim)
        }
        let ndim = parts[0].ndim
        for (i, a) in parts.enumerated().dropFirst() {
            guard a.ndim == ndim else {
                throw .value("all the input arrays must have same number of dimensions, but the array at index 0 has "
                    + "\(ndim) dimension(s) and the array at index \(i) has \(a.ndim) dimension(s)")
            }
            for d in 0..<ndim where d != axisIndex && a.shape[d] != parts[0].shape[d] {
                throw .value("all the input array dimensions except for the concatenation axis must match exactly, but "
                    + "along dimension \(d), the array at index 0 has size \(parts[0].shape[d]) and the array at index "
                    + "\(i) has size \(a.shape[d])")
            }
        }
        let resultType = dtype ?? parts.dropFirst().reduce(parts[0].dtype) { DType.promote($0, $1.dtype) }
        var shape = parts[0].shape
        shape[axisIndex] = parts.reduce(0) { $0 + $1.shape[axisIndex] }
        let result = try NDArray.empty(shape: shape, dtype: resultType)
        var start = 0
        for a in parts {
            let length = a.shape[axisIndex]
            var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: ndim)
            items[axisIndex] = .slice(start: start, stop: start + length, step: 1)
            try result.basicView(items).assign(from: a)
            start += length
        }
        return result
    }

    /// numpy's `stack(arrays, axis)`: the arrays (all of one shape) along a new axis.
    public static func stack(_ arrays: [NDArray], axis: Int = 0) throws(NumericError) -> NDArray {
        guard let first = arrays.first else { throw .value("need at least one array to stack") }
        guard arrays.allSatisfy({ $0.shape == first.shape }) else { throw .value("all input arrays must have the same shape") }
        let position = try Shape.normalize(axis: axis, ndim: first.ndim + 1)
        let expanded = try arrays.map { a throws(NumericError) in try a.expandingDims([position]) }
        return try concatenate(expanded, axis: position)
    }

    /// numpy's `atleast_1d`, `atleast_2d`: views with leading (and for 1-D to 3-D, trailing) size-1 axes.
    public func atLeast(_ rank: Int) -> NDArray {
        if ndim >= rank { return self }
        if rank == 2 || ndim == 0 {
            var s = shape, st = strides
            while s.count < rank { s.insert(1, at: 0); st.insert(0, at: 0) }
            return view(shape: s, strides: st, offset: offset)
        }
        // atleast_3d: (N,) → (1, N, 1), (M, N) → (M, N, 1).
        if ndim == 1 { return view(shape: [1, shape[0], 1], strides: [0, strides[0], 0], offset: offset) }
        return view(shape: shape + [1], strides: strides + [0], offset: offset)
    }

    /// numpy's `vstack`: rows on top of each other.
    public static func vstack(_ arrays: [NDArray]) throws(NumericError) -> NDArray {
        try concatenate(arrays.map { $0.atLeast(2) }, axis: 0)
    }

    /// numpy's `hstack`: side by side (1-D arrays end to end).
    public static func hstack(_ arrays: [NDArray]) throws(NumericError) -> NDArray {
        let parts = arrays.map { $0.atLeast(1) }
        return try concatenate(parts, axis: parts.first?.ndim == 1 ? 0 : 1)
    }

    /// numpy's `column_stack`: 1-D arrays become columns.
    public static func columnStack(_ arrays: [NDArray]) throws(NumericError) -> NDArray {
        let parts = arrays.map { a -> NDArray in
            a.ndim < 2 ? a.atLeast(1).view(shape: [a.count, 1], strides: [a.ndim == 0 ? 0 : a.strides[0], 0],
                                           offset: a.offset) : a
        }
        return try concatenate(parts, axis: 1)
    }

    /// numpy's `dstack`: along a third axis.
    public static func dstack(_ arrays: [NDArray]) throws(NumericError) -> NDArray {
        try concatenate(arrays.map { $0.atLeast(3) }, axis: 2)
    }

    /// numpy's `array_split` (`split` when `equal`): views of consecutive parts along an axis.
    /// - Parameters:
    ///   - sections: a number of parts (the first `n % k` one longer), or nil when `indices` are given.
    ///   - indices: the positions where parts start (clipped to the axis).
    ///   - equal: `split`'s rule: the parts must all have the same length.
    /// - Throws: `ValueError: array split does not result in an equal division`,
    ///   `ValueError: number sections must be larger than 0.`, `AxisError`.
    public func split(sections: Int?, indices: [Int] = [], axis: Int = 0, equal: Bool = false) throws(NumericError) -> [NDArray] {
        let axisIndex = try Shape.normalize(axis: axis, ndim: ndim)
        let length = shape[axisIndex]
        var bounds: [(Int, Int)] = []
        if let k = sections {
            guard k > 0 else { throw .value("number sections must be larger than 0.") }
            if equal && length % k != 0 { throw .value("array split does not result in an equal division") }
            let base = length / k, extra = length % k
            var start = 0
            for i in 0..<k {
                let size = base + (i < extra ? 1 : 0)
                bounds.append((start, start + size))
                start += size
            }
        } else {
            var starts = [0] + indices
            starts.append(length)
            for (a, b) in zip(starts, starts.dropFirst()) { bounds.append((a, b)) }
        }
        return try bounds.map { (a, b) throws(NumericError) -> NDArray in
            var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: ndim)
            items[axisIndex] = .slice(start: a, stop: b, step: 1)
            return try basicView(items)
        }
    }
}
