# Broadcasting across three dimensions and arrays of unequal rank.
import numpy as np

a = np.arange(6).reshape(2, 1, 3)
b = np.arange(4).reshape(4, 1)
c = a + b
print(c.shape)
print(c)
print((np.ones((2, 3, 4)) * np.arange(4)).sum(axis=2))
print((np.zeros((1, 1, 1)) + np.arange(2)).shape)
print((np.ones((5, 1, 2)) + np.ones((3, 1))).shape)
x = np.array(2.0) * np.arange(3).reshape(3, 1, 1)
print(x.shape, x.ravel())
