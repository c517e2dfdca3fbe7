# bincount counts each non-negative integer; weights= sums instead, minlength= pads.
import numpy as np

x = np.array([0, 1, 1, 3, 2, 1, 7])
print(np.bincount(x))
print(np.bincount(x, minlength=10))
print(np.bincount(np.array([0, 1, 1, 2]), weights=np.array([0.5, 1.0, 1.5, 2.0])))
print(repr(np.bincount(np.array([], dtype=np.int64))), np.bincount(np.array([2], dtype=np.int32)))
try:
    np.bincount(np.array([1, -1]))
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.bincount(np.array([1.5]))
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
