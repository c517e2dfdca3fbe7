// MARK: - Views: reshape, transpose, squeeze, broadcast

extension NDArray {
    /// A view of the same memory with other shape and strides (and this array as its base).
    public func view(shape: [Int], strides: [Int], offset: Int) -> NDArray {
        NDArray(buffer: buffer, dtype: dtype, shape: shape, strides: strides, offset: offset, base: self)
    }

    /// numpy's `reshape`: one dimension may be -1. A view when the memory allows it (always for contiguous
    /// arrays), otherwise a copy.
    /// - Throws: `ValueError: cannot reshape array of size 6 into shape (4,)`,
    ///   `ValueError: can only specify one unknown dimension`.
    public func reshaped(_ requested: [Int]) throws(NumericError) -> NDArray {
        let newShape = try resolveShape(requested)
        if newShape == shape { return view(shape: shape, strides: strides, offset: offset) }
        if isCContiguous {
            return view(shape: newShape, strides: Shape.contiguousStrides(newShape, itemSize: itemSize), offset: offset)
        }
        if count > 0, let s = nocopyStrides(newShape) { return view(shape: newShape, strides: s, offset: offset) }
        let c = try copy()
        return NDArray(buffer: c.buffer, dtype: dtype, shape: newShape)
    }

    /// The requested shape with a -1 resolved.
    func resolveShape(_ requested: [Int]) throws(NumericError) -> [Int] {
        var dims = requested
        let unknown = dims.indices.filter { dims[$0] < 0 }
        if unknown.count > 1 {
            if dims.contains(where: { $0 < -1 }) { throw .value("negative dimensions not allowed") }
            throw .value("can only specify one unknown dimension")
        }
        let describe = { "cannot reshape array of size \(self.count) into shape \(Shape.describe(requested))" }
        if let u = unknown.first {
            if dims[u] != -1 { throw .value("negative dimensions not allowed") }
            var known = 1
            for (i, d) in dims.enumerated() where i != u { known = known.multipliedReportingOverflow(by: d).partialValue }
            guard known > 0, count % known == 0 else { throw .value(describe()) }
            dims[u] = count / known
        }
        guard Shape.count(dims) == count else { throw .value(describe()) }
        return dims
    }

