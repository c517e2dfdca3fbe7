#include "CArrayKernels.h"
#include "KernelLevel.h"

// The inner product of two float64 vectors in the order of the `ddot` that numpy 2 bundles (OpenBLAS 0.3.31,
// `kernel/x86_64/ddot.c` with its AVX-512 micro-kernel, as picked on processors with AVX-512), so that
// `np.dot(a, b)` prints numpy's last digit whatever BLAS the system has. Every multiply-add is written as `fma`
// and nothing else may be fused: the same roundings on every processor, only the speed differs.
#pragma STDC FP_CONTRACT OFF

/// Eight and four lanes loaded from any element address.
typedef double pxk_dot8 __attribute__((vector_size(64), aligned(8), may_alias));
typedef double pxk_dot4 __attribute__((vector_size(32), aligned(8), may_alias));

#define PXK_DOT_LOAD(V, p) (*(const V *)(p))
#define PXK_DOT_LOW(v) __builtin_shufflevector(v, v, 0, 1, 2, 3)
#define PXK_DOT_HIGH(v) __builtin_shufflevector(v, v, 4, 5, 6, 7)

// Contiguous: below a multiple of 16, four accumulators of eight lanes over blocks of 32 elements; each folded
// to four lanes (lane l plus lane l + 4), a last block of 16 into those, the four summed in order, then the lanes
// as (0 + 2) + (1 + 3); the remaining elements are multiply-added one by one.
#define PXK_DOT_CONTIGUOUS(NAME, ATTRIBUTES)                                                                    \
    ATTRIBUTES static double NAME(const double *x, const double *y, ptrdiff_t n) {                              \
        const ptrdiff_t n16 = n & ~(ptrdiff_t)15, n32 = n & ~(ptrdiff_t)31;                                    \
        double dot = 0.0;                                                                                      \
        if (n16 > 0) {                                                                                         \
            pxk_dot8 s0 = {0}, s1 = {0}, s2 = {0}, s3 = {0};                                                   \
            for (ptrdiff_t i = 0; i < n32; i += 32) {                                                          \
                s0 = __builtin_elementwise_fma(PXK_DOT_LOAD(pxk_dot8, x + i), PXK_DOT_LOAD(pxk_dot8, y + i), s0); \
                s1 = __builtin_elementwise_fma(PXK_DOT_LOAD(pxk_dot8, x + i + 8), PXK_DOT_LOAD(pxk_dot8, y + i + 8), \
                                               s1);                                                            \
                s2 = __builtin_elementwise_fma(PXK_DOT_LOAD(pxk_dot8, x + i + 16),                             \
                                               PXK_DOT_LOAD(pxk_dot8, y + i + 16), s2);                        \
                s3 = __builtin_elementwise_fma(PXK_DOT_LOAD(pxk_dot8, x + i + 24),                             \
                                               PXK_DOT_LOAD(pxk_dot8, y + i + 24), s3);                        \
            }                                                                                                  \
            pxk_dot4 t0 = PXK_DOT_LOW(s0) + PXK_DOT_HIGH(s0), t1 = PXK_DOT_LOW(s1) + PXK_DOT_HIGH(s1);          \
            pxk_dot4 t2 = PXK_DOT_LOW(s2) + PXK_DOT_HIGH(s2), t3 = PXK_DOT_LOW(s3) + PXK_DOT_HIGH(s3);          \
            if (n16 > n32) {                                                                                   \
                const double *a = x + n32, *b = y + n32;                                                       \
                t0 = __builtin_elementwise_fma(PXK_DOT_LOAD(pxk_dot4, a), PXK_DOT_LOAD(pxk_dot4, b), t0);      \
                t1 = __builtin_elementwise_fma(PXK_DOT_LOAD(pxk_dot4, a + 4), PXK_DOT_LOAD(pxk_dot4, b + 4), t1); \
                t2 = __builtin_elementwise_fma(PXK_DOT_LOAD(pxk_dot4, a + 8), PXK_DOT_LOAD(pxk_dot4, b + 8), t2); \
                t3 = __builtin_elementwise_fma(PXK_DOT_LOAD(pxk_dot4, a + 12), PXK_DOT_LOAD(pxk_dot4, b + 12), t3); \
            }                                                                                                  \
            const pxk_dot4 v = ((t0 + t1) + t2) + t3;                                                          \
            dot = (v[0] + v[2]) + (v[1] + v[3]);                                                               \
        }                                                                                                      \
        for (ptrdiff_t i = n16; i < n; i++) dot = __builtin_fma(y[i], x[i], dot);                              \
        return dot;                                                                                            \
    }

PXK_DOT_CONTIGUOUS(dot_f64_base, )
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
PXK_DOT_CONTIGUOUS(dot_f64_avx2, __attribute__((target("avx2,fma"))))
PXK_DOT_CONTIGUOUS(dot_f64_avx512, __attribute__((target("avx2,fma,avx512f"))))

/// The widest version: AVX-512 or AVX2 (with FMA, which every AVX2 processor of either vendor has, checked all
/// the same), else the baseline, which gets the same roundings from the C library's `fma`.
static double dot_f64_contiguous(const double *x, const double *y, ptrdiff_t n) {
    const int level = pxk_current_level();
    if (level >= 1 && __builtin_cpu_supports("fma")) {
        return level == 2 ? dot_f64_avx512(x, y, n) : dot_f64_avx2(x, y, n);
    }
    return dot_f64_base(x, y, n);
}
#else
#define dot_f64_contiguous dot_f64_base
#endif

// Strided: products four at a time, the first and third added into one sum and the second and fourth into
// another (without fusing), the remaining elements multiply-added into the first sum, then the two sums added.
static double dot_f64_strided(const double *x, ptrdiff_t x_step, const double *y, ptrdiff_t y_step, ptrdiff_t n) {
    double first = 0.0, second = 0.0;
    const ptrdiff_t n4 = n & ~(ptrdiff_t)3;
    ptrdiff_t i = 0;
    for (; i < n4; i += 4) {
        const double *a = x + i * x_step, *b = y + i * y_step;
        const double m1 = b[0] * a[0], m2 = b[y_step] * a[x_step];
        const double m3 = b[2 * y_step] * a[2 * x_step], m4 = b[3 * y_step] * a[3 * x_step];
        first = first + (m1 + m3);
        second = second + (m2 + m4);
    }
    for (; i < n; i++) first = __builtin_fma(y[i * y_step], x[i * x_step], first);
    return first + second;
}

double pxk_dot_f64(ptrdiff_t n, const double *x, ptrdiff_t x_step, const double *y, ptrdiff_t y_step) {
    if (n <= 0) return 0.0;
    if (x_step == 1 && y_step == 1) return dot_f64_contiguous(x, y, n);
    return dot_f64_strided(x, x_step, y, y_step, n);
}
