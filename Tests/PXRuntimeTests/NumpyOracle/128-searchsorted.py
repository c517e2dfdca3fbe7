# searchsorted: insertion points in a sorted array, left or right of equal values.
import numpy as np

s = np.array([1, 2, 2, 3, 5])
print(repr(np.searchsorted(s, 2)), repr(np.searchsorted(s, 2, side="right")))
print(np.searchsorted(s, [0, 2, 4, 6]), np.searchsorted(s, np.array([2, 3]), side="right"))
print(s.searchsorted(3), np.searchsorted(np.array([0.5, 1.5]), 1.0))
print(np.searchsorted(s, np.array([[1, 5], [2, 9]])))
print(np.searchsorted(np.array([30, 10, 20]), 15, sorter=np.array([1, 2, 0])))
