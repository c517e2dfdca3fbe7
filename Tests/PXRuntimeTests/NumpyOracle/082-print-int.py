# Printing int arrays: right-aligned to the widest element, negative signs counted.
import numpy as np

print(np.array([1, 22, 333]))
print(np.array([-1, 0, 1]))
print(np.array([-100, 5]))
print(np.array([2**62, -1]))
print(repr(np.array([1, 22, 333])))
print(repr(np.array([-9223372036854775807 - 1, 0])))
print(np.array([0]), repr(np.array([7])))
print(np.array([5, -5], dtype=np.int32), repr(np.array([5, -5], dtype=np.int32)))
