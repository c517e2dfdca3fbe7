# Issue: `m[0, 0] = 1`, `m[1] = row` and `b[[0, 1]] = -1` raised.
import numpy as np

m = np.zeros((2, 3))
m[0, 0] = 1
m[1] = np.array([4.0, 5.0, 6.0])
print(m)
b = np.arange(4)
b[[0, 1]] = -1
print(b)
