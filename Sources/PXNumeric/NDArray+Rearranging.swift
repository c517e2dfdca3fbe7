// MARK: - tile, repeat, flip, roll

extension NDArray {
    /// numpy's `flip(axis)`: a view with the axes (all when nil) reversed.
    public func flipped(_ axes: [Int]? = nil) throws(NumericError) -> NDArray {
        let chosen = try reductionAxes(axes, ufunc: false)
        var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: ndim)
        for a in chosen { items[a] = .slice(start: nil, stop: nil, step: -1) }
        return try basicView(items)
    }

    /// numpy's `roll(shift, axis)`: elements shifted along an axis (the flattened array when nil), wrapping.
    public func rolled(_ shift: Int, axis: Int?) throws(NumericError) -> NDArray {
        guard let axis else {
            return try raveled().rolled(shift, axis: 0).reshaped(shape)
        }
        let a = try Shape.normalize(axis: axis, ndim: ndim)
        let n = shape[a]
        let result = try NDArray.empty(shape: shape, dtype: dtype)
        guard n > 0, count > 0 else { return result }
        let k = ((shift % n) + n) % n
        var source = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: ndim)
        var target = source
        source[a] = .slice(start: 0, stop: n - k, step: 1)
        target[a] = .slice(start: k, stop: n, step: 1)
        try result.basicView(target).assign(from: try basicView(source))
        source[a] = .slice(start: n - k, stop: n, step: 1)
        target[a] = .slice(start: 0, stop: k, step: 1)
        try result.basicView(target).assign(from: try basicView(source))
        return result
    }

    /// numpy's `repeat(repeats, axis)`: each element (or slice along the axis) repeated; `repeats` is one
    /// count or one per element.
    /// - Throws: `ValueError: negative dimensions are not allowed`, a length mismatch `ValueError`.
    public func repeated(_ repeats: [Int], axis: Int?) throws(NumericError) -> NDArray {
        let source = axis == nil || ndim == 0 ? try raveled() : self
        let a = axis == nil ? 0 : try Shape.normalize(axis: axis!, ndim: source.ndim)
        let n = source.shape[a]
        guard repeats.count == 1 || repeats.count == n else {
            throw .value("operands could not be broadcast together with shape (\(n),) (\(repeats.count),)")
        }
        if repeats.contains(where: { $0 < 0 }) { throw .value("repeats may not contain negative values.") }
        let counts = repeats.count == 1 ? [Int](repeating: repeats[0], count: n) : repeats
        var shape = source.shape
        shape[a] = counts.reduce(0, +)
        let result = try NDArray.empty(shape: shape, dtype: dtype)
        var position = 0
        let full = IndexItem.slice(start: nil, stop: nil, step: nil)
        for (i, c) in counts.enumerated() where c > 0 {
            var from = [IndexItem](repeating: full, count: source.ndim)
            var to = from
            from[a] = .slice(start: i, stop: i + 1, step: 1)
            to[a] = .slice(start: position, stop: position + c, step: 1)
            try result.basicView(to).assign(from: try source.basicView(from))
            position += c
        }
        return result
    }

    /// numpy's `tile(reps)`: the array repeated along each axis.
    public func tiled(_ reps: [Int]) throws(NumericError) -> NDArray {
        if reps.contains(where: { $0 < 0 }) { throw .value("negative dimensions are not allowed") }
        let rank = max(ndim, reps.count)
        let base = atLeastRank(rank)
        let r = [Int](repeating: 1, count: rank - reps.count) + reps
        // A view with an extra repeated axis before each axis, then a copy collapsing each pair.
        var shape: [Int] = [], strides: [Int] = []
        for d in 0..<rank {
            shape += [r[d], base.shape[d]]
            strides += [0, base.strides[d]]
        }
        let expanded = base.view(shape: shape, strides: strides, offset: base.offset)
        let copy = try expanded.copy()
        return try copy.reshaped((0..<rank).map { r[$0] * base.shape[$0] })
    }

    /// A view with leading size-1 axes up to `rank`.
    func atLeastRank(_ rank: Int) -> NDArray {
        if ndim >= rank { return self }
        let pad = rank - ndim
        return view(shape: [Int](repeating: 1, count: pad) + shape, strides: [Int](repeating: 0, count: pad) + strides,
                    offset: offset)
    }
}
