# The repr names the dtype unless it is float64, int64 or bool (whose values show it).
import numpy as np

print(repr(np.array([1.5, 2.0], dtype=np.float32)))
print(repr(np.array([1, 2], dtype=np.int32)))
print(repr(np.zeros((2, 2), dtype=np.float32)))
print(repr(np.zeros((2, 2), dtype=np.int32)))
print(repr(np.array([], dtype=np.int32)), repr(np.array([], dtype=bool)))
print(repr(np.array([], dtype=np.float32)), repr(np.array([], dtype=np.int64)))
print(repr(np.array(1, dtype=np.int32)), repr(np.array(1.0, dtype=np.float32)))
print(np.array([1.5, 2.0], dtype=np.float32), np.array([1, 2], dtype=np.int32))
