# Assignment through ... and None indices.
import numpy as np

t = np.zeros((2, 2, 3), dtype=np.int64)
t[..., 0] = 5
t[1, ...] = t[1, ...] + 1
print(t)
a = np.arange(3)
a[None] = [7, 8, 9]
print(a)
a[..., None][1] = -1
print(a)
z = np.array(1.5)
z[...] = 4
z[()] = z + 1
print(repr(z))
