# np.sort returns a sorted copy (last axis by default); .sort() sorts in place.
import numpy as np

m = np.array([[3, 1, 2], [9, 7, 8], [0, 5, 4]])
print(np.sort(m))
print(np.sort(m, axis=0))
print(np.sort(m, axis=None))
a = np.array([2.5, -1.0, np.nan, 0.0, -np.inf])
print(np.sort(a))
b = np.array([5, 3, 9, 1])
r = b.sort()
print(b, r)
m.sort(axis=0)
print(m)
print(np.sort(np.array([True, False, True])), repr(np.sort(np.array([3, 1], dtype=np.int32))))
print(np.sort(b)[::-1], repr(np.sort(np.array([]))))
print(np.sort(np.array([3, 1, 2]), kind="stable"))