    /// numpy's `_attempt_nocopy_reshape` (C order): strides for `newShape` over the same memory, or nil when
    /// the elements cannot be laid out that way without copying.
    private func nocopyStrides(_ newShape: [Int]) -> [Int]? {
        let oldDims = shape.indices.filter { shape[$0] != 1 }.map { shape[$0] }
        let oldStrides = shape.indices.filter { shape[$0] != 1 }.map { strides[$0] }
        var newStrides = [Int](repeating: 0, count: newShape.count)
        var oi = 0, oj = 1, ni = 0, nj = 1
        while ni < newShape.count && oi < oldDims.count {
            var np = newShape[ni], op = oldDims[oi]
            while np != op {
                if np < op {
                    guard nj < newShape.count else { return nil }
                    np *= newShape[nj]
                    nj += 1
                } else {
                    guard oj < oldDims.count else { return nil }
                    op *= oldDims[oj]
                    oj += 1
                }
            }
            for ok in oi..<(oj - 1) where oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1] { return nil }
            newStrides[nj - 1] = oldStrides[oj - 1]
            var nk = nj - 1
            while nk > ni {
                newStrides[nk - 1] = newStrides[nk] * newShape[nk]
                nk -= 1
            }
            ni = nj
            nj += 1
            oi = oj
            oj += 1
        }
        let last = ni >= 1 ? newStrides[ni - 1] : itemSize
        for nk in ni..<newShape.count { newStrides[nk] = last }
        return newStrides
    }

    /// numpy's `transpose(axes)`: a view with the axes permuted (reversed when `axes` is nil: `.T`).
    /// - Throws: `ValueError: axes don't match array`, `AxisError`, `ValueError: repeated axis in transpose`.
    public func transposed(_ axes: [Int]? = nil) throws(NumericError) -> NDArray {
        let order: [Int]
        if let axes {
            guard axes.count == ndim else { throw .value("axes don't match array") }
            var seen = Set<Int>()
            var normalized: [Int] = []
            for a in axes {
                let n = try Shape.normalize(axis: a, ndim: ndim)
                guard seen.insert(n).inserted else { throw .value("repeated axis in transpose") }
                normalized.append(n)
            }
            order = normalized
        } else {
            order = Array(shape.indices.reversed())
        }
        return view(shape: order.map { shape[$0] }, strides: order.map { strides[$0] }, offset: offset)
    }

    /// `.T`: the axes reversed.
    public var transposedView: NDArray {
        view(shape: shape.reversed(), strides: strides.reversed(), offset: offset)
    }

    /// numpy's `swapaxes(a, b)`: a view.
    public func swappingAxes(_ a: Int, _ b: Int) throws(NumericError) -> NDArray {
        let i = try Shape.normalize(axis: a, ndim: ndim, prefix: "axis1")
        let j = try Shape.normalize(axis: b, ndim: ndim, prefix: "axis2")
        var order = Array(shape.indices)
        order.swapAt(i, j)
        return try transposed(order)
    }

    /// numpy's `moveaxis(source, destination)` for single axes: a view.
    public func movingAxis(_ source: Int, to destination: Int) throws(NumericError) -> NDArray {
        let s = try Shape.normalize(axis: source, ndim: ndim), d = try Shape.normalize(axis: destination, ndim: ndim)
        var order = Array(shape.indices)
        order.remove(at: s)
        order.insert(s, at: d)
        return try transposed(order)
    }

    /// numpy's `squeeze(axis)`: a view without the given (or all) size-1 axes.
    /// - Throws: `ValueError: cannot select an axis to squeeze out which has size not equal to one`.
    public func squeezed(_ axes: [Int]? = nil) throws(NumericError) -> NDArray {
        var drop = Set<Int>()
        if let axes {
            // A 0-d array has nothing to squeeze; numpy accepts axis 0 and -1 for it.
            if ndim == 0, axes.allSatisfy({ $0 == 0 || $0 == -1 }) { return view(shape: [], strides: [], offset: offset) }
            for a in axes {
                let n = try Shape.normalize(axis: a, ndim: ndim)
                guard shape[n] == 1 else {
                    throw .value("cannot select an axis to squeeze out which has size not equal to one")
                }
                drop.insert(n)
            }
        } else {
            drop = Set(shape.indices.filter { shape[$0] == 1 })
        }
        let keep = shape.indices.filter { !drop.contains($0) }
        return view(shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] }, offset: offset)
    }

    /// numpy's `expand_dims(axis)`: a view with new size-1 axes at the given positions of the result.
    public func expandingDims(_ axes: [Int]) throws(NumericError) -> NDArray {
        let newNdim = ndim + axes.count
        var positions = Set<Int>()
        for a in axes {
            let n = try Shape.normalize(axis: a, ndim: newNdim)
            guard positions.insert(n).inserted else { throw .value("repeated axis") }
        }
        var newShape: [Int] = [], newStrides: [Int] = []
        var k = 0
        for i in 0..<newNdim {
            if positions.contains(i) {
                newShape.append(1)
                newStrides.append(0)
            } else {
                newShape.append(shape[k])
                newStrides.append(strides[k])
                k += 1
            }
        }
        return view(shape: newShape, strides: newStrides, offset: offset)
    }

    /// numpy's `diagonal(offset, axis1, axis2)`: a view without those two axes, whose last axis runs along the
    /// diagonal `a[..., i, i + offset]` (`i` along `axis1`).
    /// - Throws: numpy's `ValueError` for fewer than two axes or the same axis twice, `AxisError` naming the axis.
    public func diagonal(offset k: Int = 0, axis1: Int = 0, axis2: Int = 1) throws(NumericError) -> NDArray {
        guard ndim >= 2 else { throw .value("diag requires an array of at least two dimensions") }
        let first = try Shape.normalize(axis: axis1, ndim: ndim, prefix: "axis1")
        let second = try Shape.normalize(axis: axis2, ndim: ndim, prefix: "axis2")
        guard first != second else { throw .value("axis1 and axis2 cannot be the same") }
        if first == 0 && second == 1 { return firstTwoAxesDiagonal(offset: k) }
        let others = (0..<ndim).filter { $0 != first && $0 != second }
        return try transposed([first, second] + others).firstTwoAxesDiagonal(offset: k)
    }

    /// The diagonal of the first two axes (at least two).
    private func firstTwoAxesDiagonal(offset k: Int) -> NDArray {
        let rows = shape[0], columns = shape[1]
        let n = k >= 0 ? max(0, min(rows, columns - k)) : max(0, min(rows + k, columns))
        let start = n == 0 ? 0 : (k >= 0 ? k * strides[1] : -k * strides[0])
        return view(shape: Array(shape.dropFirst(2)) + [n], strides: Array(strides.dropFirst(2)) + [strides[0] + strides[1]],
                    offset: offset + start)
    }

    /// numpy's `broadcast_to`: a read-through view with the given shape (stretched axes have stride 0).
    /// - Throws: numpy's `ValueError` when the shape is not compatible.
    public func broadcast(to target: [Int]) throws(NumericError) -> NDArray {
        guard target.count >= ndim, NDArray.canBroadcast(shape, to: target) else {
            throw .value("operands could not be broadcast together with remapped shapes [original->remapped]: "
                + "\(Shape.describe(shape))  and requested shape \(Shape.describe(target))")
        }
        return view(shape: target, strides: broadcastStrides(to: target), offset: offset)
    }

    /// numpy's `ravel()`: a one-axis view when the memory allows, else a copy.
    public func raveled() throws(NumericError) -> NDArray {
        try reshaped([count])
    }

    // MARK: - Memory overlap

    /// The byte range `[low, high)` the elements occupy, relative to the buffer start.
    var extent: (low: Int, high: Int) {
        var low = offset, high = offset
        for (d, s) in zip(shape, strides) where d > 0 {
            if s < 0 { low += (d - 1) * s } else { high += (d - 1) * s }
        }
        return (low, high + itemSize)
    }

    static func extentsOverlap(_ a: NDArray, _ b: NDArray) -> Bool {
        guard a.buffer === b.buffer, a.count > 0, b.count > 0 else { return false }
        let x = a.extent, y = b.extent
        return x.low < y.high && y.low < x.high
    }

    /// numpy's `may_share_memory`: whether the byte ranges of the two arrays overlap.
    public func mayShareMemory(with other: NDArray) -> Bool {
        NDArray.extentsOverlap(self, other)
    }

    /// numpy's `shares_memory`: whether some byte belongs to an element of both arrays.
    ///
    /// Exact: the element addresses of both arrays are compared when their ranges overlap.
    public func sharesMemory(with other: NDArray) -> Bool {
        guard NDArray.extentsOverlap(self, other) else { return false }
        if count * other.count <= 64 || (isCContiguous && other.isCContiguous) { return exactOverlap(other) }
        if count + other.count > 8_000_000 { return true }
        return exactOverlap(other)
    }

    private func exactOverlap(_ other: NDArray) -> Bool {
        if isCContiguous && other.isCContiguous { return true }
        let mine = elementByteOffsets().sorted(), theirs = other.elementByteOffsets().sorted()
        var i = 0, j = 0
        while i < mine.count && j < theirs.count {
            let a = mine[i], b = theirs[j]
            if a < b + other.itemSize && b < a + itemSize { return true }
            if a < b { i += 1 } else { j += 1 }
        }
        return false
    }

    /// The byte offset of every element from the buffer start, in row-major order.
    func elementByteOffsets() -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(count)
        guard count > 0 else { return result }
        var index = [Int](repeating: 0, count: ndim)
        var o = offset
        while true {
            result.append(o)
            var axis = ndim - 1
            while true {
                if axis < 0 { return result }
                index[axis] += 1
                o += strides[axis]
                if index[axis] < shape[axis] { break }
                o -= strides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }
}
