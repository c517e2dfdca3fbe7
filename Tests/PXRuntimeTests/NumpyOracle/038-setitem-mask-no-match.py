# A mask that selects nothing: assignment and in-place operators change nothing.
import numpy as np

b = np.arange(5)
b[b < 0] += 100
print(b)
b[b < 0] = 7
print(b)
b[b > 100] *= 2
print(b)
m = np.ones((2, 3))
m[m > 5] -= 1
print(m)
e = np.arange(0)
e[e > 0] = 1
print(repr(e))
