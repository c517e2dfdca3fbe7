# ravel is a view when it can be; flatten always copies.
import numpy as np

m = np.arange(6).reshape(2, 3)
r = m.ravel()
f = m.flatten()
r[0] = 10
f[1] = 20
print(m)
print(r, f)
print(np.shares_memory(m, r), np.shares_memory(m, f))
print(m.T.ravel(), np.shares_memory(m.T.ravel(), m))
print(m.T.flatten())
print(np.ravel(m), repr(np.ravel(np.array(3.0))))
print(repr(np.arange(8).reshape(2, 2, 2)[:, 1].ravel()))
