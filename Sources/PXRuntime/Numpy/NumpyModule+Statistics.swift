import PXNumeric

// MARK: - Statistics: median, percentile, quantile, average, histogram, bincount

extension NumpyModule {
    static func installStatistics(into r: Registry) {
        function(r, "median", "Compute the median along the specified axis.",
                 ["a", "axis", "out", "overwrite_input", "keepdims"]) { p, vm in
            let a = try p.array("a", vm)
            let keepdims = p.bool("keepdims", default: false)
            return try finish(try a.median(axes: try p.axes(), keepdims: keepdims), p, keepdims: keepdims)
        }
        let quantileParameters = ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims", "weights",
                                  "interpolation"]
        for name in ["quantile", "percentile", "nanquantile", "nanpercentile"] {
            function(r, name, "Compute the q-th \(name) of the data along the specified axis.", quantileParameters,
                     required: 2) { p, vm in
                let a = try p.array("a", vm)
                let (q, weak) = try quantiles(p["q"] ?? .none, percent: name.hasSuffix("percentile"), vm)
                let methodName = try p.given("method").map { try StringMethods.string($0, "method must be a string") }
                    ?? "linear"
                guard let method = QuantileMethod(rawValue: methodName) else {
                    throw RuntimeError.valueError("'\(methodName)' is not a valid method. Use one of: "
                        + "dict_keys([\(QuantileMethod.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))])")
                }
                let keepdims = p.bool("keepdims", default: false)
                let result = try a.quantile(q, weak: weak, axes: try p.axes(), method: method, keepdims: keepdims,
                                            ignoringNaN: name.hasPrefix("nan") && a.dtype.isFloat)
                return try finish(result, p, keepdims: keepdims)
            }
        }
        function(r, "average", "Compute the weighted average along the specified axis.",
                 ["a", "axis", "weights", "returned", "keepdims"]) { p, vm in
            try average(p, vm)
        }
        function(r, "bincount", "Count number of occurrences of each value in array of non-negative ints.",
                 ["x", "weights", "minlength"]) { p, vm in
            let weights = try p.given("weights").map { try ArrayConversion.asArray($0, vm) }
            return .ndarray(try p.array("x", vm).bincount(weights: weights, minlength: try p.int("minlength", default: 0)))
        }
        function(r, "histogram", "Compute the histogram of a dataset.", ["a", "bins", "range", "density", "weights"]) { p, vm in
            try histogram(p, vm)
        }
    }

    /// `q` as numpy 2.4 takes it: an array of its own dtype (`percentile` divides by a weak 100, so integers
    /// become float64), weak when it was a Python int or float (the result then keeps a float array's dtype);
    /// the values must lie in [0, 1].
    /// - Throws: `ValueError: Percentiles must be in the range [0, 100]` / `Quantiles must be in the range [0, 1]`.
    static func quantiles(_ value: Value, percent: Bool, _ vm: Interpreter) throws -> (q: NDArray, weak: Bool) {
        let weak: Bool
        switch value {
        case .int, .float: weak = true
        default: weak = false
        }
        var q = try ArrayConversion.asArray(value, vm)
        if percent {
            q = try numeric { try NDArray.binary(.divide, .array(q), .scalar(ArrayScalar(Int64(100)), isWeak: true)) }
        }
        let values = try numeric { try q.doubles() }
        guard values.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
            throw RuntimeError.valueError(percent ? "Percentiles must be in the range [0, 100]"
                : "Quantiles must be in the range [0, 1]")
        }
        return (q, weak)
    }

    /// `average(a, axis, weights, returned, keepdims)`, step for step as numpy's.
    static func average(_ p: NumpyArguments, _ vm: Interpreter) throws -> Value {
        let a = try p.array("a", vm)
        // numpy's normalize_axis_tuple(axis, a.ndim, argname="axis") names the argument in its message.
        let axes = try p.axes().map { axes in
            try axes.map { axis in
                guard axis >= -a.ndim && axis < a.ndim else {
                    throw NumericError(.axisError, "axis: " + NumericError.axis(axis, ndim: a.ndim).message)
                }
                return axis < 0 ? axis + a.ndim : axis
            }
        }
        let keepdims = p.bool("keepdims", default: false)
        let average: NDArray, scale: NDArray
        if let given = p.given("weights") {
            var weights = try ArrayConversion.asArray(given, vm)
            let resultType = a.dtype.isFloat ? DType.promote(a.dtype, weights.dtype)
                : DType.promote(DType.promote(a.dtype, weights.dtype), .float64)
            if a.shape != weights.shape {
                guard let axes else {
                    throw RuntimeError.typeError("Axis must be specified when shapes of a and weights differ.")
                }
                guard weights.shape == axes.map({ a.shape[$0] }) else {
                    throw RuntimeError.valueError("Shape of weights must be consistent with shape of a along specified axis.")
                }
                let order = axes.indices.sorted { axes[$0] < axes[$1] }
                weights = try numeric {
                    try weights.transposed(order).reshaped(a.shape.indices.map { axes.contains($0) ? a.shape[$0] : 1 })
                }
            }
            scale = try numeric { try weights.reduce(.sum, axes: axes, keepdims: keepdims, dtype: resultType) }
            if try numeric({ try scale.doubles() }).contains(0) {
                throw RuntimeError.zeroDivision("Weights sum to zero, can't be normalized")
            }
            average = try numeric {
                let products = try NDArray.binary(.multiply, .array(try a.converted(to: resultType)),
                                                  .array(try weights.converted(to: resultType)))
                return try NDArray.binary(.divide, .array(try products.reduce(.sum, axes: axes, keepdims: keepdims)),
                                          .array(scale))
            }
        } else {
            average = try numeric { try a.mean(axes: axes, keepdims: keepdims) }
            // numpy's scale is the Python division a.size / avg.size.
            guard average.count > 0 else { throw RuntimeError.zeroDivision("division by zero") }
            let ratio = Double(a.count) / Double(average.count)
            scale = try numeric { try NDArray.full(shape: [], value: ArrayScalar(ratio).cast(to: average.dtype), dtype: average.dtype) }
        }
        guard p.bool("returned", default: false) else { return ArrayConversion.result(average) }
        let broadcastScale = scale.shape == average.shape ? scale : try numeric { try scale.broadcast(to: average.shape).copy() }
        return .tuple([ArrayConversion.result(average), ArrayConversion.result(broadcastScale)])
    }

    /// `histogram(a, bins=10, range=None, density=None, weights=None)`.
    static func histogram(_ p: NumpyArguments, _ vm: Interpreter) throws -> Value {
        var a = try numeric { try p.array("a", vm).raveled() }
        if a.dtype == .bool { a = try numeric { try a.cast(to: .int64) } }
        let weights = try p.given("weights").map { w in try numeric { try ArrayConversion.asArray(w, vm).raveled() } }
        if let weights, weights.shape != a.shape {
            throw RuntimeError.valueError("weights should have the same shape as a.")
        }
        var range: (Double, Double)?
        if let given = p.given("range") {
            let bounds = try Operations.collect(given, vm).map(MathModule.real)
            guard bounds.count == 2 else { throw RuntimeError.valueError("too many values to unpack (expected 2)") }
            range = (bounds[0], bounds[1])
        }
        let bins = p.given("bins") ?? .int(10)
        let (counts, edges) = try numeric { () throws -> (NDArray, NDArray) in
            if case .str(let name) = bins {
                let estimator = try HistogramBinEstimator(named: name)
                if weights != nil {
                    throw RuntimeError.typeError("Automated estimation of the number of bins is not supported for weighted data")
                }
                return try a.histogram(bins: estimator.binCount(for: a, range: range), range: range, weights: nil)
            }
            if RandomDraws.isArrayLike(bins) {
                let edges = try ArrayConversion.asArray(bins, vm)
                guard edges.ndim == 1 else { throw RuntimeError.valueError("`bins` must be 1d, when an array") }
                return try a.histogram(edges: edges, weights: weights)
            }
            guard let n = try? NumpyArguments.integer(bins) else {
                throw RuntimeError.typeError("`bins` must be an integer, a string, or an array")
            }
            return try a.histogram(bins: n, range: range, weights: weights)
        }
        guard p.given("density")?.isTruthy == true else { return .tuple([.ndarray(counts), .ndarray(edges)]) }
        let density = try numeric { () throws(NumericError) -> NDArray in
            let edgeValues = try edges.doubles()
            let widths = NDArray(doubles: (0..<(edgeValues.count - 1)).map { edgeValues[$0 + 1] - edgeValues[$0] })
            let total = try counts.reduce(.sum)
            let perWidth = try NDArray.binary(.divide, .array(counts), .array(widths))
            return try NDArray.binary(.divide, .array(perWidth), .array(total))
        }
        return .tuple([.ndarray(density), .ndarray(edges)])
    }
}
