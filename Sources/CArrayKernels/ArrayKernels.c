#include "CArrayKernels.h"
#include "KernelLevel.h"

#include <string.h>

// Each kernel is written once, as a macro, and compiled three times on x86-64: for the baseline (SSE2), for AVX2
// and for AVX-512 (F, BW, DQ, VL); the widest one the processor and the system support is chosen at run time.
// Elsewhere only the baseline exists.
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#define PXK_X86 1
#include <cpuid.h>
#include <immintrin.h>
#include <stdatomic.h>
#define PXK_AVX2 __attribute__((target("avx2")))
#define PXK_AVX512 __attribute__((target("avx2,avx512f,avx512bw,avx512dq,avx512vl")))

/// 2 with AVX-512, 1 with AVX2, 0 with neither (or without the system saving their registers).
static int pxk_detect_level(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_OSXSAVE) || !(c & bit_AVX)) return 0;
    unsigned low, high;
    __asm__("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    if ((low & 6) != 6 || __get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    if (!(b & bit_AVX2)) return 0;
    const unsigned avx512 = bit_AVX512F | bit_AVX512DQ | bit_AVX512BW | bit_AVX512VL;
    // XCR0 bits 5 to 7: the opmask registers and the upper halves of the 512-bit registers.
    return (b & avx512) == avx512 && (low & 0xE0) == 0xE0 ? 2 : 1;
}

/// The level of `pxk_detect_level`, or -1 before the first check.
static atomic_int pxk_level_state = -1;

static inline int pxk_level(void) {
    int level = atomic_load_explicit(&pxk_level_state, memory_order_relaxed);
    if (level < 0) {
        level = pxk_detect_level();
        atomic_store_explicit(&pxk_level_state, level, memory_order_relaxed);
    }
    return level;
}
#endif

int pxk_current_level(void) {
#ifdef PXK_X86
    return pxk_level();
#else
    return 0;
#endif
}

int pxk_use_level(int level) {
#ifdef PXK_X86
    const int available = pxk_detect_level();
    const int chosen = level < 0 ? 0 : level < available ? level : available;
    atomic_store_explicit(&pxk_level_state, chosen, memory_order_relaxed);
    return chosen;
#else
    (void)level;
    return 0;
#endif
}

/// Eight lanes, as numpy's eight partial sums, loaded from any element address.
typedef double pxk_double8 __attribute__((vector_size(64), aligned(8), may_alias));
typedef float pxk_float8 __attribute__((vector_size(32), aligned(4), may_alias));

/// The eight lanes at `p`.
#define PXK_LOAD(V, p) (*(const V *)(p))
/// numpy's combination of the eight partial sums.
#define PXK_FOLD(r) (((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7])))

// MARK: - Comparisons

#define PXK_COMPARE_LOOPS(T, OPERATOR)                                                                            \
    if (a_step && b_step) {                                                                                    \
        for (ptrdiff_t i = 0; i < n; i++) out[i] = a[i] OPERATOR b[i];                                         \
    } else if (a_step) {                                                                                       \
        const T y = *b;                                                                                        \
        for (ptrdiff_t i = 0; i < n; i++) out[i] = a[i] OPERATOR y;                                            \
    } else if (b_step) {                                                                                       \
        const T x = *a;                                                                                        \
        for (ptrdiff_t i = 0; i < n; i++) out[i] = x OPERATOR b[i];                                            \
    } else {                                                                                                   \
        memset(out, *a OPERATOR *b, (size_t)n);                                                                \
    }

