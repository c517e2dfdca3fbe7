// OpenBLAS's CBLAS and the LAPACKE C interface (Debian: libopenblas-dev, liblapacke-dev). matmul, dot and
// np.linalg call them; OpenBLAS also provides the LAPACK routines LAPACKE calls.
#ifndef SWIFTPX_COPENBLAS_SHIM_H
#define SWIFTPX_COPENBLAS_SHIM_H

#include <cblas.h>
#include <lapacke.h>

#endif
