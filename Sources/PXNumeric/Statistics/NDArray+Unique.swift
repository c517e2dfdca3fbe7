/// `unique`: sorted distinct values (or distinct subarrays along an axis) with numpy's optional first indices,
/// inverse and counts.
extension NDArray {
    /// The result of `unique`.
    public struct UniqueResult {
        /// The distinct values, sorted.
        public let values: NDArray
        /// The index of each value's first occurrence (`return_index`).
        public let index: NDArray
        /// For each input element (or subarray), the index of its value (`return_inverse`).
        public let inverse: NDArray
        /// How often each value occurs (`return_counts`).
        public let counts: NDArray
    }

    /// `unique(a, axis=…, equal_nan=…)`: without an axis the flattened values; with one, the distinct
    /// subarrays along it, in lexicographic order.
    /// - Parameter equalNaN: all NaNs count as one value (numpy's default).
    /// - Throws: `AxisError`.
    public func unique(axis: Int?, equalNaN: Bool = true) throws(NumericError) -> UniqueResult {
        let rows: NDArray, rest: [Int], movedAxis: Int?
        if let axis {
            let a = try Shape.normalize(axis: axis, ndim: ndim)
            let moved = try movingAxis(a, to: 0)
            rest = Array(moved.shape.dropFirst())
            rows = try moved.contiguous().reshaped([shape[a], rest.reduce(1, *)])
            movedAxis = a
        } else {
            rows = try raveled().reshaped([count, 1])
            rest = []
            movedAxis = nil
        }
        let n = rows.shape[0], width = rows.shape[1]
        let values = try rows.doubles()
        func row(_ i: Int) -> ArraySlice<Double> { values[(i * width)..<((i + 1) * width)] }
        func less(_ x: Double, _ y: Double) -> Bool { x < y || (y.isNaN && !x.isNaN) }
        func rowLess(_ i: Int, _ j: Int) -> Bool {
            for (x, y) in zip(row(i), row(j)) where x != y && !(x.isNaN && y.isNaN) { return less(x, y) }
            return false
        }
        func same(_ i: Int, _ j: Int) -> Bool {
            zip(row(i), row(j)).allSatisfy { $0 == $1 || (equalNaN && $0.isNaN && $1.isNaN) }
        }
        // A stable sort keeps the first occurrence first in each run (numpy sorts with mergesort for this).
        var order = Array(0..<n)
        order = order.enumerated().sorted { a, b in
            rowLess(a.element, b.element) || (!rowLess(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
        var firsts: [Int] = [], counts: [Int] = [], inverse = [Int](repeating: 0, count: n)
        for (k, i) in order.enumerated() {
            if k == 0 || !same(order[k - 1], i) {
                firsts.append(i)
                counts.append(0)
            }
            counts[counts.count - 1] += 1
            inverse[i] = firsts.count - 1
        }
        var picked = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: movedAxis ?? 0)
        picked.append(.array(NDArray(ints: firsts)))
        let source = movedAxis == nil ? try raveled() : self
        guard case .array(let distinct) = try source.read(picked) else {
            throw .value("internal inconsistency: unique gathered a scalar")
        }
        let inverseShape = movedAxis == nil ? shape : [n]
        return UniqueResult(values: distinct, index: NDArray(ints: firsts), inverse: NDArray(ints: inverse, shape: inverseShape),
                            counts: NDArray(ints: counts))
    }
}