#define PXK_COMPARE(NAME, T, ATTRIBUTES)                                                                        \
    ATTRIBUTES static void NAME(pxk_comparison op, ptrdiff_t n, const T *a, ptrdiff_t a_step, const T *b,       \
                                ptrdiff_t b_step, uint8_t *restrict out) {                                     \
        switch (op) {                                                                                          \
        case PXK_EQUAL: PXK_COMPARE_LOOPS(T, ==) break;                                                        \
        case PXK_NOT_EQUAL: PXK_COMPARE_LOOPS(T, !=) break;                                                    \
        case PXK_LESS: PXK_COMPARE_LOOPS(T, <) break;                                                          \
        case PXK_LESS_EQUAL: PXK_COMPARE_LOOPS(T, <=) break;                                                   \
        case PXK_GREATER: PXK_COMPARE_LOOPS(T, >) break;                                                       \
        case PXK_GREATER_EQUAL: PXK_COMPARE_LOOPS(T, >=) break;                                                \
        }                                                                                                      \
    }

// MARK: - Arithmetic

// One loop per layout, so that clang knows which pointers may alias: distinct arrays, the output being one
// input (in place) or both, and a repeated scalar on either side.
#define PXK_ARITHMETIC_LOOPS(NAME, T, OPERATOR, ATTRIBUTES)                                                     \
    ATTRIBUTES static void NAME##_arrays(T *restrict o, const T *restrict x, const T *restrict y, ptrdiff_t n) { \
        for (ptrdiff_t i = 0; i < n; i++) o[i] = x[i] OPERATOR y[i];                                           \
    }                                                                                                          \
    ATTRIBUTES static void NAME##_into_left(T *restrict o, const T *restrict y, ptrdiff_t n) {                 \
        for (ptrdiff_t i = 0; i < n; i++) o[i] = o[i] OPERATOR y[i];                                           \
    }                                                                                                          \
    ATTRIBUTES static void NAME##_into_right(T *restrict o, const T *restrict x, ptrdiff_t n) {                \
        for (ptrdiff_t i = 0; i < n; i++) o[i] = x[i] OPERATOR o[i];                                           \
    }                                                                                                          \
    ATTRIBUTES static void NAME##_square(T *restrict o, const T *restrict x, ptrdiff_t n) {                    \
        for (ptrdiff_t i = 0; i < n; i++) o[i] = x[i] OPERATOR x[i];                                           \
    }                                                                                                          \
    ATTRIBUTES static void NAME##_square_in_place(T *o, ptrdiff_t n) {                                         \
        for (ptrdiff_t i = 0; i < n; i++) o[i] = o[i] OPERATOR o[i];                                           \
    }                                                                                                          \
    ATTRIBUTES static void NAME##_scalar_right(T *restrict o, const T *restrict x, T y, ptrdiff_t n) {         \
        for (ptrdiff_t i = 0; i < n; i++) o[i] = x[i] OPERATOR y;                                              \
    }                                                                                                          \
    ATTRIBUTES static void NAME##_scalar_right_in_place(T *o, T y, ptrdiff_t n) {                              \
        for (ptrdiff_t i = 0; i < n; i++) o[i] = o[i] OPERATOR y;                                              \
    }                                                                                                          \
    ATTRIBUTES static void NAME##_scalar_left(T *restrict o, T x, const T *restrict y, ptrdiff_t n) {          \
        for (ptrdiff_t i = 0; i < n; i++) o[i] = x OPERATOR y[i];                                              \
    }                                                                                                          \
    ATTRIBUTES static void NAME##_scalar_left_in_place(T *o, T x, ptrdiff_t n) {                               \
        for (ptrdiff_t i = 0; i < n; i++) o[i] = x OPERATOR o[i];                                              \
    }                                                                                                          \
    ATTRIBUTES static void NAME(ptrdiff_t n, const T *a, ptrdiff_t a_step, const T *b, ptrdiff_t b_step, T *out) { \
        if (a_step && b_step) {                                                                                \
            if (a == b) {                                                                                      \
                if (out == a) NAME##_square_in_place(out, n);                                                  \
                else NAME##_square(out, a, n);                                                                 \
            } else if (out == a) {                                                                             \
                NAME##_into_left(out, b, n);                                                                   \
            } else if (out == b) {                                                                             \
                NAME##_into_right(out, a, n);                                                                  \
            } else {                                                                                           \
                NAME##_arrays(out, a, b, n);                                                                   \
            }                                                                                                  \
        } else if (a_step) {                                                                                   \
            if (out == a) NAME##_scalar_right_in_place(out, *b, n);                                            \
            else NAME##_scalar_right(out, a, *b, n);                                                           \
        } else if (b_step) {                                                                                   \
            if (out == b) NAME##_scalar_left_in_place(out, *a, n);                                             \
            else NAME##_scalar_left(out, *a, b, n);                                                            \
        } else {                                                                                               \
            const T value = *a OPERATOR *b;                                                                    \
            for (ptrdiff_t i = 0; i < n; i++) out[i] = value;                                                  \
        }                                                                                                      \
    }

