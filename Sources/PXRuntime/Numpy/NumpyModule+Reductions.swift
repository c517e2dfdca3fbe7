import PXNumeric

// MARK: - Reductions: sum, prod, mean, std, var, min, max, argmin, argmax, any, all, cumsum, cumprod

extension NumpyModule {
    static let reductionParameters = ["a", "axis", "dtype", "out", "keepdims", "initial", "where"]

    static func installReductions(into r: Registry) {
        for (name, op) in [("sum", Reduction.sum), ("prod", .prod), ("min", .min), ("max", .max), ("amin", .min),
                           ("amax", .max), ("any", .any), ("all", .all)] {
            function(r, name, "Return the \(name) of array elements over a given axis.", reductionParameters) { p, vm in
                try reduce(op, try p.array("a", vm), p)
            }
        }
        for name in ["mean", "std", "var"] {
            function(r, name, "Compute the \(name) along the specified axis.",
                     ["a", "axis", "dtype", "out", "ddof", "keepdims", "where"]) { p, vm in
                try statistic(name, try p.array("a", vm), p)
            }
        }
        for name in ["argmin", "argmax"] {
            function(r, name, "Returns the indices of the \(name == "argmin" ? "minimum" : "maximum") values along an axis.",
                     ["a", "axis", "out", "keepdims"]) { p, vm in
                try argExtreme(name, try p.array("a", vm), p)
            }
        }
        for name in ["cumsum", "cumprod"] {
            function(r, name, "Return the cumulative \(name == "cumsum" ? "sum" : "product") of the elements along a given axis.",
                     ["a", "axis", "dtype", "out"]) { p, vm in
                try cumulative(name, try p.array("a", vm), p)
            }
        }
        function(r, "count_nonzero", "Counts the number of non-zero values in the array.", ["a", "axis", "keepdims"]) { p, vm in
            let a = try p.array("a", vm)
            let axes = try p.reductionAxes(of: a)
            if axes == nil && !p.bool("keepdims", default: false) { return .scalar(ArrayScalar(Int64(try a.countNonzero()))) }
            let flags = try a.cast(to: .bool)
            return ArrayConversion.result(try flags.reduce(.sum, axes: axes, keepdims: p.bool("keepdims", default: false),
                                                           dtype: .int64))
        }
    }

    /// `a.sum(...)`, `np.sum(a, ...)` and the other reductions with identity or extremes.
    static func reduce(_ op: Reduction, _ a: NDArray, _ p: NumpyArguments) throws -> Value {
        let keepdims = p.bool("keepdims", default: false)
        var result = try a.reduce(op, axes: try p.reductionAxes(of: a), keepdims: keepdims, dtype: try p.dtype("dtype"))
        if let initial = p.given("initial") {
            result = try NDArray.binary(op.binary, .array(result), .scalar(try ArrayConversion.scalar(initial), isWeak: true))
        }
        return try finish(result, p)
    }

    /// A result written to `out=` when given, else returned (a 0-d result as a numpy scalar).
    static func finish(_ result: NDArray, _ p: NumpyArguments, keepdims: Bool = false) throws -> Value {
        if let out = try p.out() {
            try out.assign(from: result)
            return .ndarray(out)
        }
        return keepdims ? .ndarray(result) : ArrayConversion.result(result)
    }

    /// `mean`, `std` and `var`.
    static func statistic(_ name: String, _ a: NDArray, _ p: NumpyArguments) throws -> Value {
        let axes = try p.axes()
        let keepdims = p.bool("keepdims", default: false)
        let dtype = try p.dtype("dtype")
        let result: NDArray
        switch name {
        case "mean": result = try a.mean(axes: axes, keepdims: keepdims, dtype: dtype)
        default:
            result = try a.variance(axes: axes, ddof: try p.int("ddof", default: 0), keepdims: keepdims, dtype: dtype,
                                    squareRoot: name == "std")
        }
        return try finish(result, p)
    }

    static func argExtreme(_ name: String, _ a: NDArray, _ p: NumpyArguments) throws -> Value {
        let result = try a.argExtreme(maximum: name == "argmax", axis: try p.axis(), keepdims: p.bool("keepdims", default: false))
        return try finish(result, p)
    }

    static func cumulative(_ name: String, _ a: NDArray, _ p: NumpyArguments) throws -> Value {
        let result = try a.cumulative(product: name == "cumprod", axis: try p.axis(), dtype: try p.dtype("dtype"))
        return try finish(result, p)
    }
}
