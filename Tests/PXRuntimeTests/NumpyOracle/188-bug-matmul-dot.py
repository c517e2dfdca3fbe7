# Issue: non-square `@` raised a broadcast error; np.dot of int arrays returned floats.
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(6).reshape(3, 2)
print(a @ b)
print(b @ a)
print(repr(np.dot(np.array([1, 2]), np.array([3, 4]))))
print(repr(np.dot(a, b)))
