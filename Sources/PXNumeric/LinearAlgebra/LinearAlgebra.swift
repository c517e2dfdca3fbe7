import COpenBLAS

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `numpy.linalg` on matrices: the same LAPACK routines with the same arguments as numpy, so results carry
/// numpy's digits.
public enum LinearAlgebra {
    static func requireSquare(_ a: Matrix) throws(NumericError) {
        guard a.rows == a.columns else { throw .notSquare }
    }

    // MARK: - solve, inv

    /// `solve(a, b)` for a square `a` and a right-hand side of `a.rows` rows (`dgesv`).
    /// - Throws: `LinAlgError: Singular matrix`; `notSquare` for a non-square `a`; a `ValueError` when `b` has
    ///   the wrong number of rows.
    public static func solve(_ a: Matrix, _ b: Matrix) throws(NumericError) -> Matrix {
        try requireSquare(a)
        guard b.rows == a.rows else {
            throw NumericError(.valueError, "solve: Input operand 1 has a mismatch in its core dimension 0, "
                + "with gufunc signature (m,m),(m,n)->(m,n) (size \(b.rows) is different from \(a.rows))")
        }
        return try gesv(a, b)
    }

    /// `inv(a)`: `dgesv` against the identity.
    /// - Throws: `LinAlgError: Singular matrix`, or `notSquare`.
    public static func inverse(_ a: Matrix) throws(NumericError) -> Matrix {
        try requireSquare(a)
        return try gesv(a, .identity(a.rows))
    }

    private static func gesv(_ a: Matrix, _ b: Matrix) throws(NumericError) -> Matrix {
        let blas = try BLAS.functions()
        let n = try LAPACK.dimension(a.rows), nrhs = try LAPACK.dimension(b.columns)
        let ld = Swift.max(1, n)
        var aColumns = a.columnMajor(), bColumns = b.columnMajor()
        var pivots = [Int32](repeating: 0, count: Swift.max(1, a.rows))
        let info = blas.LAPACKE_dgesv_work(LAPACK.columnMajor, n, nrhs, &aColumns, ld, &pivots, &bColumns, ld)
        guard info == 0 else { throw .singular }
        return Matrix(columnMajor: bColumns, rows: b.rows, columns: b.columns, leadingDimension: Int(ld))
    }

    // MARK: - det, slogdet

    /// `slogdet(a)`: the sign and the log of the absolute determinant, from the LU factors (`dgetrf`); a
    /// singular matrix gives sign 0 and log -inf.
    /// - Throws: `notSquare`.
    public static func signAndLogDeterminant(_ a: Matrix) throws(NumericError) -> (sign: Double, logAbs: Double) {
        try requireSquare(a)
        let blas = try BLAS.functions()
        let n = try LAPACK.dimension(a.rows)
        var columns = a.columnMajor()
        var pivots = [Int32](repeating: 0, count: Swift.max(1, a.rows))
        let info = blas.LAPACKE_dgetrf_work(LAPACK.columnMajor, n, n, &columns, Swift.max(1, n), &pivots)
        guard info == 0 else { return (0, -.infinity) }
        var sign = 1.0
        for i in 0..<a.rows where pivots[i] != Int32(i + 1) { sign = -sign }
        var logAbs = 0.0
        for i in 0..<a.rows {
            var element = columns[i * a.rows + i]
            if element < 0 {
                sign = -sign
                element = -element
            }
            logAbs += log(element)
        }
        return (sign, logAbs)
    }

    /// `det(a)`: `sign * exp(logdet)` from `slogdet`, as numpy computes it (so `det([[1, 2], [3, 4]])` is
    /// `-2.0000000000000004`).
    /// - Throws: `notSquare`.
    public static func determinant(_ a: Matrix) throws(NumericError) -> Double {
        let (sign, logAbs) = try signAndLogDeterminant(a)
        return sign * exp(logAbs)
    }

    // MARK: - cholesky

    /// `cholesky(a)`: the lower factor `L` with `a = L Lᵀ` (`dpotrf` on the lower triangle), or the upper
    /// factor with `upper`; the other triangle is zero.
    /// - Throws: `LinAlgError: Matrix is not positive definite`, or `notSquare`.
    public static func cholesky(_ a: Matrix, upper: Bool = false) throws(NumericError) -> Matrix {
        try requireSquare(a)
        let blas = try BLAS.functions()
        let n = try LAPACK.dimension(a.rows)
        var columns = a.columnMajor()
        let info = blas.LAPACKE_dpotrf_work(LAPACK.columnMajor, LAPACK.character(upper ? "U" : "L"), n, &columns,
                                            Swift.max(1, n))
        guard info == 0 else { throw .linAlg("Matrix is not positive definite") }
        var result = Matrix(columnMajor: columns, rows: a.rows, columns: a.rows, leadingDimension: Int(Swift.max(1, n)))
        for i in 0..<a.rows {
            for j in 0..<a.rows where upper ? j < i : j > i { result[i, j] = 0 }
        }
        return result
    }
}
