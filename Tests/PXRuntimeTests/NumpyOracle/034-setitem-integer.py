# Assignment through integer indices: elements, rows, a scalar broadcast over a row.
import numpy as np

m = np.zeros((3, 4), dtype=np.int64)
m[0, 0] = 1
m[1] = np.array([1, 2, 3, 4])
m[2] = 7
m[-1, -1] = -7
print(m)
a = np.arange(5.0)
a[0] = 10
a[-1] = 0.5
print(a)
m[1][0] = 100
print(m[1])
t = np.zeros((2, 2, 2))
t[1, 0] = [5, 6]
t[0] = [[1, 2], [3, 4]]
print(t)
