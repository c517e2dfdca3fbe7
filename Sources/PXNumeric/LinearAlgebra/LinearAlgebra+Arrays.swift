/// `numpy.linalg` on arrays: stacks of matrices (..., M, N) go through the matrix routines one by one, results come
/// back in the input's float type (float32 in, float32 out; everything else float64), as numpy's wrappers do.
extension LinearAlgebra {
    /// The result dtype of numpy's `_commonType`: float32 only when every input is float32.
    public static func resultType(_ arrays: NDArray...) -> DType {
        arrays.allSatisfy { $0.dtype == .float32 } ? .float32 : .float64
    }

    /// numpy's `_assert_stacked_2d`.
    /// - Throws: `LinAlgError: 1-dimensional array given. Array must be at least two-dimensional`.
    public static func requireStacked(_ a: NDArray) throws(NumericError) {
        guard a.ndim >= 2 else {
            throw .linAlg("\(a.ndim)-dimensional array given. Array must be at least two-dimensional")
        }
    }

    /// numpy's `_assert_stacked_square`.
    /// - Throws: the `requireStacked` error, or `LinAlgError: Last 2 dimensions of the array must be square`.
    public static func requireSquare(_ a: NDArray) throws(NumericError) {
        try requireStacked(a)
        guard a.shape[a.ndim - 1] == a.shape[a.ndim - 2] else { throw .notSquare }
    }

    /// `solve(a, b)`: `b` of shape (..., M) is one right-hand side per matrix (numpy's `solve1`, when `b` is
    /// 1-D), else (..., M, K); the stacks broadcast.
    /// - Throws: numpy's `LinAlgError`s and its gufunc `ValueError` for mismatched core dimensions.
    public static func solve(_ a: NDArray, _ b: NDArray) throws(NumericError) -> NDArray {
        try requireSquare(a)
        let n = a.shape[a.ndim - 1]
        let dtype = resultType(a, b)
        if b.ndim == 1 {
            guard b.shape[0] == n else {
                throw .value("solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                    + "(m,m),(m)->(m) (size \(b.shape[0]) is different from \(n))")
            }
            let column = Matrix(rows: n, columns: 1, elements: try b.doubles())
            let solutions = try a.matrices().map { matrix throws(NumericError) in try solve(matrix, column).elements }
            return try NDArray.stacking(solutions.flatMap { $0 }, shape: a.stackShape + [n], dtype: dtype)
        }
        guard b.shape[b.ndim - 2] == n else {
            throw .value("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "(m,m),(m,n)->(m,n) (size \(b.shape[b.ndim - 2]) is different from \(n))")
        }
        let k = b.shape[b.ndim - 1]
        let stack = try Shape.broadcast(a.stackShape, b.stackShape)
        let left = try a.broadcast(to: stack + [n, n]).matrices()
        let right = try b.broadcast(to: stack + [n, k]).matrices()
        var solutions: [Matrix] = []
        for (x, y) in zip(left, right) { solutions.append(try solve(x, y)) }
        return try NDArray.stacking(solutions, stack: stack, rows: n, columns: k, dtype: dtype)
    }

    /// `inv(a)` of each matrix of a stack.
    /// - Throws: `LinAlgError: Singular matrix` and the shape errors.
    public static func inverse(_ a: NDArray) throws(NumericError) -> NDArray {
        try requireSquare(a)
        let n = a.shape[a.ndim - 1]
        var inverses: [Matrix] = []
        for m in try a.matrices() { inverses.append(try inverse(m)) }
        return try NDArray.stacking(inverses, stack: a.stackShape, rows: n, columns: n, dtype: resultType(a))
    }

    /// `det(a)`: one determinant per matrix (a 0-d array for one matrix).
    /// - Throws: the shape errors.
    public static func determinant(_ a: NDArray) throws(NumericError) -> NDArray {
        try requireSquare(a)
        var values: [Double] = []
        for m in try a.matrices() { values.append(try determinant(m)) }
        return try NDArray.stacking(values, shape: a.stackShape, dtype: resultType(a))
    }

    /// `slogdet(a)`: signs and logs of the absolute determinants.
    /// - Throws: the shape errors.
    public static func signAndLogDeterminant(_ a: NDArray) throws(NumericError) -> (sign: NDArray, logAbs: NDArray) {
        try requireSquare(a)
        var signs: [Double] = [], logs: [Double] = []
        for m in try a.matrices() {
            let (sign, logAbs) = try signAndLogDeterminant(m)
            signs.append(sign)
            logs.append(logAbs)
        }
        let dtype = resultType(a)
        return (try NDArray.stacking(signs, shape: a.stackShape, dtype: dtype),
                try NDArray.stacking(logs, shape: a.stackShape, dtype: dtype))
    }

    /// `cholesky(a, upper=…)` of each matrix.
    /// - Throws: `LinAlgError: Matrix is not positive definite` and the shape errors.
    public static func cholesky(_ a: NDArray, upper: Bool = false) throws(NumericError) -> NDArray {
        try requireSquare(a)
        let n = a.shape[a.ndim - 1]
        var factors: [Matrix] = []
        for m in try a.matrices() { factors.append(try cholesky(m, upper: upper)) }
        return try NDArray.stacking(factors, stack: a.stackShape, rows: n, columns: n, dtype: resultType(a))
    }

    /// `eigh(a, UPLO)`: ascending eigenvalues (..., M) and eigenvectors as columns (..., M, M); `vectors: false`
    /// is `eigvalsh` (the second result is nil).
    /// - Throws: `LinAlgError: Eigenvalues did not converge` and the shape errors.
    public static func eigh(_ a: NDArray, upper: Bool = false, vectors: Bool = true) throws(NumericError)
        -> (values: NDArray, vectors: NDArray?) {
        try requireSquare(a)
        let n = a.shape[a.ndim - 1], dtype = resultType(a)
        var values: [Double] = [], bases: [Matrix] = []
        for m in try a.matrices() {
            if vectors {
                let (w, v) = try eigh(m, upper: upper)
                values += w
                bases.append(v)
            } else {
                values += try eigenvaluesSymmetric(m, upper: upper)
            }
        }
        let w = try NDArray.stacking(values, shape: a.stackShape + [n], dtype: dtype)
        guard vectors else { return (w, nil) }
        return (w, try NDArray.stacking(bases, stack: a.stackShape, rows: n, columns: n, dtype: dtype))
    }

    /// `svd(a, full_matrices, compute_uv)`: `u` and `vh` are nil without `computeUV`.
    /// - Throws: `LinAlgError: SVD did not converge` and the shape errors.
    public static func svd(_ a: NDArray, fullMatrices: Bool = true, computeUV: Bool = true) throws(NumericError)
        -> (u: NDArray?, s: NDArray, vh: NDArray?) {
        try requireStacked(a)
        let m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1], k = Swift.min(m, n), dtype = resultType(a)
        var us: [Matrix] = [], singular: [Double] = [], vts: [Matrix] = []
        for matrix in try a.matrices() {
            let result = try svd(matrix, fullMatrices: fullMatrices, computeUV: computeUV)
            singular += result.s
            if let u = result.u, let vt = result.vt {
                us.append(u)
                vts.append(vt)
            }
        }
        let s = try NDArray.stacking(singular, shape: a.stackShape + [k], dtype: dtype)
        guard computeUV else { return (nil, s, nil) }
        let uColumns = fullMatrices ? m : k, vtRows = fullMatrices ? n : k
        return (try NDArray.stacking(us, stack: a.stackShape, rows: m, columns: uColumns, dtype: dtype), s,
                try NDArray.stacking(vts, stack: a.stackShape, rows: vtRows, columns: n, dtype: dtype))
    }

    /// `qr(a, mode)`: `q` is nil for mode 'r'.
    /// - Throws: the shape errors.
    public static func qr(_ a: NDArray, mode: QRMode = .reduced) throws(NumericError) -> (q: NDArray?, r: NDArray) {
        try requireStacked(a)
        let m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1], dtype = resultType(a)
        var qs: [Matrix] = [], rs: [Matrix] = []
        for matrix in try a.matrices() {
            let (q, r) = try qr(matrix, mode: mode)
            if let q { qs.append(q) }
            rs.append(r)
        }
        let qColumns = mode == .complete && m > n ? m : Swift.min(m, n)
        let rRows = mode == .r ? Swift.min(m, n) : qColumns
        let r = try NDArray.stacking(rs, stack: a.stackShape, rows: rRows, columns: n, dtype: dtype)
        guard mode != .r else { return (nil, r) }
        return (try NDArray.stacking(qs, stack: a.stackShape, rows: m, columns: qColumns, dtype: dtype), r)
    }

