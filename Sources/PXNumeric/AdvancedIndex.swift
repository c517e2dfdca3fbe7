/// numpy's advanced indexing: integer arrays (and masks, as the positions of their true elements) on some
/// axes, slices and new axes on others.
///
/// The index arrays broadcast together to the *index shape*. The result has the index shape where the first
/// array stood when all arrays (and integers, which count as 0-d arrays here) are next to each other, or at the
/// front when slices separate them; the sliced axes keep their order around it.
struct AdvancedIndex {
    /// The array after the slices and new axes, with the fancy axes still whole.
    let base: NDArray
    /// The byte offset, from `base.pointer`, of each position of the index shape (row-major).
    let offsets: [Int]
    /// The index shape.
    let indexShape: [Int]
    /// The axes of `base` that remain (not fancy-indexed), in order.
    let restAxes: [Int]
    /// How many of `restAxes` come before the index dimensions in the result.
    let insertAt: Int

    init(_ array: NDArray, _ items: [IndexItem]) throws(NumericError) {
        // 1. Apply slices and new axes; keep the fancy axes whole and note their index arrays.
        var basicItems: [IndexItem] = []
        var fancy: [(axis: Int, indices: NDArray)] = []
        var fancyItemPositions: [Int] = []
        var producedAxes = 0
        var arrayAxis = 0
        for (position, item) in items.enumerated() {
            switch item {
            case .integer(let i):
                fancy.append((producedAxes, try NDArray.normalizedIndices(NDArray(ints: [i], shape: []),
                                                                         length: array.shape[arrayAxis], axis: arrayAxis)))
                fancyItemPositions.append(position)
                basicItems.append(.slice(start: nil, stop: nil, step: nil))
                producedAxes += 1
                arrayAxis += 1
            case .array(let a) where a.dtype == .bool && a.ndim == 0:
                // A 0-d mask adds an axis of length 1 (true) or 0 (false).
                basicItems.append(.newAxis)
                fancy.append((producedAxes, NDArray(ints: a.scalar(at: []).boolValue ? [0] : [])))
                fancyItemPositions.append(position)
                producedAxes += 1
            case .array(let a) where a.dtype == .bool:
                for k in 0..<a.ndim where a.shape[k] != array.shape[arrayAxis + k] {
                    throw .index("boolean index did not match indexed array along axis \(arrayAxis + k); size of axis is "
                        + "\(array.shape[arrayAxis + k]) but size of corresponding boolean axis is \(a.shape[k])")
                }
                let positions = try a.nonzero()
                for p in positions {
                    fancy.append((producedAxes, p))
                    basicItems.append(.slice(start: nil, stop: nil, step: nil))
                    producedAxes += 1
                    arrayAxis += 1
                }
                fancyItemPositions.append(position)
            case .array(let a):
                guard a.dtype.isInteger else {
                    throw .index("arrays used as indices must be of integer (or boolean) type")
                }
                fancy.append((producedAxes, try NDArray.normalizedIndices(a, length: array.shape[arrayAxis], axis: arrayAxis)))
                fancyItemPositions.append(position)
                basicItems.append(.slice(start: nil, stop: nil, step: nil))
                producedAxes += 1
                arrayAxis += 1
            case .slice:
                basicItems.append(item)
                producedAxes += 1
                arrayAxis += 1
            case .newAxis:
                basicItems.append(item)
                producedAxes += 1
            case .ellipsis:
                break
            }
        }
        let base = try array.basicView(basicItems)
        self.base = base
        // 2. Broadcast the index arrays.
        let shapes = fancy.map { $0.indices.shape }
        let indexShape: [Int]
        do {
            indexShape = try Shape.broadcast(shapes)
        } catch {
            throw .index("shape mismatch: indexing arrays could not be broadcast together with shapes "
                + shapes.map { Shape.describe($0) }.joined(separator: " ") + " ")
        }
        self.indexShape = indexShape
        let fancyAxes = Set(fancy.map(\.axis))
        restAxes = base.shape.indices.filter { !fancyAxes.contains($0) }
        var adjacent = true
        for (a, b) in zip(fancyItemPositions, fancyItemPositions.dropFirst()) where b != a + 1 { adjacent = false }
        let firstFancy = fancy.map(\.axis).min() ?? 0
        insertAt = adjacent ? restAxes.filter { $0 < firstFancy }.count : 0
        // 3. The byte offset of every index position.
        let n = Shape.count(indexShape) ?? 0
        var offsets = [Int](repeating: 0, count: n)
        for (axis, indices) in fancy {
            let stride = base.strides[axis]
            let values = try indices.broadcast(to: indexShape).int64s()
            for i in 0..<n { offsets[i] += Int(values[i]) * stride }
        }
        self.offsets = offsets
    }

