# zeros, ones, full and empty with shapes and dtypes (empty's values are arbitrary: only its shape and dtype).
import numpy as np

print(repr(np.zeros(3)), repr(np.zeros((2, 2), dtype=np.int64)), repr(np.zeros((2,), dtype=bool)))
print(repr(np.ones(2)), repr(np.ones((1, 3), dtype=np.int32)), repr(np.ones(2, dtype=np.float32)))
print(repr(np.full(3, 7)), repr(np.full((2, 2), 0.5)), repr(np.full(2, True)))
print(repr(np.full(2, 7, dtype=np.float64)), repr(np.full((2, 1), np.nan)), repr(np.full((), 4)))
e = np.empty((2, 3))
print(e.shape, e.dtype, np.empty(4, dtype=np.int32).dtype, np.empty(0).shape)
print(repr(np.zeros(())), repr(np.ones((0,))), np.zeros([2, 3]).shape)
try:
    np.zeros(-1)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
