# Printing float64 arrays: trailing dots, common width, precision 8, shortest digits.
import numpy as np

print(np.array([1.0, 2.0, 3.0]))
print(np.array([0.1, 0.25, 10.5]))
print(np.array([1 / 3, 2 / 3, 1.0]))
print(np.array([3.14159265358979, 2.0]))
print(np.array([-1.5, 2.0, 3.25]))
print(np.array([100.0, 0.001]))
print(np.array([123456.789, 1.0]))
print(np.array([0.5]))
print(np.array([1e-5, 1.0]), np.array([1e-4, 1.0]))
print(repr(np.array([1.0, 2.0, 3.0])), repr(np.array([0.1, 0.25])))
print(repr(np.array([-0.5, 1 / 7])))
