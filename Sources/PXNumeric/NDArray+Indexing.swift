import CArrayKernels

// MARK: - Indexing: a[index] and a[index] = value

extension NDArray {
    /// The index with `...` expanded, integer 0-d arrays turned into integers, and full slices appended for
    /// the axes it does not mention.
    func normalizedIndex(_ items: [IndexItem]) throws(NumericError) -> (items: [IndexItem], hasEllipsis: Bool) {
        var items = items.map { item -> IndexItem in
            if case .array(let a) = item, a.ndim == 0, a.dtype.isInteger { return .integer(Int(a.scalar(at: []).int64Value)) }
            return item
        }
        var consumed = 0
        var ellipsisCount = 0
        for item in items {
            switch item {
            case .integer, .slice: consumed += 1
            case .newAxis: break
            case .ellipsis: ellipsisCount += 1
            case .array(let a): consumed += a.dtype == .bool ? a.ndim : 1
            }
        }
        if ellipsisCount > 1 { throw .index("an index can only have a single ellipsis ('...')") }
        if consumed > ndim {
            throw .index("too many indices for array: array is \(ndim)-dimensional, but \(consumed) were indexed")
        }
        let fill = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: ndim - consumed)
        if let e = items.firstIndex(where: { if case .ellipsis = $0 { return true } else { return false } }) {
            items.replaceSubrange(e...e, with: fill)
        } else {
            items += fill
        }
        return (items, ellipsisCount > 0)
    }

    /// `a[index]`: numpy's basic indexing (a view) or advanced indexing (a copy).
    /// - Throws: numpy's `IndexError`s (out of bounds, too many indices, mask mismatch, shape mismatch of
    ///   index arrays), `ValueError: slice step cannot be zero`, `MemoryError`.
    public func read(_ index: [IndexItem]) throws(NumericError) -> IndexResult {
        if index.count == 1, case .array(let mask) = index[0], mask.dtype == .bool, mask.shape == shape, ndim > 0 {
            return .array(try compress(mask))
        }
        let (items, hasEllipsis) = try normalizedIndex(index)
        if !items.contains(where: { if case .array = $0 { return true } else { return false } }) {
            let v = try basicView(items)
            let allIntegers = !hasEllipsis && items.allSatisfy { if case .integer = $0 { return true } else { return false } }
            // A complex element does not fit an ArrayScalar: it comes back as a 0-d view.
            if allIntegers && !dtype.isComplex { return .scalar(v.scalar(at: [])) }
            return .array(v)
        }
        let plan = try AdvancedIndex(self, items)
        return .array(try plan.gather())
    }

    /// `a[index] = value`: the value broadcast to the selection and cast to the array's dtype.
    /// - Throws: numpy's indexing errors, `ValueError` when the value does not broadcast (`could not broadcast
    ///   input array from shape (3,) into shape (2,)`, or for masks `NumPy boolean array indexing assignment
    ///   cannot assign 3 input values to the 2 output values where the mask is true`), read-only memory.
    public func write(_ index: [IndexItem], _ value: NDArray) throws(NumericError) {
        try checkWritable()
        if index.count == 1, case .array(let mask) = index[0], mask.dtype == .bool, mask.shape == shape, ndim > 0 {
            try assignMasked(mask, value)
            return
        }
        let (items, _) = try normalizedIndex(index)
        if !items.contains(where: { if case .array = $0 { return true } else { return false } }) {
            try basicView(items).assign(from: value)
            return
        }
        let plan = try AdvancedIndex(self, items)
        try plan.scatter(value)
    }

    /// The view selected by integers, slices and new axes (no arrays in `items`; one item per axis).
    func basicView(_ items: [IndexItem]) throws(NumericError) -> NDArray {
        var newShape: [Int] = [], newStrides: [Int] = []
        var o = offset
        var axis = 0
        for item in items {
            switch item {
            case .integer(let i):
                let n = shape[axis]
                guard i >= -n && i < n else {
                    throw .index("index \(i) is out of bounds for axis \(axis) with size \(n)")
                }
                o += (i < 0 ? i + n : i) * strides[axis]
                axis += 1
            case .slice(let start, let stop, let step):
                let r = try SliceBounds.resolve(start: start, stop: stop, step: step, count: shape[axis])
                if r.count > 0 { o += r.start * strides[axis] }
                newShape.append(r.count)
                newStrides.append(r.step * strides[axis])
                axis += 1
            case .newAxis:
                newShape.append(1)
                newStrides.append(0)
            case .ellipsis, .array:
                break
            }
        }
        return view(shape: newShape, strides: newStrides, offset: o)
    }

    // MARK: - Masks

    /// `a[mask]` for a mask of the array's shape: the selected elements in row-major order.
    func compress(_ mask: NDArray) throws(NumericError) -> NDArray {
        let selected = try mask.countNonzero()
        let result = try NDArray.empty(shape: [selected], dtype: dtype)
        guard selected > 0 else { return result }
        let m = try mask.contiguous()
        let source = try contiguous()
        let flags = m.pointer.assumingMemoryBound(to: UInt8.self)
        let n = count
        switch itemSize {
        case 8:
            _ = pxk_compress_64(source.pointer.assumingMemoryBound(to: UInt64.self), flags, n,
                                result.pointer.assumingMemoryBound(to: UInt64.self), selected)
        case 4:
            _ = pxk_compress_32(source.pointer.assumingMemoryBound(to: UInt32.self), flags, n,
                                result.pointer.assumingMemoryBound(to: UInt32.self), selected)
        default:
            let size = itemSize
            var destination = result.pointer
            for i in 0..<n where flags[i] != 0 {
                destination.copyMemory(from: source.pointer + i * size, byteCount: size)
                destination += size
            }
        }
        withExtendedLifetime((m, source)) {}
        return result
    }

    /// `a[mask] = value` for a mask of the array's shape.
    func assignMasked(_ mask: NDArray, _ value: NDArray) throws(NumericError) {
        let selected = try mask.countNonzero()
        guard value.count == 1 || (value.ndim <= 1 && value.count == selected) else {
            if value.ndim <= 1 {
                throw .value("NumPy boolean array indexing assignment cannot assign \(value.count) input values to the "
                    + "\(selected) output values where the mask is true")
            }
            throw .value("could not broadcast input array from shape \(Shape.describe(value.shape)) into shape "
                + "(\(selected),)")
        }
        guard selected > 0 else { return }
        let v = try value.cast(to: dtype)
        let m = try mask.contiguous()
        let flags = m.pointer.assumingMemoryBound(to: UInt8.self)
        let step = value.count == 1 ? 0 : itemSize
        let target = isCContiguous ? self : try copy()
        var src = v.pointer
        var dst = target.pointer
        let size = itemSize
        for i in 0..<count {
            if flags[i] != 0 {
                dst.copyMemory(from: src, byteCount: size)
                src += step
            }
            dst += size
        }
        if target !== self { assignUnchecked(from: target) }
        withExtendedLifetime((m, v)) {}
    }
}
