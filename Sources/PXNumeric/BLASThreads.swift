import COpenBLAS

/// The number of threads OpenBLAS uses for one call.
///
/// Engines run side by side, one per core, so each keeps BLAS to one thread; the comparison with numpy in
/// `swiftpx bench numeric` pins numpy's BLAS to one thread as well.
public enum BLASThreads {
    /// The thread count OpenBLAS uses now.
    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Pins OpenBLAS to one thread, once per process (later calls do nothing).
    ///
    /// The linear-algebra routines call this first: Debian's OpenBLAS 0.3.21 splits even 4×4 level-2 work
    /// across threads, which changes the rounding of `eigh`, `solve` and `inv`; on one thread they carry numpy's
    /// bits.
    public static func pinToOne() {
        _ = pinned
    }

    private static let pinned: Void = set(1)

    /// Sets the thread count for later calls.
    /// - Parameter count: threads per call, at least 1.
    public static func set(_ count: Int) {
        openblas_set_num_threads(Int32(max(1, count)))
    }
}
