# int32 arrays: repr carries dtype=int32; mixing with int64 gives int64.
import numpy as np

a = np.array([1, 2, 3], dtype=np.int32)
print(a.dtype, a.itemsize, a.nbytes)
print(a)
print(repr(a))
print(repr(a + a))
print(repr(a + 1))
print(repr(a + np.array([1, 2, 3])))
print(repr(a * 2.5))
print(repr(a // 2), repr(a % 2))
print(repr(a[1]), a[1])
print(repr(np.arange(4, dtype=np.int32)))
print(repr(np.array([1.7, -2.7]).astype(np.int32)))
print(repr(np.array([1, 2], dtype="int32")))
