# float32 arrays keep their dtype through arithmetic and print with dtype=float32.
import numpy as np

a = np.array([0.1, 0.2, 1.5], dtype=np.float32)
print(a.dtype, a.itemsize, a.nbytes)
print(a)
print(repr(a))
print(repr(a + a))
print(repr(a * 2))
print(repr(a + 0.5))
print((a + 1).dtype, (a * 2.5).dtype)
print(repr(np.float32(0.1)))
print(repr(a[0]), a[0])
print(repr(a.astype(np.float64)))
print(repr(np.array([1, 2, 3], dtype="float32")))
print(repr(np.arange(3, dtype=np.float32) / 3))
