# Broadcasting a row across rows, a column across columns, and both into an outer table.
import numpy as np

m = np.arange(6).reshape(2, 3)
row = np.array([10, 20, 30])
col = np.array([100, 200])
print(m + row)
print(m * col[:, None])
print(m - col.reshape(2, 1))
r = np.arange(1, 4)
print(r[:, None] * r[None, :])
print(np.arange(3).reshape(3, 1) + np.arange(4))
print((m + row).shape, (np.ones((3, 1)) + np.ones((1, 2))).shape)
