# int32 with Python ints stays int32; with int64 it widens; with float32 it goes to float64.
import numpy as np

i = np.array([1, 2, 3], dtype=np.int32)
print(repr(i + 1), repr(i * -2), repr(i // 2), repr(i % 2), repr(i ** 2))
print(repr(i / 2))
print(repr(i + np.array([1, 1, 1])))
print(repr(i + np.array([0.5, 0.5, 0.5], dtype=np.float32)))
print(repr(i + np.array([True, False, True])))
print(repr(i + np.int64(1)), repr(i + np.int32(1)))
print(repr(i + 1.5))
print(repr(np.int32(7) // 2), repr(np.int32(7) + np.int64(1)))
