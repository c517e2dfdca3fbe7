import COpenBLAS

/// `lstsq` (`dgelsd`).
extension LinearAlgebra {
    /// The result of `lstsq`.
    public struct LeastSquaresSolution: Equatable, Sendable {
        /// The solution, n×nrhs.
        public let x: Matrix
        /// The squared residual of each column; empty unless the rank is n and m > n (numpy's rule).
        public let residuals: [Double]
        /// The effective rank of `a`.
        public let rank: Int
        /// The singular values of `a`, descending.
        public let singularValues: [Double]
    }

    /// `lstsq(a, b, rcond)`: the minimum-norm least-squares solution by divide-and-conquer SVD (`dgelsd`).
    /// - Parameter rcond: singular values below `rcond` times the largest count as zero; nil is numpy 2's default,
    ///   machine epsilon times max(m, n).
    /// - Throws: `LinAlgError: Incompatible dimensions` when the row counts differ;
    ///   `LinAlgError: SVD did not converge in Linear Least Squares`.
    public static func leastSquares(_ a: Matrix, _ b: Matrix, rcond: Double? = nil) throws(NumericError) -> LeastSquaresSolution {
        guard a.rows == b.rows else { throw .linAlg("Incompatible dimensions") }
        let blas = try BLAS.functions()
        let m = try LAPACK.dimension(a.rows), n = try LAPACK.dimension(a.columns)
        // LAPACK cannot take zero right-hand sides: numpy solves one column of zeros and drops it.
        let rhs = b.columns == 0 ? Matrix(rows: b.rows, columns: 1) : b
        let nrhs = try LAPACK.dimension(rhs.columns)
        let k = Swift.min(a.rows, a.columns)
        let lda = Swift.max(1, m), ldb = Swift.max(1, Swift.max(m, n))
        var aColumns = a.columnMajor()
        var bColumns = rhs.columnMajor(leadingDimension: Int(ldb))
        var s = [Double](repeating: 0, count: Swift.max(1, k))
        let cutoff = rcond ?? Double.ulpOfOne * Double(Swift.max(a.rows, a.columns))
        var rank: Int32 = 0
        var workQuery = 0.0, iworkQuery: Int32 = 0
        let failure = NumericError.linAlg("SVD did not converge in Linear Least Squares")
        guard blas.LAPACKE_dgelsd_work(LAPACK.columnMajor, m, n, nrhs, &aColumns, lda, &bColumns, ldb, &s, cutoff,
                                       &rank, &workQuery, -1, &iworkQuery) == 0
        else { throw failure }
        var work = [Double](repeating: 0, count: LAPACK.workspace(workQuery))
        var iwork = [Int32](repeating: 0, count: Swift.max(1, Int(iworkQuery)))
        guard blas.LAPACKE_dgelsd_work(LAPACK.columnMajor, m, n, nrhs, &aColumns, lda, &bColumns, ldb, &s, cutoff,
                                       &rank, &work, Int32(work.count), &iwork) == 0
        else { throw failure }

        var x = Matrix(columnMajor: bColumns, rows: a.columns, columns: rhs.columns, leadingDimension: Int(ldb))
        if a.rows == 0 { x = Matrix(rows: x.rows, columns: x.columns) }
        var residuals: [Double] = []
        if Int(rank) == a.columns && a.rows > a.columns {
            for column in 0..<b.columns {
                var sum = 0.0
                for i in a.columns..<a.rows {
                    let element = bColumns[column * Int(ldb) + i]
                    sum += element * element
                }
                residuals.append(sum)
            }
        }
        if b.columns == 0 { x = Matrix(rows: a.columns, columns: 0) }
        return LeastSquaresSolution(x: x, residuals: residuals, rank: Int(rank), singularValues: Array(s.prefix(k)))
    }
}
