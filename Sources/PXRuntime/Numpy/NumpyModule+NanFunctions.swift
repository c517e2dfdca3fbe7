import PXNumeric

// MARK: - NaN-ignoring reductions and ptp

extension NumpyModule {
    /// `nansum nanprod nanmean nanvar nanstd nanmin nanmax nanargmin nanargmax nanmedian nanpercentile nanquantile
    /// nancumsum nancumprod` as numpy's Python code computes them (NaNs replaced by the identity, counts of the
    /// others), and `ptp`.
    static func installNanFunctions(into r: Registry) {
        for (name, op, identity) in [("nansum", Reduction.sum, 0.0), ("nanprod", .prod, 1.0)] {
            function(r, name, "Return the \(op == .sum ? "sum" : "product") of array elements, treating NaNs as \(Int(identity)).",
                     ["a", "axis", "dtype", "out", "keepdims", "initial", "where"]) { p, vm in
                try reduce(op, try replacingNaN(try p.array("a", vm), with: identity), p)
            }
        }
        for (name, product) in [("nancumsum", false), ("nancumprod", true)] {
            function(r, name, "Return the cumulative \(product ? "product" : "sum") of array elements, treating NaNs as "
                     + "\(product ? 1 : 0).", ["a", "axis", "dtype", "out"]) { p, vm in
                try cumulative(product ? "cumprod" : "cumsum", try replacingNaN(try p.array("a", vm), with: product ? 1 : 0), p)
            }
        }
        function(r, "nanmean", "Compute the arithmetic mean along the specified axis, ignoring NaNs.",
                 ["a", "axis", "dtype", "out", "keepdims", "where"]) { p, vm in
            let a = try p.array("a", vm)
            guard a.dtype.isFloat else { return try statistic("mean", a, p) }
            let (total, count) = try nanSumAndCount(a, p)
            return try finish(try NDArray.binary(.divide, .array(total), .array(count)).converted(to: total.dtype), p)
        }
        for name in ["nanvar", "nanstd"] {
            function(r, name, "Compute the \(name == "nanvar" ? "variance" : "standard deviation") along the specified "
                     + "axis, while ignoring NaNs.", ["a", "axis", "dtype", "out", "ddof", "keepdims", "where"]) { p, vm in
                let a = try p.array("a", vm)
                guard a.dtype.isFloat else { return try statistic(name == "nanvar" ? "var" : "std", a, p) }
                return try finish(try nanVariance(a, p, squareRoot: name == "nanstd"), p)
            }
        }
        for (name, maximum) in [("nanmin", false), ("nanmax", true)] {
            function(r, name, "Return the \(maximum ? "maximum" : "minimum") of an array or along an axis, ignoring NaNs.",
                     ["a", "axis", "out", "keepdims", "initial", "where"]) { p, vm in
                let a = try p.array("a", vm)
                guard a.dtype.isFloat else { return try reduce(maximum ? .max : .min, a, p) }
                let axes = try p.reductionAxes(of: a)
                if try a.reductionAxes(axes).contains(where: { a.shape[$0] == 0 }) || a.count == 0 {
                    throw RuntimeError.valueError("zero-size array to reduction operation \(maximum ? "fmax" : "fmin") "
                        + "which has no identity")
                }
                // fmin/fmax: NaN only where every element is NaN.
                let filled = try replacingNaN(a, with: maximum ? -.infinity : .infinity)
                let extreme = try filled.reduce(maximum ? .max : .min, axes: axes, keepdims: p.bool("keepdims", default: false))
                let (_, count) = try nanSumAndCount(a, p)
                let allNaN = try NDArray.binary(.equal, .array(count), .scalar(ArrayScalar(Int64(0)), isWeak: true))
                return try finish(try NDArray.select(allNaN, .scalar(ArrayScalar(Double.nan), isWeak: true), .array(extreme)), p)
            }
        }
        for (name, maximum) in [("nanargmin", false), ("nanargmax", true)] {
            function(r, name, "Return the indices of the \(maximum ? "maximum" : "minimum") values in the specified axis "
                     + "ignoring NaNs.", ["a", "axis", "out", "keepdims"]) { p, vm in
                let a = try p.array("a", vm)
                let axis: Int? = try p.given("axis").map(NumpyArguments.integer)
                if a.dtype.isFloat {
                    let (_, count) = try nanSumAndCount(a, p)
                    if try count.int64s().contains(0) { throw RuntimeError.valueError("All-NaN slice encountered") }
                }
                let filled = a.dtype.isFloat ? try replacingNaN(a, with: maximum ? -.infinity : .infinity) : a
                return ArrayConversion.result(try filled.argExtreme(maximum: maximum, axis: axis,
                                                                    keepdims: p.bool("keepdims", default: false)))
            }
        }
        function(r, "nanmedian", "Compute the median along the specified axis, while ignoring NaNs.",
                 ["a", "axis", "out", "overwrite_input", "keepdims"]) { p, vm in
            let a = try p.array("a", vm)
            let keepdims = p.bool("keepdims", default: false)
            let median = a.dtype.isFloat ? try a.nanMedian(axes: try p.axes(), keepdims: keepdims)
                : try a.median(axes: try p.axes(), keepdims: keepdims)
            return try finish(median, p, keepdims: keepdims)
        }
        function(r, "ptp", "Range of values (maximum - minimum) along an axis.", ["a", "axis", "out", "keepdims"]) { p, vm in
            let a = try p.array("a", vm)
            let axes = try p.reductionAxes(of: a), keepdims = p.bool("keepdims", default: false)
            let range = try NDArray.binary(.subtract, .array(try a.reduce(.max, axes: axes, keepdims: keepdims)),
                                           .array(try a.reduce(.min, axes: axes, keepdims: keepdims)))
            return try finish(range, p)
        }
    }