#define PXK_ARITHMETIC(NAME, T, ATTRIBUTES)                                                                     \
    PXK_ARITHMETIC_LOOPS(NAME##_add, T, +, ATTRIBUTES)                                                          \
    PXK_ARITHMETIC_LOOPS(NAME##_subtract, T, -, ATTRIBUTES)                                                     \
    PXK_ARITHMETIC_LOOPS(NAME##_multiply, T, *, ATTRIBUTES)                                                     \
    PXK_ARITHMETIC_LOOPS(NAME##_divide, T, /, ATTRIBUTES)                                                       \
    ATTRIBUTES static void NAME(pxk_arithmetic op, ptrdiff_t n, const T *a, ptrdiff_t a_step, const T *b,      \
                                ptrdiff_t b_step, T *out) {                                                    \
        switch (op) {                                                                                          \
        case PXK_ADD: NAME##_add(n, a, a_step, b, b_step, out); break;                                         \
        case PXK_SUBTRACT: NAME##_subtract(n, a, a_step, b, b_step, out); break;                               \
        case PXK_MULTIPLY: NAME##_multiply(n, a, a_step, b, b_step, out); break;                               \
        case PXK_DIVIDE: NAME##_divide(n, a, a_step, b, b_step, out); break;                                   \
        }                                                                                                      \
    }

// MARK: - Pairwise summation

// The eight partial sums of a block are one vector of eight lanes: lane j adds elements j, j + 8, … in order,
// exactly numpy's r[j]. (Summing two sibling blocks in one loop was tried: it halves the speed on arrays larger
// than the caches.)
#define PXK_PAIRWISE(NAME, T, V, ATTRIBUTES)                                                                    \
    /* One block of 8 to 128 elements. */                                                                      \
    ATTRIBUTES static T NAME##_block(const T *a, ptrdiff_t n) {                                                 \
        V r = PXK_LOAD(V, a);                                                                                  \
        ptrdiff_t i = 8;                                                                                       \
        const ptrdiff_t end = n - n % 8;                                                                       \
        for (; i < end; i += 8) r += PXK_LOAD(V, a + i);                                                       \
        T res = PXK_FOLD(r);                                                                                \
        for (; i < n; i++) res += a[i];                                                                        \
        return res;                                                                                            \
    }                                                                                                          \
    ATTRIBUTES static T NAME(const T *a, ptrdiff_t n) {                                                         \
        if (n < 8) {                                                                                           \
            T res = 0;                                                                                         \
            for (ptrdiff_t i = 0; i < n; i++) res += a[i];                                                     \
            return res;                                                                                        \
        }                                                                                                      \
        if (n <= 128) return NAME##_block(a, n);                                                               \
        ptrdiff_t half = n / 2;                                                                                \
        half -= half % 8;                                                                                      \
        return NAME(a, half) + NAME(a + half, n - half);                                                       \
    }

// MARK: - Sums over an outer axis

// Columns in blocks that stay in the first-level cache, rows eight at a time: each element of the block is
// loaded and stored once per eight rows instead of once per row, and still adds the rows one after another.
#define PXK_ADD_ROWS(NAME, T, ATTRIBUTES)                                                                       \
    ATTRIBUTES static void NAME(T *restrict acc, const T *rows, ptrdiff_t count, ptrdiff_t step, ptrdiff_t n) { \
        for (ptrdiff_t start = 0; start < n; start += 1024) {                                                  \
            const ptrdiff_t width = n - start < 1024 ? n - start : 1024;                                       \
            T *restrict a = acc + start;                                                                       \
            ptrdiff_t i = 0;                                                                                   \
            for (; i + 8 <= count; i += 8) {                                                                   \
                const T *r0 = rows + i * step + start, *r1 = r0 + step, *r2 = r1 + step, *r3 = r2 + step;      \
                const T *r4 = r3 + step, *r5 = r4 + step, *r6 = r5 + step, *r7 = r6 + step;                    \
                for (ptrdiff_t j = 0; j < width; j++)                                                          \
                    a[j] = ((((((((a[j] + r0[j]) + r1[j]) + r2[j]) + r3[j]) + r4[j]) + r5[j]) + r6[j]) + r7[j]); \
            }                                                                                                  \
            for (; i < count; i++) {                                                                           \
                const T *r = rows + i * step + start;                                                          \
                for (ptrdiff_t j = 0; j < width; j++) a[j] += r[j];                                            \
            }                                                                                                  \
        }                                                                                                      \
    }

// MARK: - Counting

/// Thirty-two bytes, loaded from any address.
typedef uint8_t pxk_bytes32 __attribute__((vector_size(32), aligned(1), may_alias));

// Thirty-two byte-wide counters, emptied into the total before any of them can pass 255.
#define PXK_COUNT_NONZERO(NAME, ATTRIBUTES)                                                                     \
    ATTRIBUTES static ptrdiff_t NAME(const uint8_t *bytes, ptrdiff_t n) {                                      \
        ptrdiff_t total = 0, i = 0;                                                                            \
        while (n - i >= 32) {                                                                                  \
            pxk_bytes32 counts = {0};                                                                          \
            ptrdiff_t rounds = (n - i) / 32;                                                                   \
            if (rounds > 255) rounds = 255;                                                                    \
            for (ptrdiff_t k = 0; k < rounds; k++, i += 32)                                                    \
                counts -= (pxk_bytes32)(*(const pxk_bytes32 *)(bytes + i) != 0);                               \
            for (int lane = 0; lane < 32; lane++) total += counts[lane];                                       \
        }                                                                                                      \
        for (; i < n; i++) total += bytes[i] != 0;                                                             \
        return total;                                                                                          \
    }

// MARK: - Mask selection

// Every element is written at the next free slot, which only a selected element then keeps; the loop stops
// when the slot would leave the destination. No branch per element.
#define PXK_COMPRESS(NAME, T, ATTRIBUTES)                                                                       \
    ATTRIBUTES static ptrdiff_t NAME(const T *source, const uint8_t *flags, ptrdiff_t n, T *destination,       \
                                     ptrdiff_t capacity) {                                                     \
        ptrdiff_t i = 0, j = 0;                                                                                \
        for (; i < n && j < capacity; i++) {                                                                   \
            destination[j] = source[i];                                                                        \
            j += flags[i] != 0;                                                                                \
        }                                                                                                      \
        return j;                                                                                              \
    }

#ifdef PXK_X86
/// For each pattern of four flags, the 32-bit lanes that move the selected 64-bit elements to the front.
static const int32_t pxk_compress_lanes[16][8] __attribute__((aligned(32))) = {
    {0, 0, 0, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0, 0, 0}, {2, 3, 0, 0, 0, 0, 0, 0}, {0, 1, 2, 3, 0, 0, 0, 0},
    {4, 5, 0, 0, 0, 0, 0, 0}, {0, 1, 4, 5, 0, 0, 0, 0}, {2, 3, 4, 5, 0, 0, 0, 0}, {0, 1, 2, 3, 4, 5, 0, 0},
    {6, 7, 0, 0, 0, 0, 0, 0}, {0, 1, 6, 7, 0, 0, 0, 0}, {2, 3, 6, 7, 0, 0, 0, 0}, {0, 1, 2, 3, 6, 7, 0, 0},
    {4, 5, 6, 7, 0, 0, 0, 0}, {0, 1, 4, 5, 6, 7, 0, 0}, {2, 3, 4, 5, 6, 7, 0, 0}, {0, 1, 2, 3, 4, 5, 6, 7},
};

/// How many of four flags are set, per pattern.
static const uint8_t pxk_compress_counts[16] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4};

PXK_COMPRESS(compress_64_tail, uint64_t, )

/// Four elements at a time: the selected ones permuted to the front of a vector stored whole at the next free
/// slot, while four more slots fit in the destination.
PXK_AVX2 static ptrdiff_t compress_64_avx2(const uint64_t *source, const uint8_t *flags, ptrdiff_t n,
                                          uint64_t *destination, ptrdiff_t capacity) {
    ptrdiff_t i = 0, j = 0;
    const __m256i zero = _mm256_setzero_si256();
    for (; i + 4 <= n && j + 4 <= capacity; i += 4) {
        uint32_t four;
        memcpy(&four, flags + i, sizeof four);
        const __m256i wide = _mm256_cvtepu8_epi64(_mm_cvtsi32_si128((int)four));
        const __m256d unset = _mm256_castsi256_pd(_mm256_cmpeq_epi64(wide, zero));
        const unsigned pattern = ~(unsigned)_mm256_movemask_pd(unset) & 15;
        const __m256i values = _mm256_loadu_si256((const __m256i *)(source + i));
        const __m256i lanes = _mm256_load_si256((const __m256i *)pxk_compress_lanes[pattern]);
        _mm256_storeu_si256((__m256i *)(destination + j), _mm256_permutevar8x32_epi32(values, lanes));
        j += pxk_compress_counts[pattern];
    }
    return j + compress_64_tail(source + i, flags + i, n - i, destination + j, capacity - j);
}
#endif

// MARK: - Instances and dispatch

#define PXK_ALL(SUFFIX, ATTRIBUTES)                                                                             \
    PXK_COMPARE(compare_f64_##SUFFIX, double, ATTRIBUTES)                                                       \
    PXK_COMPARE(compare_f32_##SUFFIX, float, ATTRIBUTES)                                                        \
    PXK_COMPARE(compare_i64_##SUFFIX, int64_t, ATTRIBUTES)                                                      \
    PXK_COMPARE(compare_i32_##SUFFIX, int32_t, ATTRIBUTES)                                                      \
    PXK_PAIRWISE(pairwise_f64_##SUFFIX, double, pxk_double8, ATTRIBUTES)                                        \
    PXK_PAIRWISE(pairwise_f32_##SUFFIX, float, pxk_float8, ATTRIBUTES)                                          \
    PXK_ADD_ROWS(add_rows_f64_##SUFFIX, double, ATTRIBUTES)                                                      \
    PXK_ADD_ROWS(add_rows_f32_##SUFFIX, float, ATTRIBUTES)                                                       \
    PXK_COUNT_NONZERO(count_nonzero_##SUFFIX, ATTRIBUTES)                                                      \
    PXK_COMPRESS(compress_32_##SUFFIX, uint32_t, ATTRIBUTES)

#define PXK_ARITHMETIC_ALL(SUFFIX, ATTRIBUTES)                                                                  \
    PXK_ARITHMETIC(arithmetic_f64_##SUFFIX, double, ATTRIBUTES)                                                 \
    PXK_ARITHMETIC(arithmetic_f32_##SUFFIX, float, ATTRIBUTES)

PXK_ALL(base, )
PXK_ARITHMETIC_ALL(base, )
PXK_COMPRESS(compress_64_base, uint64_t, )
#ifdef PXK_X86
PXK_ALL(avx2, PXK_AVX2)
PXK_ARITHMETIC_ALL(avx2, PXK_AVX2)
PXK_ALL(avx512, PXK_AVX512)
// The permutation table serves AVX-512 as well.
#define compress_64_avx512 compress_64_avx2
// `+ - * /` stay AVX2-wide, as numpy's loops do: they stream memory, and on AMD Zen 4 the AVX-512 version of
// `a + b` (two loads and a store per element) took 13-19% longer than the AVX2 one at 10^6 and 10^7 float64
// (the comparisons and counts gain from AVX-512 and keep it).
#define arithmetic_f64_avx512 arithmetic_f64_avx2
#define arithmetic_f32_avx512 arithmetic_f32_avx2
/// The version of a kernel for this processor.
#define PXK_PICK(NAME) (pxk_level() == 2 ? NAME##_avx512 : pxk_level() == 1 ? NAME##_avx2 : NAME##_base)
#else
#define PXK_PICK(NAME) NAME##_base
#endif

void pxk_compare_f64(pxk_comparison op, ptrdiff_t n, const double *a, ptrdiff_t a_step, const double *b,
                     ptrdiff_t b_step, uint8_t *out) {
    PXK_PICK(compare_f64)(op, n, a, a_step, b, b_step, out);
}

void pxk_compare_f32(pxk_comparison op, ptrdiff_t n, const float *a, ptrdiff_t a_step, const float *b,
                     ptrdiff_t b_step, uint8_t *out) {
    PXK_PICK(compare_f32)(op, n, a, a_step, b, b_step, out);
}

void pxk_compare_i64(pxk_comparison op, ptrdiff_t n, const int64_t *a, ptrdiff_t a_step, const int64_t *b,
                     ptrdiff_t b_step, uint8_t *out) {
    PXK_PICK(compare_i64)(op, n, a, a_step, b, b_step, out);
}

void pxk_compare_i32(pxk_comparison op, ptrdiff_t n, const int32_t *a, ptrdiff_t a_step, const int32_t *b,
                     ptrdiff_t b_step, uint8_t *out) {
    PXK_PICK(compare_i32)(op, n, a, a_step, b, b_step, out);
}

void pxk_arithmetic_f64(pxk_arithmetic op, ptrdiff_t n, const double *a, ptrdiff_t a_step, const double *b,
                        ptrdiff_t b_step, double *out) {
    PXK_PICK(arithmetic_f64)(op, n, a, a_step, b, b_step, out);
}

void pxk_arithmetic_f32(pxk_arithmetic op, ptrdiff_t n, const float *a, ptrdiff_t a_step, const float *b,
                        ptrdiff_t b_step, float *out) {
    PXK_PICK(arithmetic_f32)(op, n, a, a_step, b, b_step, out);
}

double pxk_pairwise_sum_f64(const double *a, ptrdiff_t n) { return PXK_PICK(pairwise_f64)(a, n); }

float pxk_pairwise_sum_f32(const float *a, ptrdiff_t n) { return PXK_PICK(pairwise_f32)(a, n); }

void pxk_add_rows_f64(double *acc, const double *rows, ptrdiff_t count, ptrdiff_t row_step, ptrdiff_t n) {
    PXK_PICK(add_rows_f64)(acc, rows, count, row_step, n);
}

void pxk_add_rows_f32(float *acc, const float *rows, ptrdiff_t count, ptrdiff_t row_step, ptrdiff_t n) {
    PXK_PICK(add_rows_f32)(acc, rows, count, row_step, n);
}

ptrdiff_t pxk_count_nonzero_u8(const uint8_t *bytes, ptrdiff_t n) { return PXK_PICK(count_nonzero)(bytes, n); }

ptrdiff_t pxk_compress_64(const uint64_t *source, const uint8_t *flags, ptrdiff_t n, uint64_t *destination,
                          ptrdiff_t capacity) {
    return PXK_PICK(compress_64)(source, flags, n, destination, capacity);
}

ptrdiff_t pxk_compress_32(const uint32_t *source, const uint8_t *flags, ptrdiff_t n, uint32_t *destination,
                          ptrdiff_t capacity) {
    return PXK_PICK(compress_32)(source, flags, n, destination, capacity);
}
