# Set routines on 1-D arrays: isin, intersect1d, union1d, setdiff1d, setxor1d, and unique's relatives.
import numpy as np

a = np.array([5, 1, 3, 1, 7, 9, 3])
b = np.array([3, 4, 5, 10])
print(np.isin(a, b), np.isin(a, b, invert=True), np.isin(np.arange(6).reshape(2, 3), [1, 4]))
print(np.intersect1d(a, b), np.union1d(a, b), np.setdiff1d(a, b), np.setxor1d(a, b))
print(np.intersect1d([1.5, 2.0, 2.0], [2.0, 3.0]), np.setdiff1d(a, b, assume_unique=False).dtype)
values, ia, ib = np.intersect1d(a, b, return_indices=True)
print(values, ia, ib)
print(np.union1d([[1, 2], [3, 4]], [0]), np.setdiff1d([], [1]), np.intersect1d(a, []))
print(np.isin(a, 3), np.isin([1.0, np.nan], [np.nan]))
