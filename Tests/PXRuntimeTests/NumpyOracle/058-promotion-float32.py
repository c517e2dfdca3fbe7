# float32 with Python numbers stays float32; with float64 or int arrays it widens.
import numpy as np

f = np.array([1.5, 2.5], dtype=np.float32)
print(repr(f + 1), repr(f * 2.5), repr(f / 3))
print(repr(f + np.array([1.0, 2.0])))
print(repr(f + np.array([1, 2])))
print(repr(f + np.array([1, 2], dtype=np.int32)))
print(repr(f + np.array([True, False])))
print(repr(f + np.float64(1.0)))
print(repr(f + np.float32(1.0)))
print(repr(f > 2), (f ** 2).dtype, (f // 1).dtype, (-f).dtype, abs(f).dtype)
print(repr(np.float32(0.1) + 0.2))
print(repr(np.float32(0.1) + np.float64(0.2)))
