/// `searchsorted`: binary search in numpy's order, where NaN sorts after every number.
extension NDArray {
    /// `searchsorted(a, v, side, sorter)` with `self` as the sorted 1-D `a`: int64 positions of `v`'s shape.
    /// - Parameters:
    ///   - right: `side='right'` (the last suitable position) rather than `'left'`.
    ///   - sorter: the indices that sort `a`, when `a` itself is not sorted.
    /// - Throws: `ValueError: object too deep for desired array`, `ValueError: sorter.size must equal a.size`,
    ///   `ValueError: Sorter index out of range.`.
    public func searchSorted(_ v: NDArray, right: Bool, sorter: NDArray? = nil) throws(NumericError) -> NDArray {
        guard ndim == 1 else { throw .value("object too deep for desired array") }
        var order: [Int]?
        if let sorter {
            let indices = try sorter.int64s().map { Int($0) }
            guard indices.count == count else { throw .value("sorter.size must equal a.size") }
            guard indices.allSatisfy({ $0 >= 0 && $0 < count }) else { throw .value("Sorter index out of range.") }
            order = indices
        }
        let useFloats = dtype.isFloat || v.dtype.isFloat
        func search<T>(_ haystack: [T], _ needles: [T], _ less: (T, T) -> Bool) -> [Int] {
            let sorted = order.map { $0.map { haystack[$0] } } ?? haystack
            return needles.map { key in
                var low = 0, high = sorted.count
                while low < high {
                    let mid = (low + high) / 2
                    // left: first position whose value is not less than the key; right: not less-or-equal.
                    if right ? !less(key, sorted[mid]) : less(sorted[mid], key) { low = mid + 1 } else { high = mid }
                }
                return low
            }
        }
        let positions: [Int]
        if useFloats {
            positions = search(try doubles(), try v.doubles()) { a, b in a < b || (b.isNaN && !a.isNaN) }
        } else {
            positions = search(try int64s(), try v.int64s()) { $0 < $1 }
        }
        return NDArray(ints: positions, shape: v.shape)
    }
}
