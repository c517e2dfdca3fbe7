"""Print digests of numpy's complex128 arithmetic over generated inputs, for
Tests/PXNumericTests/ComplexOracleTests.swift.

Inputs: a and b of 2 * 262,144 complex numbers each. First 262,144 from bit patterns (every sign and exponent,
subnormals, infinities, NaNs): element k of a has the real part k * 0x9E3779B97F4A7C15 mod 2**64 and the
imaginary part (k + 2**18) * that multiplier, element k of b the patterns of k + 2**19 and k + 3 * 2**18. Then
262,144 of moderate size: a = ((k - 131072) / 1024, ((k * 7919) mod 2**18 - 131072) / 4096), b the same with
k * 104729 and k * 3 in place of k and k * 7919. For a + b, a - b, a * b, a / b (each result's real and
imaginary bits) and abs(a), one line per chunk of 65,536 results: the operation, the chunk number, the 64-bit
FNV-1a hash (hex) of the bits, taken as 64-bit words in memory order (h = 0xcbf29ce484222325, then for each
word h = (h ^ word) * 0x100000001b3 mod 2**64), every NaN hashed as 0x7ff8000000000000: which input's payload
and sign a NaN result carries depends on the operand order the compiler chose for numpy's commutative vector
instructions (a maximum, a product), not on numpy's algorithm, and no program can print it.

numpy multiplies complex numbers and takes their absolute value with fused multiply-adds on x86-64 processors of
its X86_V3 level (AVX2, FMA3, ...) and above; this script runs only there.
"""

import numpy as np

N = 1 << 18
CHUNK = 65536
M = np.uint64(0x9E3779B97F4A7C15)


def patterns(offset):
    k = np.arange(N, dtype=np.uint64) + np.uint64(offset)
    return (k * M).view(np.float64)


def moderate(first, second):
    k = np.arange(N, dtype=np.int64)
    re = ((k * first) % N - N // 2).astype(np.float64) / 1024
    im = ((k * second) % N - N // 2).astype(np.float64) / 4096
    return re + 1j * im


def complex_of(re, im):
    z = np.empty(N, dtype=np.complex128)
    z.real = re
    z.imag = im
    return z


def fnv(words):
    h = 0xCBF29CE484222325
    for w in words:
        h = ((h ^ w) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def digests(name, y):
    parts = np.ascontiguousarray(y).view(np.float64)
    words = parts.view(np.uint64).copy()
    words[np.isnan(parts)] = 0x7FF8000000000000
    per_chunk = len(words) // (len(y) // CHUNK)
    for chunk in range(len(y) // CHUNK):
        print(f"{name}\t{chunk}\t{fnv(words[chunk * per_chunk:(chunk + 1) * per_chunk].tolist()):016x}")


def main():
    features = np._core._multiarray_umath.__cpu_features__
    if not (features.get("AVX2") and features.get("FMA3")):
        raise SystemExit("numpy_complex.py: numpy fuses complex multiply-adds only with AVX2 and FMA3")
    a = np.concatenate([complex_of(patterns(0), patterns(N)), moderate(1, 7919)])
    b = np.concatenate([complex_of(patterns(2 * N), patterns(3 * N)), moderate(104729, 3)])
    print("# oracle: numpy", np.__version__, "complex128 add subtract multiply divide absolute;", len(a),
          "inputs each; FNV-1a of the bits per", CHUNK, "results")
    with np.errstate(all="ignore"):
        for name, y in [("add", a + b), ("subtract", a - b), ("multiply", a * b), ("divide", a / b),
                        ("absolute", np.abs(a))]:
            digests(name, y)


main()
