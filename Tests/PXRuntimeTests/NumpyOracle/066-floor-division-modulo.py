# // and % round toward minus infinity, for ints and floats, as Python does.
import numpy as np

a = np.array([7, -7, 7, -7])
b = np.array([2, 2, -2, -2])
print(a // b, a % b)
print(np.floor_divide(a, b), np.mod(a, b), np.remainder(a, b))
f = np.array([7.5, -7.5, 7.5, -7.5])
g = np.array([2.0, 2.0, -2.0, -2.0])
print(f // g, f % g)
print(np.array([-0.5]) % 1, np.array([0.5]) // -1)
print(np.divmod(a, b))
print(np.fmod(a, b))
