import COpenBLAS

/// `eig` and `eigvals` (`dgeev`): eigenvalues and right eigenvectors of general square matrices.
///
/// numpy returns real arrays when every eigenvalue of the stack is real and complex128 arrays otherwise.
extension LinearAlgebra {
    /// What `dgeev` returns for one matrix: the eigenvalues' real and imaginary parts, and (when asked) the right
    /// eigenvectors as columns of unit length, a complex pair packed in two adjacent columns as LAPACK does.
    public struct GeneralEigen: Equatable, Sendable {
        public let real: [Double]
        public let imaginary: [Double]
        public let vectors: Matrix?
    }

    /// `dgeev` with jobvl 'N' and jobvr 'V' (or 'N' without `vectors`), as numpy's `eig` calls it.
    /// - Throws: `LinAlgError: Eigenvalues did not converge`, or `notSquare`.
    public static func eigenGeneral(_ a: Matrix, vectors: Bool) throws(NumericError) -> GeneralEigen {
        try requireSquare(a)
        let blas = try BLAS.functions()
        let n = try LAPACK.dimension(a.rows), ld = Swift.max(1, n)
        let jobvl = LAPACK.character("N"), jobvr = LAPACK.character(vectors ? "V" : "N")
        var columns = a.columnMajor()
        var real = [Double](repeating: 0, count: Swift.max(1, a.rows))
        var imaginary = real
        var left = [Double](repeating: 0, count: 1)
        let ldvr = vectors ? ld : 1
        var right = [Double](repeating: 0, count: vectors ? Int(ld) * Swift.max(1, a.rows) : 1)
        var query = 0.0
        guard blas.LAPACKE_dgeev_work(LAPACK.columnMajor, jobvl, jobvr, n, &columns, ld, &real, &imaginary,
                                      &left, 1, &right, ldvr, &query, -1) == 0
        else { throw .linAlg("Eigenvalues did not converge") }
        var work = [Double](repeating: 0, count: LAPACK.workspace(query, atLeast: Swift.max(1, 4 * a.rows)))
        let info = blas.LAPACKE_dgeev_work(LAPACK.columnMajor, jobvl, jobvr, n, &columns, ld, &real, &imaginary,
                                           &left, 1, &right, ldvr, &work, Int32(work.count))
        guard info == 0 else { throw .linAlg("Eigenvalues did not converge") }
        let basis = vectors ? Matrix(columnMajor: right, rows: a.rows, columns: a.rows, leadingDimension: Int(ld)) : nil
        return GeneralEigen(real: Array(real.prefix(a.rows)), imaginary: Array(imaginary.prefix(a.rows)), vectors: basis)
    }

    /// `eig(a)` (or `eigvals(a)` without `vectors`): eigenvalues (..., M) in LAPACK's order and right
    /// eigenvectors as columns (..., M, M), in the input's float type.
    /// - Throws: numpy's shape errors, `LinAlgError: Array must not contain infs or NaNs`, `LinAlgError:
    ///   Eigenvalues did not converge`; `TypeError` when a float32 matrix has complex eigenvalues (numpy
    ///   returns complex64, which swiftpx does not have).
    public static func eig(_ a: NDArray, vectors: Bool = true) throws(NumericError) -> (values: NDArray, vectors: NDArray?) {
        try requireSquare(a)
        let n = a.shape[a.ndim - 1], dtype = resultType(a)
        let matrices = try a.matrices()
        for m in matrices where m.elements.contains(where: { !$0.isFinite }) {
            throw .linAlg("Array must not contain infs or NaNs")
        }
        let results = try matrices.map { m throws(NumericError) in try eigenGeneral(m, vectors: vectors) }
        if results.contains(where: { $0.imaginary.contains { $0 != 0 } }) {
            guard dtype == .float64 else {
                throw .type("eig: the eigenvalues are complex, and swiftpx has no complex64 dtype to hold them")
            }
            return try complexEig(results, shape: a.stackShape + [n], vectors: vectors)
        }
        let w = try NDArray.stacking(results.flatMap(\.real), shape: a.stackShape + [n], dtype: dtype)
        guard vectors else { return (w, nil) }
        return (w, try NDArray.stacking(results.compactMap(\.vectors), stack: a.stackShape, rows: n, columns: n,
                                        dtype: dtype))
    }

    /// complex128 eigenvalues and eigenvectors from `dgeev`'s results, as numpy's `mk_geev_complex_eigenvectors`
    /// unpacks them: a real eigenvalue's vector is its column; a complex pair's vectors are `u + iv` and `u - iv`
    /// for the pair's two columns `u`, `v`.
    static func complexEig(_ results: [GeneralEigen], shape: [Int], vectors: Bool) throws(NumericError)
        -> (values: NDArray, vectors: NDArray?) {
        let n = shape[shape.count - 1]
        let values = results.flatMap { r in zip(r.real, r.imaginary).map { Complex128($0, $1) } }
        let w = try NDArray.complex(values, shape: shape)
        guard vectors else { return (w, nil) }
        var elements = [Complex128](repeating: Complex128(0), count: results.count * n * n)
        for (k, r) in results.enumerated() {
            guard let basis = r.vectors else { continue }
            let base = k * n * n
            var j = 0
            while j < n {
                if r.imaginary[j] == 0 || j + 1 == n {
                    for i in 0..<n { elements[base + i * n + j] = Complex128(basis.elements[i * n + j]) }
                    j += 1
                } else {
                    for i in 0..<n {
                        let re = basis.elements[i * n + j], im = basis.elements[i * n + j + 1]
                        elements[base + i * n + j] = Complex128(re, im)
                        elements[base + i * n + j + 1] = Complex128(re, -im)
                    }
                    j += 2
                }
            }
        }
        return (w, try NDArray.complex(elements, shape: shape + [n]))
    }
}
