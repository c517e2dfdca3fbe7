# nonzero gives one index array per axis; count_nonzero counts, per axis too.
import numpy as np

a = np.array([0, 3, 0, 4])
print(np.nonzero(a), a.nonzero())
m = np.array([[0, 1, 0], [2, 0, 3]])
rows, cols = np.nonzero(m)
print(rows, cols, m[rows, cols])
print(np.count_nonzero(m), np.count_nonzero(m, axis=0), np.count_nonzero(m, axis=1))
print(repr(np.count_nonzero(a)), np.count_nonzero(np.array([0.0, -0.0, np.nan])))
print(np.nonzero(np.array([False, True])), np.nonzero(np.zeros(3)))
print(np.argwhere(m))
