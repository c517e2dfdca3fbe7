/// `quantile`, `percentile` and `median` as numpy computes them: sorted lanes, numpy's virtual indexes in the
/// precision of `q`, and its `_lerp` (`a + (b - a) * t`, or `b - (b - a) * (1 - t)` from `t = 0.5`) in the
/// promoted dtype.
extension NDArray {
    /// `quantile(a, q, axis, method, keepdims)` with `q` already in numpy's dtype (the data's float dtype for a
    /// Python scalar, else float64 or int64) and checked to lie in [0, 1].
    /// - Returns: shape `q.shape + kept axes` (with the reduced axes kept as 1 under `keepdims`).
    /// - Throws: `IndexError` for an empty lane (as numpy's partition raises), numpy's `TypeError` for
    ///   interpolating booleans, `AxisError`.
    public func quantile(_ q: NDArray, axes: [Int]?, method: QuantileMethod, keepdims: Bool) throws(NumericError) -> NDArray {
        let (lanes, kept, keptDims) = try sortedLanes(axes: axes)
        let n = lanes.first?.count ?? shape.reduce(1, *)
        guard n > 0 else { throw .index("index -1 is out of bounds for axis 0 with size 0") }
        let qValues = try q.doubles()
        let outShape = q.shape + (keepdims ? keptDims : kept)
        let integerQuantiles = q.dtype.isInteger || q.dtype == .bool
        if method.takesIndex(integerQuantiles: integerQuantiles) {
            var values: [Double] = []
            for value in qValues {
                for lane in lanes {
                    let position = q.dtype == .float32 ? method.position(Float(value), count: n)
                        : method.position(value, count: n)
                    guard case .index(let i) = position else { continue }
                    values.append(lane.last?.isNaN == true ? .nan : lane[Swift.min(Swift.max(i, 0), n - 1)])
                }
            }
            return try NDArray(doubles: values, shape: outShape).converted(to: dtype)
        }
        if dtype == .bool {
            throw .type("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
                + "operator, or the logical_xor function instead.")
        }
        let gammaType: DType = q.dtype == .float32 ? .float32 : .float64
        let resultType = DType.promote(dtype, gammaType)
        var values: [Double] = []
        values.reserveCapacity(qValues.count * lanes.count)
        for value in qValues {
            for lane in lanes {
                let position = gammaType == .float32 ? method.position(Float(value), count: n) : method.position(value, count: n)
                guard case .between(let previous, let next, let gamma) = position else { continue }
                if lane.last?.isNaN == true {
                    values.append(.nan)
                    continue
                }
                values.append(Self.lerp(lane[previous], lane[next], gamma, data: dtype, gamma: gammaType, result: resultType))
            }
        }
        return try NDArray(doubles: values, shape: outShape).converted(to: resultType)
    }

    /// numpy's `_lerp(a, b, t)` with each step in the dtype numpy computes it in.
    static func lerp(_ a: Double, _ b: Double, _ t: Double, data: DType, gamma: DType, result: DType) -> Double {
        // b - a in the data's dtype (integers subtract exactly, float32 rounds to float).
        let difference = data == .float32 ? Double(Float(b) - Float(a)) : b - a
        if result == .float32 {
            let fa = Float(a), fb = Float(b), fd = Float(difference), ft = Float(t)
            return Double(ft >= 0.5 ? fb - fd * (1 - ft) : fa + fd * ft)
        }
        let oneMinus = gamma == .float32 ? Double(1 - Float(t)) : 1 - t
        return t >= 0.5 ? b - difference * oneMinus : a + difference * t
    }

    /// `median(a, axis, keepdims)`: the mean of the middle one or two values of each sorted lane (numpy's
    /// `mean`, in float32 for float32 data, else float64), NaN where a lane holds a NaN.
    /// - Throws: `AxisError`.
    public func median(axes: [Int]?, keepdims: Bool) throws(NumericError) -> NDArray {
        let (lanes, kept, keptDims) = try sortedLanes(axes: axes)
        let n = lanes.first?.count ?? shape.reduce(1, *)
        let middle = n % 2 == 1 ? [n / 2] : [n / 2 - 1, n / 2]
        var values: [Double] = []
        for lane in lanes {
            for i in middle where i >= 0 && i < lane.count { values.append(lane[i]) }
        }
        let width = n == 0 ? 0 : middle.count
        let typed = try NDArray(doubles: values, shape: kept + [width]).converted(to: dtype == .float32 ? .float32 : .float64)
        var result = try typed.mean(axes: [kept.count])
        if lanes.contains(where: { $0.last?.isNaN == true }) {
            let nanMask = NDArray(bools: lanes.map { $0.last?.isNaN == true }, shape: kept)
            result = try NDArray.select(nanMask, .scalar(ArrayScalar(Double.nan), isWeak: true), .array(result))
        }
        return keepdims ? try result.reshaped(keptDims) : result
    }
}
