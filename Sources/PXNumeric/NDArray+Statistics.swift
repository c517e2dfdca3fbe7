// MARK: - mean, var, std

extension NDArray {
    /// The number of elements each result element of a reduction over `axes` combines.
    func reducedCount(_ axes: [Int]) -> Int {
        axes.reduce(1) { $0 * shape[$1] }
    }

    /// numpy's `mean`: the sum (in float64 for integer and bool arrays, in the float dtype otherwise) divided
    /// by the number of elements; an empty reduction gives NaN.
    public func mean(axes: [Int]? = nil, keepdims: Bool = false, dtype requested: DType? = nil) throws(NumericError) -> NDArray {
        let axes = try reductionAxes(axes, ufunc: false)
        let accType = requested ?? (dtype.isFloat ? dtype : .float64)
        let sum = try reduce(.sum, axes: axes, keepdims: keepdims, dtype: accType)
        return try NDArray.divide(sum, by: reducedCount(axes))
    }

    /// `sum / n` as numpy computes it: in float64, then cast back to the sum's dtype.
    static func divide(_ sum: NDArray, by n: Int) throws(NumericError) -> NDArray {
        let count = ArrayScalar(Int64(n))
        if sum.dtype == .float64 {
            return try NDArray.binary(.divide, .array(sum), .scalar(count, isWeak: false), out: sum)
        }
        let quotient = try NDArray.binary(.divide, .array(sum), .scalar(count, isWeak: false))
        return try quotient.converted(to: sum.dtype)
    }

    /// numpy's `var` (or `std` when `squareRoot`): the mean of the squared deviations from the mean, divided by
    /// `n - ddof` (at least 0).
    public func variance(axes: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false, dtype requested: DType? = nil,
                         squareRoot: Bool = false) throws(NumericError) -> NDArray {
        let axes = try reductionAxes(axes, ufunc: false)
        let accType = requested ?? (dtype.isFloat ? dtype : .float64)
        let n = reducedCount(axes)
        let divisor = max(n - ddof, 0)
        var result: NDArray
        if axes.count == ndim && isCContiguous && dtype == accType && count > 0 && !keepdims {
            // Fused: the same pairwise sums numpy takes over its temporary arrays, without the temporaries.
            let mean = try NDArray.divide(try reduce(.sum, dtype: accType), by: n)
            result = try NDArray.empty(shape: [], dtype: accType)
            switch accType {
            case .float64:
                let m = mean.pointer.load(as: Double.self)
                let s = PairwiseSum.sum(UnsafeRawPointer(pointer), count, 8, PairwiseSum.SquaredDeviation(mean: m))
                result.pointer.storeBytes(of: 0 + s, as: Double.self)
            default:
                let m = mean.pointer.load(as: Float.self)
                let s = PairwiseSum.sum(UnsafeRawPointer(pointer), count, 4, PairwiseSum.SquaredDeviation(mean: m))
                result.pointer.storeBytes(of: 0 + s, as: Float.self)
            }
        } else {
            let mean = try NDArray.divide(try reduce(.sum, axes: axes, keepdims: true, dtype: accType), by: n)
            let deviations = try NDArray.binary(.subtract, .array(self), .array(mean))
            let squares = try NDArray.binary(.multiply, .array(deviations), .array(deviations), out: deviations)
            result = try squares.reduce(.sum, axes: axes, keepdims: keepdims, dtype: accType)
        }
        result = try NDArray.divide(result, by: divisor)
        if squareRoot { result = try result.unary(.sqrt, out: result) }
        return result
    }
}
