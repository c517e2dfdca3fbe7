# np.logical_and, logical_or, logical_not and logical_xor work on any dtype.
import numpy as np

a = np.array([0, 1, 2, 0])
b = np.array([0.0, 0.0, 3.5, -1.0])
print(np.logical_and(a, b), np.logical_or(a, b))
print(np.logical_not(a), np.logical_xor(a, b))
print(repr(np.logical_and(a > 0, True)))
print(repr(np.logical_not(np.array(0.0))))
