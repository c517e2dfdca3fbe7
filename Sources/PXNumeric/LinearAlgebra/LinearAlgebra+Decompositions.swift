import COpenBLAS

/// The decompositions: `eigh` (`dsyevd`), `svd` (`dgesdd`) and `qr` (`dgeqrf` + `dorgqr`).
extension LinearAlgebra {
    // MARK: - eigh

    /// `eigh(a)`: eigenvalues in ascending order and the eigenvectors as columns (`dsyevd`, jobz 'V'), reading
    /// the lower triangle (numpy's default `UPLO='L'`) or the upper one.
    /// - Throws: `LinAlgError: Eigenvalues did not converge`, or `notSquare`.
    public static func eigh(_ a: Matrix, upper: Bool = false) throws(NumericError) -> (values: [Double], vectors: Matrix) {
        let (values, vectors) = try syevd(a, upper: upper, vectors: true)
        return (values, vectors ?? Matrix(rows: 0, columns: 0))
    }

    /// `eigvalsh(a)`: the eigenvalues only (`dsyevd`, jobz 'N').
    /// - Throws: `LinAlgError: Eigenvalues did not converge`, or `notSquare`.
    public static func eigenvaluesSymmetric(_ a: Matrix, upper: Bool = false) throws(NumericError) -> [Double] {
        try syevd(a, upper: upper, vectors: false).0
    }

    private static func syevd(_ a: Matrix, upper: Bool, vectors: Bool) throws(NumericError) -> ([Double], Matrix?) {
        try requireSquare(a)
        let blas = try BLAS.functions()
        let n = try LAPACK.dimension(a.rows), ld = Swift.max(1, n)
        let jobz = LAPACK.character(vectors ? "V" : "N"), uplo = LAPACK.character(upper ? "U" : "L")
        var columns = a.columnMajor()
        var values = [Double](repeating: 0, count: Swift.max(1, a.rows))
        var workQuery = 0.0, iworkQuery: Int32 = 0
        guard blas.LAPACKE_dsyevd_work(LAPACK.columnMajor, jobz, uplo, n, &columns, ld, &values, &workQuery, -1,
                                       &iworkQuery, -1) == 0
        else { throw .linAlg("Eigenvalues did not converge") }
        var work = [Double](repeating: 0, count: LAPACK.workspace(workQuery))
        var iwork = [Int32](repeating: 0, count: Swift.max(1, Int(iworkQuery)))
        let info = blas.LAPACKE_dsyevd_work(LAPACK.columnMajor, jobz, uplo, n, &columns, ld, &values, &work,
                                            Int32(work.count), &iwork, Int32(iwork.count))
        guard info == 0 else { throw .linAlg("Eigenvalues did not converge") }
        let result = vectors ? Matrix(columnMajor: columns, rows: a.rows, columns: a.rows, leadingDimension: Int(ld)) : nil
        return (Array(values.prefix(a.rows)), result)
    }

    // MARK: - svd

    /// The result of `svd`: `u` and `vt` are nil when `computeUV` is false.
    public struct SingularValueDecomposition: Equatable, Sendable {
        /// The left singular vectors as columns (m×m, or m×k when not full).
        public let u: Matrix?
        /// The singular values, descending (k = min(m, n) of them).
        public let s: [Double]
        /// The right singular vectors as rows (n×n, or k×n when not full).
        public let vt: Matrix?
    }

