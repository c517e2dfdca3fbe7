#include "CArrayKernels.h"
#include "KernelLevel.h"

#include <math.h>
#include <string.h>

// float32 exp, log, sin, cos and tanh, and float64 tanh, as numpy 2 computes them on x86-64 processors of its
// X86_V3 level (AVX2, FMA3, F16C, BMI1/2, LZCNT, MOVBE) and above: with its own routines, whose results differ from
// the C library's in the last bit for some inputs. Every step below is one IEEE operation (a fused multiply-add
// where numpy's kernels use one, and only there), in numpy's order, so the results are numpy's bits; the vector
// width does not matter, as numpy's kernels work lane by lane. Below that level numpy calls the C library, and so
// do these loops. The algorithms and constants, as numpy's sources give them:
// - exp (`simd_exp_FLOAT`, loops_exponent_log): k = rint(x·log2 e), Cody-Waite reduction by ln 2 in two parts, a
//   5th/2nd-order rational approximation, then ·2^k; saturation at 88.72283935546875 and -103.97208404541015625.
// - log (`simd_log_FLOAT`): mantissa m in (1/√2, √2] and exponent e, a 5th/5th-order rational approximation of
//   log(1 + (m - 1)), plus e·ln 2.
// - sin, cos (`simd_sincos_f32`, loops_trigonometric): k = rint(x·2/π) (one fused multiply-add with the rounding
//   constant in numpy's build), Cody-Waite reduction by π/2 in three parts, the sine or cosine polynomial by
//   quadrant; the C library beyond |x| = 117435.992 (sine) or 71476.0625 (cosine).
// - tanh (`simd_tanh_f32`/`_f64`, loops_hyperbolic, after Intel's SVML): intervals of |x| chosen by the top bits
//   of its exponent and mantissa (32 in float32, 16 in float64), each with a polynomial in |x| - b (degree 6, 16);
//   ±1 beyond, NaN kept.
#pragma STDC FP_CONTRACT OFF

