/// One entry of an index expression `a[i, 1:3, ..., None, mask]`.
public enum IndexItem: Sendable {
    /// An integer: selects one position and removes the axis.
    case integer(Int)
    /// A slice `start:stop:step` (nil parts take Python's defaults).
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `None` / `np.newaxis`: a new axis of length 1.
    case newAxis
    /// `...`: as many full slices as needed.
    case ellipsis
    /// An integer array (fancy indexing) or a bool array (a mask).
    case array(NDArray)
}

/// The outcome of reading `a[index]`: a scalar when every axis was selected by an integer, else an array
/// (a view for basic indexing, a copy for fancy indexing and masks).
public enum IndexResult {
    case scalar(ArrayScalar)
    case array(NDArray)
}

/// Python's slice arithmetic.
public enum SliceBounds {
    /// Resolves `start:stop:step` against a length: the first index, the step and the number of elements.
    /// - Throws: `ValueError: slice step cannot be zero`.
    public static func resolve(start: Int?, stop: Int?, step: Int?, count: Int) throws(NumericError)
        -> (start: Int, step: Int, count: Int) {
        let step = step ?? 1
        if step == 0 { throw .value("slice step cannot be zero") }
        var first: Int, last: Int
        if step > 0 {
            first = start ?? 0
            last = stop ?? count
            first = first < 0 ? max(first + count, 0) : min(first, count)
            last = last < 0 ? max(last + count, 0) : min(last, count)
            return (first, step, last > first ? (last - first - 1) / step + 1 : 0)
        }
        first = start ?? count - 1
        last = stop ?? -count - 1
        first = first < 0 ? max(first + count, -1) : min(first, count - 1)
        last = last < 0 ? max(last + count, -1) : min(last, count - 1)
        return (first, step, first > last ? (first - last - 1) / (-step) + 1 : 0)
    }
}
