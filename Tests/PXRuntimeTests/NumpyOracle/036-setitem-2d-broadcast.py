# Assignment into 2-D regions broadcasts the right-hand side.
import numpy as np

m = np.zeros((3, 4))
m[:, 1] = [1, 2, 3]
print(m)
m[:] = np.arange(4)
print(m)
m[:, :1] = np.array([[7], [8], [9]])
print(m)
m[1:, ::2] = -1
print(m)
m[...] = np.array([[0.5], [1.5], [2.5]])
print(m)
m[::-1, 0] = np.arange(3)
print(m[:, 0])
