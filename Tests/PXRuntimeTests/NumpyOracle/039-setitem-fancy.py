# Assignment through integer-array indices on any axis.
import numpy as np

b = np.arange(6)
b[[0, 1]] = -1
print(b)
b[[4, 2]] = [40, 20]
print(b)
m = np.zeros((3, 3), dtype=np.int64)
m[[0, 2]] = 5
print(m)
m[:, [1]] = np.array([[1], [2], [3]])
print(m)
m[[0, 1, 2], [2, 1, 0]] = 9
print(m)
b[np.array([-1])] = 0
print(b)
