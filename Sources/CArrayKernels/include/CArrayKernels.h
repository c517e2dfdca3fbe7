#ifndef C_ARRAY_KERNELS_H
#define C_ARRAY_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// The array kernels that Swift's optimiser leaves scalar: comparisons into bools, numpy's pairwise summation,
/// boolean-mask selection. Plain C that clang vectorises, with an AVX2 version chosen at run time on x86-64.
/// Every function takes contiguous runs only (element strides 1, or 0 for a repeated scalar where stated);
/// the callers handle strided layouts.

/// Limits the kernels to an instruction-set level from now on — 0 the baseline, 1 AVX2, 2 AVX-512, never more
/// than the processor has — and returns the level in use. Every level computes the same results; tests use this
/// to run each version.
int pxk_use_level(int level);

/// A comparison: `a OP b`.
typedef enum {
    PXK_EQUAL = 0,
    PXK_NOT_EQUAL = 1,
    PXK_LESS = 2,
    PXK_LESS_EQUAL = 3,
    PXK_GREATER = 4,
    PXK_GREATER_EQUAL = 5
} pxk_comparison;

/// `out[i] = a[i] OP b[i]` as 0 or 1, for `n` elements; `a_step` and `b_step` are 1 (contiguous) or 0 (one
/// repeated scalar). The output is contiguous and does not overlap the inputs.
void pxk_compare_f64(pxk_comparison op, ptrdiff_t n, const double *a, ptrdiff_t a_step, const double *b,
                     ptrdiff_t b_step, uint8_t *out);
void pxk_compare_f32(pxk_comparison op, ptrdiff_t n, const float *a, ptrdiff_t a_step, const float *b,
                     ptrdiff_t b_step, uint8_t *out);
void pxk_compare_i64(pxk_comparison op, ptrdiff_t n, const int64_t *a, ptrdiff_t a_step, const int64_t *b,
                     ptrdiff_t b_step, uint8_t *out);
void pxk_compare_i32(pxk_comparison op, ptrdiff_t n, const int32_t *a, ptrdiff_t a_step, const int32_t *b,
                     ptrdiff_t b_step, uint8_t *out);

/// An arithmetic operator: `a OP b`.
typedef enum {
    PXK_ADD = 0,
    PXK_SUBTRACT = 1,
    PXK_MULTIPLY = 2,
    PXK_DIVIDE = 3
} pxk_arithmetic;

/// `out[i] = a[i] OP b[i]` for `n` elements; `a_step` and `b_step` are 1 (contiguous) or 0 (one repeated
/// scalar). The output is contiguous; it is exactly one of the inputs (in place) or overlaps neither.
void pxk_arithmetic_f64(pxk_arithmetic op, ptrdiff_t n, const double *a, ptrdiff_t a_step, const double *b,
                        ptrdiff_t b_step, double *out);
void pxk_arithmetic_f32(pxk_arithmetic op, ptrdiff_t n, const float *a, ptrdiff_t a_step, const float *b,
                        ptrdiff_t b_step, float *out);

/// numpy's pairwise sum of `n` contiguous elements (`pairwise_sum` in numpy's loops): below 8 elements a plain
/// loop, up to 128 eight interleaved partial sums, above that the two halves (split at a multiple of 8) summed
/// separately. The same additions in the same order as numpy, so the same rounding.
double pxk_pairwise_sum_f64(const double *a, ptrdiff_t n);
float pxk_pairwise_sum_f32(const float *a, ptrdiff_t n);

/// `acc[j] += rows[i * row_step + j]` for each of `count` rows in order, `n` elements each: a sum over the outer
/// axis of a block whose rows are contiguous, with numpy's order of additions (each element of `acc` adds the
/// rows one after another). `acc` does not overlap the rows; `row_step` (in elements) may be negative.
void pxk_add_rows_f64(double *acc, const double *rows, ptrdiff_t count, ptrdiff_t row_step, ptrdiff_t n);
void pxk_add_rows_f32(float *acc, const float *rows, ptrdiff_t count, ptrdiff_t row_step, ptrdiff_t n);

/// `sum(x[i * x_step] * y[i * y_step])` over `n` float64 elements (steps in elements), added in the order of
/// numpy's bundled OpenBLAS `ddot` (its AVX-512 kernel for steps of 1, its strided loop otherwise), so the result
/// has numpy's rounding on every processor. 0 for `n <= 0`.
double pxk_dot_f64(ptrdiff_t n, const double *x, ptrdiff_t x_step, const double *y, ptrdiff_t y_step);

/// `out[i] = sqrt(a[i])` for `n` contiguous elements, correctly rounded (NaN below zero, -0.0 for -0.0). `out` is
/// `a` itself (in place) or overlaps it nowhere.
void pxk_sqrt_f64(ptrdiff_t n, const double *a, double *out);
void pxk_sqrt_f32(ptrdiff_t n, const float *a, float *out);

/// The number of nonzero bytes among `n`.
ptrdiff_t pxk_count_nonzero_u8(const uint8_t *bytes, ptrdiff_t n);

/// Copies the elements of `source` whose flag is nonzero to the front of `destination`, in order, and returns
/// how many it copied. `destination` has room for `capacity` elements (the number of nonzero flags); nothing is
/// written beyond them.
ptrdiff_t pxk_compress_64(const uint64_t *source, const uint8_t *flags, ptrdiff_t n, uint64_t *destination,
                          ptrdiff_t capacity);
ptrdiff_t pxk_compress_32(const uint32_t *source, const uint8_t *flags, ptrdiff_t n, uint32_t *destination,
                          ptrdiff_t capacity);

/// A function with numpy's own routine.
typedef enum { PXK_EXP = 0, PXK_LOG = 1, PXK_SIN = 2, PXK_COS = 3, PXK_TANH = 4 } pxk_float_function;

/// Whether numpy 2 computes the functions of `pxk_float_function` with its own routines on this processor (1: an
/// x86-64 processor of numpy's X86_V3 level, AVX2 and FMA3 among it) or with the C library (0).
int pxk_numpy_routines(void);

/// `out[i] = f(in[i])` in float32 for `n` elements: with numpy's own routines when `numpy_routines` is nonzero and
/// the processor has them (then bit for bit what numpy 2 gives for float32 `np.exp`, `np.log`, `np.sin`, `np.cos`
/// and `np.tanh`), else with the C library. Steps are in bytes (any sign); `out` may be `in` itself. The kernel
/// level only sets the vector width, which does not change the results.
void pxk_float_f32(pxk_float_function f, int numpy_routines, ptrdiff_t n, const void *in, ptrdiff_t in_step,
                   void *out, ptrdiff_t out_step);

/// `out[i] = tanh(in[i])` in float64 for `n` elements, as `pxk_float_f32` (numpy 2's float64 `np.tanh`).
void pxk_float_tanh_f64(int numpy_routines, ptrdiff_t n, const void *in, ptrdiff_t in_step, void *out,
                        ptrdiff_t out_step);

#endif
