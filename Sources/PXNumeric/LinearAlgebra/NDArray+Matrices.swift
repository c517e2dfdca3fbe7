/// Stacks of matrices: an array of shape (..., M, N) as its M×N float64 matrices and back, as numpy's linalg
/// gufuncs loop over the leading axes.
extension NDArray {
    /// The leading (stack) axes of a (..., M, N) array.
    public var stackShape: [Int] { Array(shape.dropLast(2)) }

    /// The matrices of a stack, each as a row-major float64 `Matrix` (ints and bools converted as numpy's
    /// `_commonType` does; float32 computed in double, as numpy's linalg does).
    /// - Precondition: `ndim >= 2`.
    public func matrices() throws(NumericError) -> [Matrix] {
        precondition(ndim >= 2, "internal inconsistency: matrices() of a \(ndim)-D array")
        let rows = shape[ndim - 2], columns = shape[ndim - 1]
        let values = try doubles()
        let size = rows * columns
        let count = stackShape.reduce(1, *)
        return (0..<count).map { k in
            Matrix(rows: rows, columns: columns, elements: Array(values[(k * size)..<((k + 1) * size)]))
        }
    }

    /// The vectors of a stack of shape (..., N).
    public func vectors() throws(NumericError) -> [[Double]] {
        let length = shape.last ?? 1
        let values = try doubles()
        guard length > 0 else { return [[Double]](repeating: [], count: ndim == 0 ? 1 : Array(shape.dropLast()).reduce(1, *)) }
        return stride(from: 0, to: values.count, by: length).map { Array(values[$0..<($0 + length)]) }
    }

    /// An array of shape `stack + (rows, columns)` from its matrices, in `dtype` (float64 or float32).
    public static func stacking(_ matrices: [Matrix], stack: [Int], rows: Int, columns: Int,
                                dtype: DType) throws(NumericError) -> NDArray {
        let result = NDArray(doubles: matrices.flatMap(\.elements), shape: stack + [rows, columns])
        return try result.converted(to: dtype)
    }

    /// An array of shape `stack + trailing` from flat float64 values, in `dtype`.
    public static func stacking(_ values: [Double], shape: [Int], dtype: DType) throws(NumericError) -> NDArray {
        try NDArray(doubles: values, shape: shape).converted(to: dtype)
    }
}