static inline float pxk_float(uint32_t bits) {
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

static inline uint32_t pxk_bits(float f) {
    uint32_t bits;
    memcpy(&bits, &f, 4);
    return bits;
}

/// numpy's float32 exp.
static inline float pxk_np_expf(float x_in) {
    const float xmax = 88.72283935546875f, xmin = -103.97208404541015625f;
    const int nan = x_in != x_in, over = x_in >= xmax, under = x_in <= xmin;
    const float x = nan || over || under ? 0.0f : x_in;
    float k = x * 1.442695040888963407359924681001892137f; // log2(e), NPY_LOG2Ef
    k = k + 0x1.8p23f;
    k = k - 0x1.8p23f;
    float r = fmaf(k, -6.93145752e-1f, x); // -ln 2, high part
    r = fmaf(k, -1.42860677e-6f, r);       // -ln 2, low part
    r = fmaf(k, 0.0f, r);                  // numpy's third reduction step, with a zero constant
    float p = fmaf(5.082762527590693718096e-04f, r, 6.757896990527504603057e-03f);
    p = fmaf(p, r, 5.114512081637298353406e-02f);
    p = fmaf(p, r, 2.473615434895520810817e-01f);
    p = fmaf(p, r, 7.257664613233124478488e-01f);
    p = fmaf(p, r, 9.999999999980870924916e-01f);
    float q = fmaf(2.159509375685829852307e-02f, r, -2.742335390411667452936e-01f);
    q = fmaf(q, r, 1.0f);
    const float ratio = p / q;
    // ratio · 2^k, rounded once: the exponent added to the bits, then (for a subnormal result, k < -125) an
    // exact division by the rest of the power of two.
    const int ki = (int)k;
    const int low = ki < -125 ? -125 - ki : 0;
    const float scaled = pxk_float(pxk_bits(ratio) + (uint32_t)((ki + low) * (1 << 23)));
    const float result = low ? scaled / (float)(1 << low) : scaled;
    return nan ? pxk_float(0x7fc00000u) : over ? INFINITY : under ? 0.0f : result;
}

/// numpy's float32 log.
static inline float pxk_np_logf(float x_in) {
    const int negative = x_in < 0.0f, zero = x_in == 0.0f, infinite = x_in == INFINITY, nan = x_in != x_in;
    float x = negative ? 0.0f : x_in;
    // Subnormals: scaled by 2^100 first, the exponent corrected after.
    const int subnormal = x < 1.175494351e-38f;
    x = subnormal ? x * 0x1p100f : x;
    const uint32_t bits = pxk_bits(x);
    float e = (float)((int32_t)(bits >> 23) - 126);
    e = subnormal ? e - 100.0f : e;
    float m = pxk_float((bits & 0x7fffffu) | (126u << 23));
    const int small = m <= 0.707106781186547524400844362104849039f; // 1/√2
    m = small ? m + m : m;
    e = small ? e - 1.0f : e;
    m = m - 1.0f;
    float p = fmaf(2.589979117907922693523e-02f, m, 3.808837741388407920751e-01f);
    p = fmaf(p, m, 1.480000633576506585156e+00f);
    p = fmaf(p, m, 2.112677543073053063722e+00f);
    p = fmaf(p, m, 9.999999999999998702752e-01f);
    p = fmaf(p, m, 0.0f);
    float q = fmaf(5.875095403124574342950e-03f, m, 1.546476374983906719538e-01f);
    q = fmaf(q, m, 9.864942958519418960339e-01f);
    q = fmaf(q, m, 2.453006071784736363091e+00f);
    q = fmaf(q, m, 2.612677543073109236779e+00f);
    q = fmaf(q, m, 1.0f);
    const float result = fmaf(e, 0.693147180559945309417232121458176568f, p / q);
    return infinite ? INFINITY : zero ? -INFINITY : negative ? pxk_float(0xffc00000u)
        : nan ? pxk_float(0x7fc00000u) : result;
}

/// numpy's float32 sine (`cosine` 0) or cosine (1) for |x| within the Cody-Waite range; the caller takes the
/// C library's value beyond it.
static inline float pxk_np_sincosf(float x_in, int cosine) {
    const int nan = x_in != x_in;
    const float limit = cosine ? 71476.0625f : 117435.992f;
    const float x = nan || !(fabsf(x_in) <= limit) ? 0.0f : x_in;
    const float k = fmaf(x, 0x1.45f306p-1f, 0x1.8p23f) - 0x1.8p23f; // rint(x · 2/π)
    float r = fmaf(k, -0x1.921fb0p+00f, x);
    r = fmaf(k, -0x1.5110b4p-22f, r);
    r = fmaf(k, -0x1.846988p-48f, r);
    const float r2 = r * r;
    float c = fmaf(0x1.98e616p-16f, r2, -0x1.6c06dcp-10f);
    c = fmaf(c, r2, 0x1.55553cp-05f);
    c = fmaf(c, r2, -0x1.000000p-01f);
    c = fmaf(c, r2, 1.0f);
    float s = fmaf(0x1.7d3bbcp-19f, r2, -0x1.a06bbap-13f);
    s = fmaf(s, r2, 0x1.11119ap-07f);
    s = fmaf(s, r2, -0x1.555556p-03f);
    s = fmaf(s, r2, 0.0f);
    s = fmaf(s, r, r);
    const int quadrant = (int)k + cosine;
    float v = (quadrant & 1) == 0 ? s : c;
    v = (quadrant & 2) ? 0.0f - v : v;
    return nan ? pxk_float(0x7fc00000u) : v;
}

/// numpy's tanh table: per interval, b (the interval's start) then c0 … c6, as float bits.
static const uint32_t pxk_tanh_table[8][32] = {
    {0x0,        0x3d700000, 0x3d900000, 0x3db00000, 0x3dd00000, 0x3df00000, 0x3e100000, 0x3e300000,
     0x3e500000, 0x3e700000, 0x3e900000, 0x3eb00000, 0x3ed00000, 0x3ef00000, 0x3f100000, 0x3f300000,
     0x3f500000, 0x3f700000, 0x3f900000, 0x3fb00000, 0x3fd00000, 0x3ff00000, 0x40100000, 0x40300000,
     0x40500000, 0x40700000, 0x40900000, 0x40b00000, 0x40d00000, 0x40f00000, 0x41100000, 0x0},
    {0x0,        0x3d6fb9c9, 0x3d8fc35f, 0x3daf9169, 0x3dcf49ab, 0x3deee849, 0x3e0f0ee8, 0x3e2e4984,
     0x3e4d2f8e, 0x3e6bb32e, 0x3e8c51cd, 0x3ea96163, 0x3ec543f1, 0x3edfd735, 0x3f028438, 0x3f18abf0,
     0x3f2bc480, 0x3f3bec1c, 0x3f4f2e5b, 0x3f613c53, 0x3f6ce37d, 0x3f743c4f, 0x3f7a5feb, 0x3f7dea85,
     0x3f7f3b3d, 0x3f7fb78c, 0x3f7fefd4, 0x3f7ffdd0, 0x3f7fffb4, 0x3f7ffff6, 0x3f7fffff, 0x3f800000},
    {0x3f800000, 0x3f7f1f84, 0x3f7ebd11, 0x3f7e1e5f, 0x3f7d609f, 0x3f7c842d, 0x3f7b00e5, 0x3f789580,
     0x3f75b8ad, 0x3f726fd9, 0x3f6cc59b, 0x3f63fb92, 0x3f59ff97, 0x3f4f11d7, 0x3f3d7573, 0x3f24f360,
     0x3f0cbfe7, 0x3eec1a69, 0x3eb0a801, 0x3e6753a2, 0x3e132f1a, 0x3db7e7d3, 0x3d320845, 0x3c84d3d4,
     0x3bc477b7, 0x3b10d3da, 0x3a01601e, 0x388c1a3b, 0x3717b0da, 0x35a43bce, 0x338306c6, 0x0},
    {0xb0343c7b, 0xbd6ee69d, 0xbd8f0da7, 0xbdae477d, 0xbdcd2a1f, 0xbdeba80d, 0xbe0c443b, 0xbe293cf3,
     0xbe44f282, 0xbe5f3651, 0xbe81c7c0, 0xbe96d7ca, 0xbea7fb8e, 0xbeb50e9e, 0xbec12efe, 0xbec4be92,
     0xbebce070, 0xbead510e, 0xbe8ef7d6, 0xbe4b8704, 0xbe083237, 0xbdaf7449, 0xbd2e1ec4, 0xbc83bf06,
     0xbbc3e0b5, 0xbb10aadc, 0xba0157db, 0xb88c18f2, 0xb717b096, 0xb5a43bae, 0xb383012c, 0x0},
    {0xbeaaaaa5, 0xbeab0612, 0xbea7f01f, 0xbea4e120, 0xbea387b7, 0xbea15962, 0xbe9d57f7, 0xbe976b5a,
     0xbe90230d, 0xbe880dff, 0xbe7479b3, 0xbe4c3d88, 0xbe212482, 0xbdeb8cba, 0xbd5e78ad, 0x3c6b5e6e,
     0x3d839143, 0x3dc21ee1, 0x3de347af, 0x3dcbec96, 0x3d99ef2d, 0x3d542ea1, 0x3cdde701, 0x3c2cca67,
     0x3b81cb27, 0x3ac073a1, 0x39ac3032, 0x383a94d9, 0x36ca081d, 0x355abd4c, 0x332b3cb6, 0x0},
    {0xb76dd6b9, 0xbe1c276d, 0x3c1dcf2f, 0x3dc1a78d, 0x3d96f985, 0x3da2b61b, 0x3dc13397, 0x3dd2f670,
     0x3df48a0a, 0x3e06c5a8, 0x3e1a3aba, 0x3e27c405, 0x3e2e78d0, 0x3e2c3e44, 0x3e1d3097, 0x3df4a8f4,
     0x3da38508, 0x3d31416a, 0x3b562657, 0xbcaeeac9, 0xbcce9419, 0xbcaaeac4, 0xbc49e7d0, 0xbba71ddd,
     0xbb003b0e, 0xba3f9a05, 0xb92c08a7, 0xb7ba9232, 0xb64a0b0f, 0xb4dac169, 0xb2ab78ac, 0x0},
    {0x3e0910e9, 0x43761143, 0x4165ecdc, 0xc190f756, 0xc08c097d, 0xc02ba813, 0xbf7f6bda, 0x3f2b1dc0,
     0x3ece105d, 0x3f426a94, 0xbadb0dc4, 0x3da43b17, 0xbd51ab88, 0xbcaea23d, 0xbd3b6d8d, 0xbd6caaad,
     0xbd795bed, 0xbd5fddda, 0xbd038f3b, 0xbc1cad63, 0x3abb4766, 0x3b95f10b, 0x3b825873, 0x3afaea66,
     0x3a49f878, 0x39996bf3, 0x388f3e6c, 0x371bb0e3, 0x35a8a5e6, 0x34369b17, 0x322487b0, 0x0},
    {0xbc0e2f66, 0x460bda12, 0x43d638ef, 0xc3e11c3e, 0xc2baa4e9, 0xc249da2d, 0xc1859b82, 0x40dd5b57,
     0x40494640, 0x40c730a8, 0xbf0f160e, 0x3e30e76f, 0xbea81387, 0xbdb26a1c, 0xbd351e57, 0xbb4c01a0,
     0x3c1d7bfb, 0x3c722cd1, 0x3c973f1c, 0x3c33a31b, 0x3b862ef4, 0x3a27b3d0, 0xba3b5907, 0xba0efc22,
     0xb97f9f0f, 0xb8c8af50, 0xb7bdddfb, 0xb64f2950, 0xb4e085b1, 0xb3731dfa, 0xb15a1f04, 0x0}
};

/// numpy's float32 tanh.
static inline float pxk_np_tanhf(float x) {
    const uint32_t bits = pxk_bits(x);
    const int32_t top = (int32_t)(bits & 0x7fe00000u);
    int32_t index = top - 0x3d400000;
    index = index < 0 ? 0 : index > 0x3e00000 ? 0x3e00000 : index;
    const uint32_t i = (uint32_t)index >> 21;
    const float y = fabsf(x) - pxk_float(pxk_tanh_table[0][i]);
    float r = fmaf(pxk_float(pxk_tanh_table[7][i]), y, pxk_float(pxk_tanh_table[6][i]));
    r = fmaf(r, y, pxk_float(pxk_tanh_table[5][i]));
    r = fmaf(r, y, pxk_float(pxk_tanh_table[4][i]));
    r = fmaf(r, y, pxk_float(pxk_tanh_table[3][i]));
    r = fmaf(r, y, pxk_float(pxk_tanh_table[2][i]));
    r = fmaf(r, y, pxk_float(pxk_tanh_table[1][i]));
    r = top <= 0x7f000000 ? r : 1.0f;
    r = pxk_float(pxk_bits(r) | (bits & 0x80000000u));
    return x != x ? pxk_float(0x7fc00000u) : r;
}

/// numpy's float64 tanh table: per interval (16), b then c0 … c16, as double bits.
static const uint64_t pxk_tanh64_table[18][16] = {
    {0x0ull, 0x3fcc000000000000ull, 0x3fd4000000000000ull, 0x3fdc000000000000ull,
     0x3fe4000000000000ull, 0x3fec000000000000ull, 0x3ff4000000000000ull, 0x3ffc000000000000ull,
     0x4004000000000000ull, 0x400c000000000000ull, 0x4014000000000000ull, 0x401c000000000000ull,
     0x4024000000000000ull, 0x402c000000000000ull, 0x4034000000000000ull, 0x0ull},
    {0x0ull, 0x3fcb8fd0416a7c92ull, 0x3fd35f98a0ea650eull, 0x3fda5729ee488037ull,
     0x3fe1bf47eabb8f95ull, 0x3fe686650b8c2015ull, 0x3feb2523bb6b2deeull, 0x3fee1fbf97e33527ull,
     0x3fef9258260a71c2ull, 0x3feff112c63a9077ull, 0x3fefff419668df11ull, 0x3feffffc832750f2ull,
     0x3feffffffdc96f35ull, 0x3fefffffffffcf58ull, 0x3ff0000000000000ull, 0x3ff0000000000000ull},
    {0x3ff0000000000000ull, 0x3fee842ca3f08532ull, 0x3fed11574af58f1bull, 0x3fea945b9c24e4f9ull,
     0x3fe6284c3374f815ull, 0x3fe02500a09f8d6eull, 0x3fd1f25131e3a8c0ull, 0x3fbd22ca1c24a139ull,
     0x3f9b3afe1fba5c76ull, 0x3f6dd37d19b22b21ull, 0x3f27ccec13a9ef96ull, 0x3ecbe6c3f33250aeull,
     0x3e41b4865394f75full, 0x3d8853f01bda5f28ull, 0x3c73953c0197ef58ull, 0x0ull},
    {0xbbf0b3ea3fdfaa19ull, 0xbfca48aaeb53bc21ull, 0xbfd19921f4329916ull, 0xbfd5e0f09bef8011ull,
     0xbfd893b59c35c882ull, 0xbfd6ba7cb7576538ull, 0xbfce7291743d7555ull, 0xbfbb6d85a01efb80ull,
     0xbf9addae58c7141aull, 0xbf6dc59376c7aa19ull, 0xbf27cc5e74677410ull, 0xbecbe6c0e8b4cc87ull,
     0xbe41b486526b0565ull, 0xbd8853f01bef63a4ull, 0xbc73955be519be31ull, 0x0ull},
    {0xbfd5555555555555ull, 0xbfd183afc292ba11ull, 0xbfcc1a4b039c9bfaull, 0xbfc16e1e6d8d0be6ull,
     0xbf92426c751e48a2ull, 0x3fb4f152b2bad124ull, 0x3fbbba40cbef72beull, 0x3fb01ba038be6a3dull,
     0x3f916df44871efc8ull, 0x3f63c6869dfc8870ull, 0x3f1fb9aef915d828ull, 0x3ec299d1e27c6e11ull,
     0x3e379b5ddcca334cull, 0x3d8037f57bc62c9aull, 0x3c6a2d4b50a2cff7ull, 0x0ull},
    {0xbce6863ee44ed636ull, 0x3fc04dcd0476c75eull, 0x3fc43d3449a80f08ull, 0x3fc5c26f3699b7e7ull,
     0x3fc1a686f6ab2533ull, 0x3faf203c316ce730ull, 0xbf89c7a02788557cull, 0xbf98157e26e0d541ull,
     0xbf807b55c1c7d278ull, 0xbf53a18d5843190full, 0xbf0fb6bbc89b1a5bull, 0xbeb299c9c684a963ull,
     0xbe279b5dd4fb3d01ull, 0xbd7037f57ae72aa6ull, 0xbc5a2ca2bba78e86ull, 0x0ull},
    {0x3fc1111111112ab5ull, 0x3fb5c19efdfc08adull, 0x3fa74c98dc34fbacull, 0xbf790d6a8eff0a77ull,
     0xbfac3c021789a786ull, 0xbfae2196b7326859ull, 0xbf93a7a011ff8c2aull, 0x3f6e4709c7e8430eull,
     0x3f67682afa611151ull, 0x3f3ef2ee77717cbfull, 0x3ef95a4482f180b7ull, 0x3e9dc2c27da3b603ull,
     0x3e12e2afd9f7433eull, 0x3d59f320348679baull, 0x3c44b61d9bbcc940ull, 0x0ull},
    {0xbda1ea19ddddb3b4ull, 0xbfb0b8df995ce4dfull, 0xbfb2955cf41e8164ull, 0xbfaf9d05c309f7c6ull,
     0xbf987d27ccff4291ull, 0x3f8b2ca62572b098ull, 0x3f8f1cf6c7f5b00aull, 0x3f60379811e43dd5ull,
     0xbf4793826f78537eull, 0xbf2405695e36240full, 0xbee0e08de39ce756ull, 0xbe83d709ba5f714eull,
     0xbdf92e3fc5ee63e0ull, 0xbd414cc030f2110eull, 0xbc2ba022e8d82a87ull, 0x0ull},
    {0xbfaba1ba1990520bull, 0xbf96e37bba52f6fcull, 0x3ecff7df18455399ull, 0x3f97362834d33a4eull,
     0x3f9e7f8380184b45ull, 0x3f869543e7c420d4ull, 0xbf7326bd4914222aull, 0xbf5fc15b0a9d98faull,
     0x3f14cffcfa69fbb6ull, 0x3f057e48e5b79d10ull, 0x3ec33b66d7d77264ull, 0x3e66ac4e578b9b10ull,
     0x3ddcc74b8d3d5c42ull, 0x3d23c589137f92b4ull, 0x3c107f8e2c8707a1ull, 0x0ull},
    {0xbe351ca7f096011full, 0x3f9eaaf3320c3851ull, 0x3f9cf823fe761fc1ull, 0x3f9022271754ff1full,
     0xbf731fe77c9c60afull, 0xbf84a6046865ec7dull, 0xbf4ca3f1f2b9192bull, 0x3f4c77dee0afd227ull,
     0x3f04055bce68597aull, 0xbee2bf0cb4a71647ull, 0xbea31eaafe73efd5ull, 0xbe46abb02c4368edull,
     0xbdbcc749ca8079ddull, 0xbd03c5883836b9d2ull, 0xbbf07a5416264aecull, 0x0ull},
    {0x3f9664f94e6ac14eull, 0xbf94d3343bae39ddull, 0xbf7bc748e60df843ull, 0xbf8c89372b43ba85ull,
     0xbf8129a092de747aull, 0x3f60c85b4d538746ull, 0x3f5be9392199ec18ull, 0xbf2a0c68a4489f10ull,
     0xbf00462601dc2faaull, 0x3eb7b6a219dea9f4ull, 0x3e80cbcc8d4c5c8aull, 0x3e2425bb231a5e29ull,
     0x3d9992a4beac8662ull, 0x3ce191ba5ed3fb67ull, 0x3bc892450bad44c4ull, 0x0ull},
    {0xbea8c4c1fd7852feull, 0xbfccce16b1046f13ull, 0xbf81a16f224bb7b6ull, 0xbf62cbf00406bc09ull,
     0x3f75b29bb02cf69bull, 0x3f607df0f9f90c17ull, 0xbf4b852a6e0758d5ull, 0xbf0078c63d1b8445ull,
     0x3eec12eadd55be7aull, 0xbe6fa600f593181bull, 0xbe5a3c935dce3f7dull, 0xbe001c6d95e3ae96ull,
     0xbd74755a00ea1fd3ull, 0xbcbc1c6c063bb7acull, 0xbba3be9a4460fe00ull, 0x0ull},
    {0xbf822404577aa9ddull, 0x403d8b07f7a82aa3ull, 0xbf9f44ab92fbab0aull, 0x3fb2eac604473d6aull,
     0x3f45f87d903aaac8ull, 0xbf5e104671036300ull, 0x3f19bc98ddf0f340ull, 0x3f0d4304bc9246e8ull,
     0xbed13c415f7b9d41ull, 0xbe722b8d9720cdb0ull, 0x3e322666d739bec0ull, 0x3dd76a553d7e7918ull,
     0x3d4de0fa59416a39ull, 0x3c948716cf3681b4ull, 0x3b873f9f2d2fda99ull, 0x0ull},
    {0xbefdd99a221ed573ull, 0x4070593a3735bab4ull, 0xbfccab654e44835eull, 0x3fd13ed80037dbacull,
     0xbf6045b9076cc487ull, 0x3f2085ee7e8ac170ull, 0x3f23524622610430ull, 0xbeff12a6626911b4ull,
     0x3eab9008bca408afull, 0x3e634df71865f620ull, 0xbe05bb1bcf83ca73ull, 0xbdaf2ac143fb6762ull,
     0xbd23eae52a3dbf57ull, 0xbc6b5e3e9ca0955eull, 0xbb5eca68e2c1ba2eull, 0x0ull},
    {0x3f6e3be689423841ull, 0xc0d263511f5baac1ull, 0x40169f73b15ebe5cull, 0xc025c1dd41cd6cb5ull,
     0xbf58fd89fe05e0d1ull, 0x3f73f7af01d5af7aull, 0xbf1e40bdead17e6bull, 0x3ee224cd6c4513e5ull,
     0xbe24b645e68eeaa3ull, 0xbe4abfebfb72bc83ull, 0x3dd51c38f8695ed3ull, 0x3d8313ac38c6832bull,
     0x3cf7787935626685ull, 0x3c401ffc49c6bc29ull, 0xbabf0b21acfa52abull, 0x0ull},
    {0xbf2a1306713a4f3aull, 0xc1045e509116b066ull, 0x4041fab9250984ceull, 0xc0458d090ec3de95ull,
     0xbf74949d60113d63ull, 0x3f7c9fd6200d0adeull, 0x3f02cd40e0ad0a9full, 0xbe858ab8e019f311ull,
     0xbe792fa6323b7cf8ull, 0x3e2df04d67876402ull, 0xbd95c72be95e4d2cull, 0xbd55a89c30203106ull,
     0xbccad6b3bb9eff65ull, 0xbc12705ccd3dd884ull, 0xba8e0a4c47ae75f5ull, 0x0ull},
    {0xbf55d7e76dc56871ull, 0x41528c38809c90c7ull, 0xc076d57fb5190b02ull, 0x4085f09f888f8adaull,
     0x3fa246332a2fcba5ull, 0xbfb29d851a896fcdull, 0x3ed9065ae369b212ull, 0xbeb8e1ba4c98a030ull,
     0x3e6ffd0766ad4016ull, 0xbe0c63c29f505f5bull, 0xbd7fab216b9e0e49ull, 0x3d2826b62056aa27ull,
     0x3ca313e31762f523ull, 0x3bea37aa21895319ull, 0x3ae5c7f1fd871496ull, 0x0ull},
    {0x3f35e67ab76a26e7ull, 0x41848ee0627d8206ull, 0xc0a216d618b489ecull, 0x40a5b89107c8af4full,
     0x3fb69d8374520edaull, 0xbfbded519f981716ull, 0xbef02d288b5b3371ull, 0x3eb290981209c1a6ull,
     0xbe567e924bf5ff6eull, 0x3de3f7f7de6b0eb6ull, 0x3d69ed18bae3ebbcull, 0xbcf7534c4f3dfa71ull,
     0xbc730b73f1eaff20ull, 0xbbba2cff8135d462ull, 0xbab5a71b5f7d9035ull, 0x0ull}
};

/// numpy's float64 tanh (`simd_tanh_f64`): 16 intervals of |x|, a 16th-degree polynomial in |x| - b on each.
static inline double pxk_np_tanh(double x) {
    uint64_t bits;
    memcpy(&bits, &x, 8);
    const int64_t top = (int64_t)(bits & 0x7ff8000000000000ull);
    // numpy clamps the difference as two 32-bit halves: the low half is zero, the high one ends in [0, 0x780000].
    int64_t high = (top - 0x3fc0000000000000ll) >> 32;
    high = high < 0 ? 0 : high > 0x780000 ? 0x780000 : high;
    const uint64_t i = (uint64_t)high >> 19;
    double b;
    memcpy(&b, &pxk_tanh64_table[0][i], 8);
    const double y = fabs(x) - b;
    double c;
    memcpy(&c, &pxk_tanh64_table[17][i], 8);
    double r = c;
    for (int k = 16; k >= 1; k--) {
        memcpy(&c, &pxk_tanh64_table[k][i], 8);
        r = fma(r, y, c);
    }
    r = top <= 0x7fe0000000000000ll ? r : 1.0;
    uint64_t rbits;
    memcpy(&rbits, &r, 8);
    rbits |= bits & 0x8000000000000000ull;
    memcpy(&r, &rbits, 8);
    return x != x ? (double)NAN : r;
}

/// Elements per chunk: gathered into a contiguous buffer, computed, written back.
enum { PXK_MATH_CHUNK = 512 };

#define PXK_MATH_CHUNK_LOOP(NAME, T, EXPRESSION, ATTRIBUTES)                                                    \
    ATTRIBUTES static void NAME(const T *restrict in, T *restrict out, ptrdiff_t n) {                          \
        for (ptrdiff_t i = 0; i < n; i++) {                                                                    \
            const T x = in[i];                                                                                 \
            out[i] = EXPRESSION;                                                                               \
        }                                                                                                      \
    }

#define PXK_MATH_LEVEL(SUFFIX, ATTRIBUTES)                                                                      \
    PXK_MATH_CHUNK_LOOP(exp_##SUFFIX, float, pxk_np_expf(x), ATTRIBUTES)                                       \
    PXK_MATH_CHUNK_LOOP(log_##SUFFIX, float, pxk_np_logf(x), ATTRIBUTES)                                       \
    PXK_MATH_CHUNK_LOOP(sin_##SUFFIX, float, pxk_np_sincosf(x, 0), ATTRIBUTES)                                 \
    PXK_MATH_CHUNK_LOOP(cos_##SUFFIX, float, pxk_np_sincosf(x, 1), ATTRIBUTES)                                 \
    PXK_MATH_CHUNK_LOOP(tanh_##SUFFIX, float, pxk_np_tanhf(x), ATTRIBUTES)                                     \
    PXK_MATH_CHUNK_LOOP(tanh64_##SUFFIX, double, pxk_np_tanh(x), ATTRIBUTES)

typedef void (*pxk_math_loop_f32)(const float *restrict, float *restrict, ptrdiff_t);
typedef void (*pxk_math_loop_f64)(const double *restrict, double *restrict, ptrdiff_t);

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <stdatomic.h>
PXK_MATH_LEVEL(avx2, __attribute__((target("avx2,fma"))))
PXK_MATH_LEVEL(avx512, __attribute__((target("avx2,fma,avx512f,avx512bw,avx512dq,avx512vl"))))

/// Whether the processor has the rest of numpy's X86_V3 level beside AVX2 (which the kernel level checks).
static int pxk_detect_numpy_v3(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_FMA) || !(c & bit_F16C) || !(c & bit_MOVBE)) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    if (!(b & bit_BMI) || !(b & bit_BMI2)) return 0;
    if (!__get_cpuid(0x80000001, &a, &b, &c, &d)) return 0;
    return (c & bit_LZCNT) != 0;
}

/// `pxk_detect_numpy_v3`, checked once (-1 before).
static atomic_int pxk_numpy_v3_state = -1;

int pxk_numpy_routines(void) {
    int known = atomic_load_explicit(&pxk_numpy_v3_state, memory_order_relaxed);
    if (known < 0) {
        known = pxk_detect_numpy_v3();
        atomic_store_explicit(&pxk_numpy_v3_state, known, memory_order_relaxed);
    }
    return known;
}

// The width follows the kernel level (numpy's routines are available, so AVX2 and FMA3 are); every width gives the
// same bits.
static pxk_math_loop_f32 pxk_math_pick_f32(pxk_float_function f) {
    const int wide = pxk_current_level() == 2;
    switch (f) {
    case PXK_EXP: return wide ? exp_avx512 : exp_avx2;
    case PXK_LOG: return wide ? log_avx512 : log_avx2;
    case PXK_SIN: return wide ? sin_avx512 : sin_avx2;
    case PXK_COS: return wide ? cos_avx512 : cos_avx2;
    case PXK_TANH: return wide ? tanh_avx512 : tanh_avx2;
    }
    return NULL;
}

static pxk_math_loop_f64 pxk_math_pick_tanh64(void) { return pxk_current_level() == 2 ? tanh64_avx512 : tanh64_avx2; }
#else
int pxk_numpy_routines(void) { return 0; }
static pxk_math_loop_f32 pxk_math_pick_f32(pxk_float_function f) {
    (void)f;
    return NULL;
}
static pxk_math_loop_f64 pxk_math_pick_tanh64(void) { return NULL; }
#endif

/// The C library's function.
static float pxk_libm_f32(pxk_float_function f, float x) {
    switch (f) {
    case PXK_EXP: return expf(x);
    case PXK_LOG: return logf(x);
    case PXK_SIN: return sinf(x);
    case PXK_COS: return cosf(x);
    case PXK_TANH: return tanhf(x);
    }
    return x;
}

void pxk_float_f32(pxk_float_function f, int numpy_routines, ptrdiff_t n, const void *in, ptrdiff_t in_step,
                   void *out, ptrdiff_t out_step) {
    const char *source = in;
    char *target = out;
    const pxk_math_loop_f32 loop = numpy_routines && pxk_numpy_routines() ? pxk_math_pick_f32(f) : NULL;
    // Beyond the Cody-Waite range numpy's sine and cosine call the C library.
    const float limit = f == PXK_SIN ? 117435.992f : f == PXK_COS ? 71476.0625f : INFINITY;
    float x[PXK_MATH_CHUNK], y[PXK_MATH_CHUNK];
    for (ptrdiff_t start = 0; start < n; start += PXK_MATH_CHUNK) {
        const ptrdiff_t count = n - start < PXK_MATH_CHUNK ? n - start : PXK_MATH_CHUNK;
        for (ptrdiff_t i = 0; i < count; i++) memcpy(&x[i], source + (start + i) * in_step, sizeof(float));
        if (loop) {
            loop(x, y, count);
            for (ptrdiff_t i = 0; i < count; i++) {
                if (fabsf(x[i]) > limit) y[i] = pxk_libm_f32(f, x[i]);
            }
        } else {
            for (ptrdiff_t i = 0; i < count; i++) y[i] = pxk_libm_f32(f, x[i]);
        }
        for (ptrdiff_t i = 0; i < count; i++) memcpy(target + (start + i) * out_step, &y[i], sizeof(float));
    }
}

void pxk_float_tanh_f64(int numpy_routines, ptrdiff_t n, const void *in, ptrdiff_t in_step, void *out,
                        ptrdiff_t out_step) {
    const char *source = in;
    char *target = out;
    const pxk_math_loop_f64 loop = numpy_routines && pxk_numpy_routines() ? pxk_math_pick_tanh64() : NULL;
    double x[PXK_MATH_CHUNK], y[PXK_MATH_CHUNK];
    for (ptrdiff_t start = 0; start < n; start += PXK_MATH_CHUNK) {
        const ptrdiff_t count = n - start < PXK_MATH_CHUNK ? n - start : PXK_MATH_CHUNK;
        for (ptrdiff_t i = 0; i < count; i++) memcpy(&x[i], source + (start + i) * in_step, sizeof(double));
        if (loop) {
            loop(x, y, count);
        } else {
            for (ptrdiff_t i = 0; i < count; i++) y[i] = tanh(x[i]);
        }
        for (ptrdiff_t i = 0; i < count; i++) memcpy(target + (start + i) * out_step, &y[i], sizeof(double));
    }
}
