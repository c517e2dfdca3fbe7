"""Print digests of numpy's float32 exp, log, sin, cos and tanh and float64 tanh over generated inputs, for
Tests/PXNumericTests/NumpyMathOracleTests.swift.

float32 inputs, in this order: 1,048,576 bit patterns k * 0x9E3779B1 mod 2**32 (k = 0, 1, ...: every sign and
exponent, subnormals, infinities, NaNs), then (k - 524288) / 4096 for k = 0 ... 1,048,575 (every multiple of
1/4096 in [-128, 128)). float64 inputs: 1,048,576 bit patterns k * 0x9E3779B97F4A7C15 mod 2**64, then
(k - 524288) / 16384 (every multiple of 1/16384 in [-32, 32)). For each function and each chunk of 65,536
consecutive inputs, one line: the function (tanh64 for float64), the chunk number, then the 64-bit FNV-1a hash
(hex) of the results' bits taken a whole element (32 or 64 bits) at a time: h = 0xcbf29ce484222325, then for each
element h = (h ^ bits) * 0x100000001b3 mod 2**64.

On x86-64 processors of numpy's X86_V3 level (AVX2, FMA3, ...) and above numpy 2 computes these with its own
SIMD routines, whose results differ from the C library's in the last bit for some inputs; the digests are those
results (the same on every such processor: the routines work lane by lane). Below that level numpy calls the C
library, and the digests do not apply.
"""

import numpy as np

CHUNK = 65536
FUNCTIONS = ["exp", "log", "sin", "cos", "tanh"]


def inputs32():
    k = np.arange(1 << 20, dtype=np.uint64)
    patterns = ((k * 0x9E3779B1) & 0xFFFFFFFF).astype(np.uint32).view(np.float32)
    grid = (k.astype(np.int64) - 524288).astype(np.float32) / np.float32(4096)
    return np.concatenate([patterns, grid])


def inputs64():
    k = np.arange(1 << 20, dtype=np.uint64)
    patterns = (k * np.uint64(0x9E3779B97F4A7C15)).view(np.float64)
    grid = (k.astype(np.int64) - 524288).astype(np.float64) / 16384.0
    return np.concatenate([patterns, grid])


def fnv(words):
    h = 0xCBF29CE484222325
    for w in words:
        h = ((h ^ w) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def digests(name, y):
    bits = y.view(np.uint32 if y.dtype == np.float32 else np.uint64)
    for chunk in range(len(y) // CHUNK):
        print(f"{name}\t{chunk}\t{fnv(bits[chunk * CHUNK:(chunk + 1) * CHUNK].tolist()):016x}")


def main():
    features = np._core._multiarray_umath.__cpu_features__
    if not (features.get("AVX2") and features.get("FMA3")):
        raise SystemExit("numpy_math.py: numpy uses its own routines only with AVX2 and FMA3")
    x = inputs32()
    print("# oracle: numpy", np.__version__, "float32 exp log sin cos tanh, float64 tanh (tanh64);", len(x),
          "inputs each; FNV-1a of the bits per", CHUNK, "results")
    with np.errstate(all="ignore"):
        for name in FUNCTIONS:
            digests(name, getattr(np, name)(x))
        digests("tanh64", np.tanh(inputs64()))


main()
