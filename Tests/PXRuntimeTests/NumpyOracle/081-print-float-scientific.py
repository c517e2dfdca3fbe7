# Very large or very small magnitudes switch a whole array to scientific notation.
import numpy as np

print(np.array([1e-10, 1.0]))
print(np.array([1e20, 1.0]))
print(np.array([1e16, 2.0]))
print(np.array([1e15, 2.0]))
print(np.array([1.5e-8, -2.25e-9]))
print(np.array([1e300, -1e-300]))
print(np.array([123456789.0, 0.5]))
print(np.array([1e8, 1e-8]))
print(repr(np.array([1e-10, 1.0])), repr(np.array([6.02e23])))
print(np.array([1e-323]), np.array([1.7976931348623157e308]))