    /// `lstsq(a, b, rcond)` for a 2-D `a` and a 1-D or 2-D `b`: the solution, the residuals (empty unless the
    /// rank is N and M > N), the rank and the singular values.
    /// - Throws: `LinAlgError: 3-dimensional array given. Array must be two-dimensional`,
    ///   `LinAlgError: Incompatible dimensions`, `LinAlgError: SVD did not converge in Linear Least Squares`.
    public static func leastSquares(_ a: NDArray, _ b: NDArray, rcond: Double? = nil) throws(NumericError)
        -> (x: NDArray, residuals: NDArray, rank: Int, singularValues: NDArray) {
        for array in [a, b.ndim == 1 ? b.atLeast(2) : b] where array.ndim != 2 {
            throw .linAlg("\(array.ndim)-dimensional array given. Array must be two-dimensional")
        }
        let isVector = b.ndim == 1
        let right = isVector ? Matrix(rows: b.shape[0], columns: 1, elements: try b.doubles())
            : try b.matrices()[0]
        guard let left = try a.matrices().first else { throw .linAlg("Incompatible dimensions") }
        let solution = try leastSquares(left, right, rcond: rcond)
        let dtype = resultType(a, b)
        let x = isVector ? try NDArray.stacking(solution.x.elements, shape: [left.columns], dtype: dtype)
            : try NDArray.stacking([solution.x], stack: [], rows: left.columns, columns: right.columns, dtype: dtype)
        return (x, try NDArray.stacking(solution.residuals, shape: [solution.residuals.count], dtype: dtype),
                solution.rank,
                try NDArray.stacking(solution.singularValues, shape: [solution.singularValues.count], dtype: dtype))
    }
}
