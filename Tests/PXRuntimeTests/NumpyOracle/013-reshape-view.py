# reshape of a contiguous array is a view; of a transposed one, a copy.
import numpy as np

a = np.arange(12)
r = a.reshape(3, 4)
r[0, 0] = 50
print(a[0], np.shares_memory(a, r))
print(repr(a.reshape(2, -1)))
print(a.reshape((2, 2, 3)).shape, a.reshape(-1, 6).shape, np.reshape(a, (4, 3)).shape)
t = r.T
u = t.reshape(12)
print(u)
print(np.shares_memory(u, a))
print(repr(np.arange(6).reshape(1, 6)), repr(np.arange(3).reshape(3, 1)))
print(repr(np.array(7).reshape(1)), repr(np.arange(1).reshape(())))
