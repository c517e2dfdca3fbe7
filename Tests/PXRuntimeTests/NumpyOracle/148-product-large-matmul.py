# A larger product through BLAS: sums and checks printed, exact for integer-valued floats.
import numpy as np

n = 64
a = np.arange(n * n, dtype=np.float64).reshape(n, n) % 7
b = np.arange(n * n, dtype=np.float64).reshape(n, n).T % 5
c = a @ b
print(c.shape, repr(c.sum()), repr(c[3, 5]), repr(c[-1, -1]))
print(c[:2, :4])
d = np.dot(a, b)
print(np.array_equal(c, d))
i = a.astype(np.int64) @ b.astype(np.int64)
print(repr(i.sum()), i.dtype)
