// OpenBLAS's CBLAS and the LAPACKE C interface (Debian: libopenblas-dev, liblapacke-dev), loaded when an array
// operation first needs them. matmul, dot and np.linalg call them through the table `px_blas_load` returns.
//
// The libraries are opened with dlopen, not linked: OpenBLAS starts its worker threads in its load-time
// constructor, and they spin (sched_yield) for ~0.1 s of wall time even in a process that never calls BLAS.
// Loading on first use, with OPENBLAS_NUM_THREADS=1 for the duration of the load, means a process that never
// calls BLAS never loads it, and one that does gets one thread and no worker to spin.
#ifndef SWIFTPX_COPENBLAS_H
#define SWIFTPX_COPENBLAS_H

#include <cblas.h>
#include <lapacke.h>

/// The entry points swiftpx calls, each typed as the header declares it.
typedef struct px_blas_functions {
    __typeof__(cblas_sdot) *_Nonnull cblas_sdot;
    __typeof__(cblas_ddot) *_Nonnull cblas_ddot;
    __typeof__(cblas_sgemv) *_Nonnull cblas_sgemv;
    __typeof__(cblas_dgemv) *_Nonnull cblas_dgemv;
    __typeof__(cblas_ssyrk) *_Nonnull cblas_ssyrk;
    __typeof__(cblas_dsyrk) *_Nonnull cblas_dsyrk;
    __typeof__(cblas_sgemm) *_Nonnull cblas_sgemm;
    __typeof__(cblas_dgemm) *_Nonnull cblas_dgemm;
    __typeof__(openblas_get_num_threads) *_Nonnull openblas_get_num_threads;
    __typeof__(openblas_set_num_threads) *_Nonnull openblas_set_num_threads;
    __typeof__(LAPACKE_dgeev_work) *_Nonnull LAPACKE_dgeev_work;
    __typeof__(LAPACKE_dgelsd_work) *_Nonnull LAPACKE_dgelsd_work;
    __typeof__(LAPACKE_dgeqrf_work) *_Nonnull LAPACKE_dgeqrf_work;
    __typeof__(LAPACKE_dgesdd_work) *_Nonnull LAPACKE_dgesdd_work;
    __typeof__(LAPACKE_dgesv_work) *_Nonnull LAPACKE_dgesv_work;
    __typeof__(LAPACKE_dgetrf_work) *_Nonnull LAPACKE_dgetrf_work;
    __typeof__(LAPACKE_dorgqr_work) *_Nonnull LAPACKE_dorgqr_work;
    __typeof__(LAPACKE_dpotrf_work) *_Nonnull LAPACKE_dpotrf_work;
    __typeof__(LAPACKE_dsyevd_work) *_Nonnull LAPACKE_dsyevd_work;
} px_blas_functions;

/// Loads OpenBLAS and LAPACKE on the first call (later calls return the same answer at once; thread-safe), pinned
/// to one thread. Returns the entry points, or NULL when a library or one of its functions cannot be found.
const px_blas_functions *_Nullable px_blas_load(void);

/// Why `px_blas_load` returned NULL (the dynamic loader's message), or an empty string.
const char *_Nonnull px_blas_load_error(void);

#endif
