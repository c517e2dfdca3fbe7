import COpenBLAS

/// OpenBLAS and LAPACKE, loaded on first use.
///
/// The libraries are not linked: OpenBLAS starts its worker threads when it loads, and they spin for ~0.1 s even
/// in a process that never calls BLAS. The loader opens them the first time an array operation needs them, with
/// one BLAS thread and no worker: engines run side by side, one per core, and on one thread `eigh`, `solve` and
/// `inv` carry numpy's bits (Debian's OpenBLAS 0.3.21 splits even 4×4 level-2 work across threads otherwise). The
/// comparison with numpy in `swiftpx bench numeric` pins numpy's BLAS to one thread as well.
public enum BLAS {
    /// The entry points, loading the libraries on the first call.
    /// - Throws: `OSError` when OpenBLAS or LAPACKE cannot be loaded.
    public static func functions() throws(NumericError) -> px_blas_functions {
        guard let table = px_blas_load() else { throw NumericError(.osError, String(cString: px_blas_load_error())) }
        return table.pointee
    }

    /// The thread count OpenBLAS uses for one call (loading it if needed).
    public static func threadCount() throws(NumericError) -> Int {
        Int(try functions().openblas_get_num_threads())
    }
}
