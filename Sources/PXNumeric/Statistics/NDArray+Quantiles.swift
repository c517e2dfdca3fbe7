/// `quantile`, `percentile` and `median` as numpy 2.4 computes them: sorted lanes, numpy's virtual indexes in the
/// precision of `q`, and its `_lerp` (`a + (b - a) * t`, or `b - (b - a) * (1 - t)` from `t = 0.5`) in the
/// promoted dtype (a weak `q`, from a Python number, takes the data's float dtype).
extension NDArray {
    /// `quantile(a, q, axis, method, keepdims)` with `q` already in numpy's dtype and checked to lie in [0, 1];
    /// `weak` when `q` was a Python number.
    /// - Returns: shape `q.shape + kept axes` (with the reduced axes kept as 1 under `keepdims`).
    /// - Throws: `IndexError` for an empty lane (as numpy's partition raises), numpy's `TypeError` for
    ///   interpolating booleans, `AxisError`.
    ///   `ignoringNaN` is `nanquantile`: each lane without its NaNs, NaN for a lane of nothing else.
    public func quantile(_ q: NDArray, weak: Bool = false, axes: [Int]?, method: QuantileMethod,
                         keepdims: Bool, ignoringNaN: Bool = false) throws(NumericError) -> NDArray {
        let (lanes, kept, keptDims, length) = try sortedLanes(axes: axes, ignoringNaN: ignoringNaN)
        let qValues = try q.doubles()
        let outShape = q.shape + (keepdims ? keptDims : kept)
        let integerQuantiles = q.dtype.isInteger || q.dtype == .bool
        if length == 0 && !ignoringNaN {
            try Self.emptyLaneError(float: dtype.isFloat, takesIndex: method.takesIndex(integerQuantiles: integerQuantiles),
                                    method: method, first: qValues.first ?? 0)
        }
        if method.takesIndex(integerQuantiles: integerQuantiles) {
            var values: [Double] = []
            for value in qValues {
                for lane in lanes {
                    let n = lane.count
                    guard n > 0 else {
                        values.append(.nan)
                        continue
                    }
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
        let resultType = weak ? (dtype.isFloat ? dtype : .float64) : DType.promote(dtype, gammaType)
        var values: [Double] = []
        values.reserveCapacity(qValues.count * lanes.count)
        for value in qValues {
            for lane in lanes {
                let n = lane.count
                guard n > 0 else {
                    values.append(.nan)
                    continue
                }
                let position = gammaType == .float32 ? method.position(Float(value), count: n) : method.position(value, count: n)
                guard case .between(let previous, let next, let gamma) = position else { continue }
                if lane.last?.isNaN == true {
                    values.append(.nan)
                    continue
                }
                values.append(Self.lerp(lane[previous], lane[next], gamma, data: dtype, gamma: weak ? nil : gammaType,
                                        result: resultType))
            }
        }
        return try NDArray(doubles: values, shape: outShape).converted(to: resultType)
    }

    /// The error numpy's `_quantile` meets on an empty lane: float data reads its last element (for NaNs); a
    /// method without interpolation takes from the empty axis; the others read the first quantile's lower
    /// neighbour, -1 where its virtual index is not negative (linear or midpoint at 0), else 0.
    static func emptyLaneError(float: Bool, takesIndex: Bool, method: QuantileMethod, first: Double) throws(NumericError) {
        if float { throw .index("index -1 is out of bounds for axis 0 with size 0") }
        if takesIndex { throw .index("cannot do a non-empty take from an empty axes.") }
        let atLast = first == 0 && (method == .linear || method == .midpoint)
        throw .index("index \(atLast ? -1 : 0) is out of bounds for axis 0 with size 0")
    }

    /// numpy's `_lerp(a, b, t)` with each step in the dtype numpy computes it in; `gamma` nil for a Python float
    /// `t` (whose `1 - t` is a double).
    static func lerp(_ a: Double, _ b: Double, _ t: Double, data: DType, gamma: DType?, result: DType) -> Double {
        // b - a in the data's dtype (integers subtract exactly, float32 rounds to float).
        let difference = data == .float32 ? Double(Float(b) - Float(a)) : b - a
        if result == .float32 {
            let fa = Float(a), fb = Float(b), fd = Float(difference), ft = Float(t)
            let oneMinus = gamma == nil ? Float(1 - t) : 1 - ft
            return Double(t >= 0.5 ? fb - fd * oneMinus : fa + fd * ft)
        }
        let oneMinus = gamma == .float32 ? Double(1 - Float(t)) : 1 - t
        return t >= 0.5 ? b - difference * oneMinus : a + difference * t
    }

    /// `median(a, axis, keepdims)`: the mean of the middle one or two values of each sorted lane (numpy's
    /// `mean`, in float32 for float32 data, else float64), NaN where a lane holds a NaN.
    /// - Throws: `AxisError`.
    public func median(axes: [Int]?, keepdims: Bool) throws(NumericError) -> NDArray {
        let (lanes, kept, keptDims, n) = try sortedLanes(axes: axes)
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

    /// `nanmedian(a, axis, keepdims)` of float data: the middle value, or `(a + b) / 2` of the middle two (in
    /// float32 for float32 data), of each lane without its NaNs; NaN for a lane of nothing else.
    /// - Throws: `AxisError`.
    public func nanMedian(axes: [Int]?, keepdims: Bool) throws(NumericError) -> NDArray {
        let (lanes, kept, keptDims, _) = try sortedLanes(axes: axes, ignoringNaN: true)
        let float32 = dtype == .float32
        let values = lanes.map { lane -> Double in
            let n = lane.count
            if n == 0 { return .nan }
            if n % 2 == 1 { return lane[n / 2] }
            let (a, b) = (lane[n / 2 - 1], lane[n / 2])
            return float32 ? Double((Float(a) + Float(b)) / 2) : (a + b) / 2
        }
        return try NDArray(doubles: values, shape: keepdims ? keptDims : kept).converted(to: float32 ? .float32 : .float64)
    }
}
