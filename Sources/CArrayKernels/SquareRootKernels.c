#include "CArrayKernels.h"
#include "KernelLevel.h"

// Square roots of contiguous runs, as wide as the processor goes. Swift's loop stays SSE2-wide (`sqrtpd` on two
// lanes); on AMD Zen 4 the AVX2 version takes half its time at 10^6 float64 and the AVX-512 one a little less,
// where numpy's float64 loop runs at the SSE2 speed. A square root is correctly rounded at every width, so every
// version gives the same bits.

/// Eight doubles or sixteen floats (one AVX-512 register), loaded from any element address.
typedef double pxk_sqrt_f64x8 __attribute__((vector_size(64), aligned(8), may_alias));
typedef float pxk_sqrt_f32x16 __attribute__((vector_size(64), aligned(4), may_alias));

#define PXK_SQRT(NAME, T, V, LANES, ATTRIBUTES)                                                                 \
    ATTRIBUTES static void NAME(const T *a, T *out, ptrdiff_t n) {                                             \
        ptrdiff_t i = 0;                                                                                       \
        for (; i + LANES <= n; i += LANES) *(V *)(out + i) = __builtin_elementwise_sqrt(*(const V *)(a + i));  \
        for (; i < n; i++) out[i] = __builtin_elementwise_sqrt(a[i]);                                          \
    }

PXK_SQRT(sqrt_f64_base, double, pxk_sqrt_f64x8, 8, )
PXK_SQRT(sqrt_f32_base, float, pxk_sqrt_f32x16, 16, )
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
PXK_SQRT(sqrt_f64_avx2, double, pxk_sqrt_f64x8, 8, __attribute__((target("avx2"))))
PXK_SQRT(sqrt_f32_avx2, float, pxk_sqrt_f32x16, 16, __attribute__((target("avx2"))))
PXK_SQRT(sqrt_f64_avx512, double, pxk_sqrt_f64x8, 8, __attribute__((target("avx2,avx512f"))))
PXK_SQRT(sqrt_f32_avx512, float, pxk_sqrt_f32x16, 16, __attribute__((target("avx2,avx512f"))))
#define PXK_SQRT_PICK(NAME)                                                                                     \
    (pxk_current_level() == 2 ? NAME##_avx512 : pxk_current_level() == 1 ? NAME##_avx2 : NAME##_base)
#else
#define PXK_SQRT_PICK(NAME) NAME##_base
#endif

void pxk_sqrt_f64(ptrdiff_t n, const double *a, double *out) { PXK_SQRT_PICK(sqrt_f64)(a, out, n); }

void pxk_sqrt_f32(ptrdiff_t n, const float *a, float *out) { PXK_SQRT_PICK(sqrt_f32)(a, out, n); }
