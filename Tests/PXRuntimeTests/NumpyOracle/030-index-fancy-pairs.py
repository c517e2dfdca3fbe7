# Several index arrays are broadcast together and pick elements pairwise.
import numpy as np

m = np.arange(12).reshape(3, 4)
print(m[[0, 1, 2], [1, 2, 3]])
print(m[[0, 2], [0, 3]])
print(m[[[0], [2]], [1, 3]])
print(m[np.array([[0, 0], [2, 2]]), np.array([[0, 3], [0, 3]])])
print(m[[1], [0, 1, 2]])
t = np.arange(24).reshape(2, 3, 4)
print(t[[0, 1], :, [0, 3]])
print(t[1, [0, 2], [1, 3]])
try:
    m[[0, 1], [0, 1, 2]]
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
