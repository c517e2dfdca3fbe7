# unique sorts and deduplicates; it can return first indices, inverse and counts.
import numpy as np

a = np.array([3, 1, 2, 3, 1, 3])
print(np.unique(a))
u, counts = np.unique(a, return_counts=True)
print(u, counts)
u, idx = np.unique(a, return_index=True)
print(idx)
u, inv = np.unique(a, return_inverse=True)
print(inv, u[inv])
print(np.unique(np.array([[1, 2], [2, 1]])))
print(np.unique(np.array([0.5, np.nan, 0.5, np.nan])))
print(repr(np.unique(np.array([True, False, True]))), repr(np.unique(np.array([], dtype=np.int32))))
values, first, inverse, cnt = np.unique(np.array([2, 2, 1]), return_index=True, return_inverse=True, return_counts=True)
print(values, first, inverse, cnt)
