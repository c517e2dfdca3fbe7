"""Print numpy's np.dot of generated float64 vector pairs, for Tests/PXNumericTests/DotOracleTests.swift.

Case i (0 <= i < 10000) has length n = (i * 7919) % 300, or 300 + (i * 104729) % 20000 when i % 100 == 0. Its
vectors are drawn from one legacy RandomState(2026) stream, case after case: random_sample(n * sx) - 0.5, then
random_sample(n * sy) - 0.5, and every sx-th (sy-th) element is used, with (sx, sy) = (1, 1), (2, 1), (1, 3)
and (2, 3) for i % 4 = 0, 1, 2, 3: contiguous and strided calls of numpy's BLAS ddot, lengths on both sides of
its blocks of 16 and 32. One line per case: i, n, sx, sy, then the result as float.hex().

numpy's OpenBLAS runs on one thread: with more, a ddot above 10000 elements is split between threads, which
changes its rounding.
"""

import os

os.environ["OPENBLAS_NUM_THREADS"] = "1"

import numpy as np  # noqa: E402

STEPS = [(1, 1), (2, 1), (1, 3), (2, 3)]


def length(i):
    return 300 + (i * 104729) % 20000 if i % 100 == 0 else (i * 7919) % 300


def main():
    print("# oracle: numpy", np.__version__, "ddot on one OpenBLAS thread")
    rs = np.random.RandomState(2026)
    for i in range(10000):
        n = length(i)
        sx, sy = STEPS[i % 4]
        x = rs.random_sample(n * sx) - 0.5
        y = rs.random_sample(n * sy) - 0.5
        print(i, n, sx, sy, float(np.dot(x[::sx], y[::sy])).hex(), sep="\t")


main()
