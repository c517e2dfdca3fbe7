# Integer-array (fancy) indexing of a 1-D array: order, repeats, negatives, shape of the index.
import numpy as np

a = np.arange(10, 20)
print(a[[0, 2, 4]], a[np.array([3, 1])], a[[-1, -2]], a[[1, 1, 1]])
print(repr(a[[]]), repr(a[np.array([], dtype=np.int64)]))
print(a[np.array([[0, 1], [2, 3]])])
print(a[np.array([2, 0], dtype=np.int32)])
print(repr(a[[5]]))
try:
    a[[0, 10]]
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    a[[1.0, 2.0]]
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
