# bool arrays: dtype, item size, printing and conversion.
import numpy as np

a = np.array([True, False, True])
print(a.dtype, a.itemsize, a.nbytes)
print(a)
print(repr(a))
print(repr(np.array([1, 0, 2]) > 0))
print(repr(np.array([0, 1, 2]).astype(bool)))
print(repr(np.array([0.0, 0.5, -1.0]).astype(np.bool_)))
print(repr(a.astype(np.int64)), repr(a.astype(np.float64)))
print(repr(a[0]), a[0], repr(a[1]))
print(repr(np.zeros(3, dtype=bool)), repr(np.ones(2, dtype=bool)))
