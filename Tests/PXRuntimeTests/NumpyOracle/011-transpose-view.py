# .T and transpose() are views; writing through them changes the original.
import numpy as np

m = np.arange(6).reshape(2, 3)
t = m.T
print(t)
print(t.shape, np.shares_memory(m, t))
t[0, 1] = 100
print(m)
print(repr(m.transpose()))
x = np.arange(24).reshape(2, 3, 4)
print(x.transpose().shape, x.transpose(1, 0, 2).shape, x.transpose((2, 0, 1)).shape)
print(np.transpose(x, (0, 2, 1))[1])
print(repr(np.arange(3).T))
print(m.T.T is m, np.shares_memory(m.T.T, m))
