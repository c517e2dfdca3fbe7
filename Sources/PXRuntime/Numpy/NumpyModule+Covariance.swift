import PXNumeric

// MARK: - cov, corrcoef, partition, argpartition, lexsort

extension NumpyModule {
    /// `cov` and `corrcoef` as numpy's Python code computes them, and the partial sorts.
    static func installCovariance(into r: Registry) {
        function(r, "cov", "Estimate a covariance matrix, given data and weights.",
                 ["m", "y", "rowvar", "bias", "ddof", "fweights", "aweights", "dtype"]) { p, vm in
            .ndarray(try covariance(p, vm))
        }
        function(r, "corrcoef", "Return Pearson product-moment correlation coefficients.", ["x", "y", "rowvar", "dtype"]) { p, vm in
            let c = try covariance(p, vm, data: "x")
            guard c.ndim == 2 else {
                // numpy: diag of a scalar covariance fails, and it returns c / c.
                return ArrayConversion.result(try NDArray.binary(.divide, .array(c), .array(c)))
            }
            let n = c.shape[0]
            let stddev = (0..<n).map { i in c.scalar(at: [i, i]).doubleValue.squareRoot() }
            let rows = NDArray(doubles: stddev, shape: [n, 1]), columns = NDArray(doubles: stddev, shape: [1, n])
            let scaled = try NDArray.binary(.divide, .array(try NDArray.binary(.divide, .array(c), .array(rows))), .array(columns))
            let clipped = try NDArray.binary(.minimum, .array(try NDArray.binary(.maximum, .array(scaled),
                                                                                    .scalar(ArrayScalar(-1.0), isWeak: true))),
                                             .scalar(ArrayScalar(1.0), isWeak: true))
            return .ndarray(clipped)
        }
        for name in ["partition", "argpartition"] {
            function(r, name, name == "partition" ? "Return a partitioned copy of an array."
                     : "Perform an indirect partition along the given axis.", ["a", "kth", "axis", "kind", "order"],
                     required: 2) { p, vm in
                let a = try p.array("a", vm)
                let axis: Int? = p["axis"] != nil && p.given("axis") == nil ? nil : try p.int("axis", default: -1)
                let length = axis.map { a.ndim == 0 ? 1 : a.shape[(($0 % a.ndim) + a.ndim) % a.ndim] } ?? a.count
                let kth = try ArrayConversion.asArray(p["kth"] ?? .none, vm).int64s()
                for k in kth {
                    let normalized = k < 0 ? Int(k) + length : Int(k)
                    guard normalized >= 0 && normalized < length else {
                        throw RuntimeError.valueError("kth(=\(normalized)) out of bounds (\(length))")
                    }
                }
                // A full sort is one of the arrangements a partition may leave.
                return .ndarray(name == "partition" ? try a.sorted(axis: axis) : try a.argsorted(axis: axis))
            }
        }
        function(r, "lexsort", "Perform an indirect stable sort using a sequence of keys.", ["keys", "axis"]) { p, vm in
            let keys = try Operations.collect(p["keys"] ?? .none, vm).map { try ArrayConversion.asArray($0, vm).doubles() }
            guard let count = keys.first?.count else {
                throw RuntimeError.typeError("need sequence of keys with len > 0 in lexsort")
            }
            guard keys.allSatisfy({ $0.count == count }) else {
                throw RuntimeError.valueError("all keys need to be the same shape")
            }
            // The last key is the primary one; ties keep their order.
            let order = (0..<count).sorted { i, j in
                for key in keys.reversed() where key[i] != key[j] { return key[i] < key[j] }
                return i < j
            }
            return .ndarray(NDArray(int64s: order.map(Int64.init), shape: [count]))
        }
    }

    /// `cov(m, y, rowvar, bias, ddof)`: rows are variables; `X -= X.mean(1)`, `c = X @ X.T`, `c *= 1 / fact`,
    /// squeezed.
    static func covariance(_ p: NumpyArguments, _ vm: Interpreter, data: String = "m") throws -> NDArray {
        let rowvar = p.bool("rowvar", default: true)
        func variables(_ value: Value) throws -> NDArray {
            let a = try ArrayConversion.asArray(value, vm)
            guard a.ndim <= 2 else { throw RuntimeError.valueError("\(data) has more than 2 dimensions") }
            var x = try a.atLeast(2).converted(to: DType.promote(a.dtype, .float64))
            if !rowvar && x.shape[0] != 1 { x = try x.transposed() }
            return x
        }
        var x = try variables(p[data] ?? .none)
        if x.shape[0] == 0 { return try NDArray.zeros(shape: [0, 0]) }
        if let y = p.given("y") { x = try NDArray.concatenate([x, try variables(y)], axis: 0) }
        let bias = p.bool("bias", default: false)
        let ddof = try p.int("ddof", default: bias ? 0 : 1)
        let average = try x.mean(axes: [1], keepdims: true)
        let fact = Swift.max(0, x.shape[1] - ddof)
        let centered = try NDArray.binary(.subtract, .array(x), .array(average))
        let product = try NDArray.dot(centered, try centered.transposed())
        let scaled = try NDArray.binary(.multiply, .array(product), .scalar(ArrayScalar(1 / Double(fact)), isWeak: false))
        return try scaled.squeezed()
    }
}