    /// `svd(a, full_matrices, compute_uv)` (`dgesdd` with jobz 'A', 'S' or 'N').
    /// - Throws: `LinAlgError: SVD did not converge`.
    public static func svd(
        _ a: Matrix, fullMatrices: Bool = true, computeUV: Bool = true
    ) throws(NumericError) -> SingularValueDecomposition {
        let blas = try BLAS.functions()
        let m = try LAPACK.dimension(a.rows), n = try LAPACK.dimension(a.columns)
        let k = Swift.min(a.rows, a.columns)
        let jobz: Character = computeUV ? (fullMatrices ? "A" : "S") : "N"
        let uColumns = jobz == "A" ? a.rows : (jobz == "S" ? k : 0)
        let vtRows = jobz == "A" ? a.columns : (jobz == "S" ? k : 0)
        let lda = Swift.max(1, m), ldu = Swift.max(1, m), ldvt = Int32(Swift.max(1, vtRows))
        var columns = a.columnMajor()
        var s = [Double](repeating: 0, count: Swift.max(1, k))
        var u = [Double](repeating: 0, count: Swift.max(1, Int(ldu) * uColumns))
        var vt = [Double](repeating: 0, count: Swift.max(1, Int(ldvt) * a.columns))
        var iwork = [Int32](repeating: 0, count: Swift.max(1, 8 * k))
        var workQuery = 0.0
        let job = LAPACK.character(jobz)
        guard blas.LAPACKE_dgesdd_work(LAPACK.columnMajor, job, m, n, &columns, lda, &s, &u, ldu, &vt, ldvt,
                                       &workQuery, -1, &iwork) == 0
        else { throw .linAlg("SVD did not converge") }
        var work = [Double](repeating: 0, count: LAPACK.workspace(workQuery))
        let info = blas.LAPACKE_dgesdd_work(LAPACK.columnMajor, job, m, n, &columns, lda, &s, &u, ldu, &vt, ldvt,
                                            &work, Int32(work.count), &iwork)
        guard info == 0 else { throw .linAlg("SVD did not converge") }
        let values = Array(s.prefix(k))
        guard computeUV else { return SingularValueDecomposition(u: nil, s: values, vt: nil) }
        if jobz == "A" && k == 0 {
            // LAPACK leaves U and Vᵀ unset when a dimension is zero; numpy returns identities.
            return SingularValueDecomposition(u: .identity(a.rows), s: values, vt: .identity(a.columns))
        }
        return SingularValueDecomposition(
            u: Matrix(columnMajor: u, rows: a.rows, columns: uColumns, leadingDimension: Int(ldu)),
            s: values,
            vt: Matrix(columnMajor: vt, rows: vtRows, columns: a.columns, leadingDimension: Int(ldvt)))
    }

    // MARK: - qr

    /// What `qr` returns (numpy's `mode`).
    public enum QRMode: String, Sendable {
        /// `q` (m×k) and `r` (k×n), k = min(m, n).
        case reduced
        /// `q` (m×m) and `r` (m×n).
        case complete
        /// `r` only (k×n).
        case r
    }

    /// `qr(a, mode)`: Householder QR (`dgeqrf`), then `q` formed by `dorgqr`; `r` is the upper triangle of the
    /// factored matrix.
    /// - Throws: `LinAlgError: Incorrect argument found while performing QR factorization` if LAPACK refuses.
    public static func qr(_ a: Matrix, mode: QRMode = .reduced) throws(NumericError) -> (q: Matrix?, r: Matrix) {
        let blas = try BLAS.functions()
        let m = try LAPACK.dimension(a.rows), n = try LAPACK.dimension(a.columns)
        let k = Swift.min(a.rows, a.columns), lda = Swift.max(1, m)
        var factor = a.columnMajor()
        var tau = [Double](repeating: 0, count: Swift.max(1, k))
        var workQuery = 0.0
        let failure = NumericError.linAlg("Incorrect argument found while performing QR factorization")
        guard blas.LAPACKE_dgeqrf_work(LAPACK.columnMajor, m, n, &factor, lda, &tau, &workQuery, -1) == 0
        else { throw failure }
        var work = [Double](repeating: 0, count: LAPACK.workspace(workQuery, atLeast: Swift.max(1, a.columns)))
        guard blas.LAPACKE_dgeqrf_work(LAPACK.columnMajor, m, n, &factor, lda, &tau, &work, Int32(work.count)) == 0
        else { throw failure }

        let qColumns = mode == .complete && a.rows > a.columns ? a.rows : k
        let rRows = mode == .r ? k : qColumns
        var r = Matrix(rows: rRows, columns: a.columns)
        for i in 0..<Swift.min(rRows, a.rows) {
            for j in stride(from: i, to: a.columns, by: 1) { r[i, j] = factor[j * Int(lda) + i] }
        }
        guard mode != .r else { return (nil, r) }

        let mc = try LAPACK.dimension(qColumns), kk = try LAPACK.dimension(k)
        var q = [Double](repeating: 0, count: Int(lda) * Swift.max(1, qColumns))
        for j in 0..<Swift.min(a.columns, qColumns) {
            for i in 0..<a.rows { q[j * Int(lda) + i] = factor[j * Int(lda) + i] }
        }
        guard blas.LAPACKE_dorgqr_work(LAPACK.columnMajor, m, mc, kk, &q, lda, &tau, &workQuery, -1) == 0
        else { throw failure }
        work = [Double](repeating: 0, count: LAPACK.workspace(workQuery, atLeast: Swift.max(1, a.columns)))
        guard blas.LAPACKE_dorgqr_work(LAPACK.columnMajor, m, mc, kk, &q, lda, &tau, &work, Int32(work.count)) == 0
        else { throw failure }
        return (Matrix(columnMajor: q, rows: a.rows, columns: qColumns, leadingDimension: Int(lda)), r)
    }
}
