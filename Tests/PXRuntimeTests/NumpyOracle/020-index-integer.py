# Integer indexing: scalars from 1-D, rows from 2-D, m[i, j] and m[i][j], negative indices.
import numpy as np

a = np.array([10, 20, 30, 40])
print(a[0], a[-1], a[3], a[-4])
print(repr(a[1]))
m = np.arange(12).reshape(3, 4)
print(m[1])
print(repr(m[-1]))
print(m[1, 2], m[1][2], m[-1, -1], repr(m[2, 0]))
t = np.arange(24).reshape(2, 3, 4)
print(t[1])
print(t[1, 2], t[1, 2, 3], t[-1, -1, -1])
f = np.array([0.5, 1.5])
print(f[1], repr(f[1]))