    /// The result's shape.
    var resultShape: [Int] {
        let rest = restAxes.map { base.shape[$0] }
        return Array(rest[..<insertAt]) + indexShape + Array(rest[insertAt...])
    }

    /// The byte offsets of the rest axes before and after the index dimensions.
    private func restOffsets() -> (before: [Int], after: [Int]) {
        let beforeAxes = restAxes[..<insertAt], afterAxes = restAxes[insertAt...]
        let before = base.view(shape: beforeAxes.map { base.shape[$0] }, strides: beforeAxes.map { base.strides[$0] },
                               offset: 0).elementByteOffsets()
        let after = base.view(shape: afterAxes.map { base.shape[$0] }, strides: afterAxes.map { base.strides[$0] },
                              offset: 0).elementByteOffsets()
        return (before, after)
    }

    /// Calls `body` with the byte offset (from `base.pointer`) of every selected element, in the result's
    /// row-major order.
    private func forEachPosition(_ body: (Int) -> Void) {
        let (before, after) = restOffsets()
        for b in before {
            for o in offsets {
                for a in after { body(b + o + a) }
            }
        }
    }

    /// `a[index]`: a new C-contiguous array.
    func gather() throws(NumericError) -> NDArray {
        let result = try NDArray.empty(shape: resultShape, dtype: base.dtype)
        guard result.count > 0 else { return result }
        let size = base.itemSize
        let source = base.pointer
        var destination = result.pointer
        forEachPosition { offset in
            destination.copyMemory(from: source + offset, byteCount: size)
            destination += size
        }
        return result
    }

    /// `a[index] = value`: the value broadcast to the result shape, written at the selected positions (a
    /// repeated position gets the last value, as in numpy).
    func scatter(_ value: NDArray) throws(NumericError) {
        let shape = resultShape
        guard NDArray.canBroadcast(value.shape, to: shape) else {
            throw .value("shape mismatch: value array of shape \(Shape.describe(value.shape)) could not be broadcast to "
                + "indexing result of shape \(Shape.describe(shape))")
        }
        let source = try NDArray.empty(shape: shape, dtype: base.dtype)
        guard source.count > 0 else { return }
        source.assignUnchecked(from: value)
        let size = base.itemSize
        let destination = base.pointer
        var from = source.pointer
        forEachPosition { offset in
            (destination + offset).copyMemory(from: from, byteCount: size)
            from += size
        }
    }
}

extension NDArray {
    /// An integer index array as int64 with negative indices wrapped.
    /// - Throws: `IndexError: index 5 is out of bounds for axis 0 with size 3`.
    static func normalizedIndices(_ indices: NDArray, length: Int, axis: Int) throws(NumericError) -> NDArray {
        let values = try indices.int64s()
        var fixed = values
        for (i, v) in values.enumerated() {
            guard v >= -Int64(length) && v < Int64(length) else {
                throw .index("index \(v) is out of bounds for axis \(axis) with size \(length)")
            }
            if v < 0 { fixed[i] = v + Int64(length) }
        }
        return NDArray(int64s: fixed, shape: indices.shape)
    }
}
