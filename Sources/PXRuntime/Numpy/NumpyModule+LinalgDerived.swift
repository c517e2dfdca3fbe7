import PXNumeric

// MARK: - numpy.linalg: matrix_rank, pinv, matrix_power, cond, multi_dot

extension NumpyModule {
    /// The `numpy.linalg` routines numpy writes in Python over its LAPACK wrappers.
    static func installLinalgDerived(into r: Registry) {
        linalg(r, "matrix_rank", "Return matrix rank of array using SVD method.", ["A", "tol", "hermitian", "rtol"]) { p, vm in
            let a = try p.array("A", vm)
            let tolerance = try p.given("tol").map { try ArrayConversion.scalar($0).doubleValue }
            let ranks = try numeric { try LinearAlgebra.matrixRank(a, tolerance: tolerance) }
            // numpy returns int(not all(A == 0)) for fewer than two dimensions.
            return a.ndim < 2 ? .int(Int(ranks.scalar(at: []).int64Value)) : ArrayConversion.result(ranks)
        }
        linalg(r, "pinv", "Compute the (Moore-Penrose) pseudo-inverse of a matrix.", ["a", "rcond", "hermitian", "rtol"]) { p, vm in
            let rcond = try p.double("rcond", default: 1e-15)
            return .ndarray(try numeric { try LinearAlgebra.pseudoInverse(try p.array("a", vm), rcond: rcond) })
        }
        linalg(r, "matrix_power", "Raise a square matrix to the (integer) power n.", ["a", "n"], required: 2) { p, vm in
            let a = try p.array("a", vm)
            try numeric { try LinearAlgebra.requireSquare(a) }
            guard let exponent = try? NumpyArguments.integer(p["n"] ?? .none) else {
                throw RuntimeError.typeError("exponent must be an integer")
            }
            return .ndarray(try numeric { try LinearAlgebra.matrixPower(a, exponent) })
        }
        linalg(r, "cond", "Compute the condition number of a matrix.", ["x", "p"]) { p, vm in
            let x = try p.array("x", vm)
            let order = try normOrder(p.given("p"), x: x, axes: [-2, -1])
            return ArrayConversion.result(try numeric { try LinearAlgebra.conditionNumber(x, order: order) })
        }
        linalg(r, "multi_dot", "Compute the dot product of two or more arrays in a single function call.",
               ["arrays", "out"]) { p, vm in
            let arrays = try Operations.collect(p["arrays"] ?? .none, vm).map { try ArrayConversion.asArray($0, vm) }
            return try finish(try LinearAlgebra.multiDot(arrays), p)
        }
    }
}