    /// A copy of a float array with its NaNs replaced (other arrays as they are).
    static func replacingNaN(_ a: NDArray, with value: Double) throws -> NDArray {
        guard a.dtype.isFloat else { return a }
        let mask = try a.unary(.isnan)
        return try NDArray.select(mask, .scalar(ArrayScalar(value), isWeak: true), .array(a))
    }

    /// numpy's `_replace_nan` then `sum(arr)` and `sum(~mask, dtype=intp)` over `axis=`, with `keepdims=`.
    static func nanSumAndCount(_ a: NDArray, _ p: NumpyArguments) throws -> (total: NDArray, count: NDArray) {
        let axes = try p.reductionAxes(of: a), keepdims = p.bool("keepdims", default: false)
        let kept = try a.unary(.isnan).unary(.logicalNot)
        let count = try kept.reduce(.sum, axes: axes, keepdims: keepdims, dtype: .int64)
        let total = try replacingNaN(a, with: 0).reduce(.sum, axes: axes, keepdims: keepdims, dtype: try p.dtype("dtype"))
        return (total, count)
    }

    /// numpy's `nanvar`: the squared deviations from the NaN-free mean (NaNs zeroed), summed and divided by
    /// `count - ddof`; `nanstd` its square root.
    static func nanVariance(_ a: NDArray, _ p: NumpyArguments, squareRoot: Bool) throws -> NDArray {
        let axes = try p.reductionAxes(of: a), keepdims = p.bool("keepdims", default: false)
        let mask = try a.unary(.isnan)
        let zeroed = try replacingNaN(a, with: 0)
        let count = try mask.unary(.logicalNot).reduce(.sum, axes: axes, keepdims: true, dtype: .int64)
        let total = try zeroed.reduce(.sum, axes: axes, keepdims: true, dtype: try p.dtype("dtype"))
        let average = try NDArray.binary(.divide, .array(total), .array(count)).converted(to: total.dtype)
        let deviations = try NDArray.binary(.subtract, .array(zeroed), .array(average)).converted(to: a.dtype)
        let squares = try NDArray.select(mask, .scalar(ArrayScalar(0.0), isWeak: true),
                                         .array(try NDArray.binary(.multiply, .array(deviations), .array(deviations))))
        let summed = try squares.reduce(.sum, axes: axes, keepdims: keepdims, dtype: try p.dtype("dtype"))
        let freedom = try NDArray.binary(.subtract, .array(keepdims ? count : try count.reshaped(summed.shape)),
                                         .scalar(ArrayScalar(Int64(try p.int("ddof", default: 0))), isWeak: true))
        let quotient = try NDArray.binary(.divide, .array(summed), .array(freedom)).converted(to: summed.dtype)
        // numpy: NaN where the degrees of freedom are not positive.
        let noFreedom = try NDArray.binary(.lessEqual, .array(freedom), .scalar(ArrayScalar(Int64(0)), isWeak: true))
        let variance = try NDArray.select(noFreedom, .scalar(ArrayScalar(Double.nan), isWeak: true), .array(quotient))
        return squareRoot ? try variance.unary(.sqrt) : variance
    }
}
