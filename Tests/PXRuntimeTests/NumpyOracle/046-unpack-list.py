# Unpacking and list() iterate over the first axis too.
import numpy as np

a, b, c = np.array([1, 2, 3])
print(a, b, c, repr(a))
r0, r1 = np.arange(6).reshape(2, 3)
print(r0, r1)
print(list(np.arange(3)))
print(list(np.array([0.5, 1.0])))
print(list(np.arange(4).reshape(2, 2)))
print(tuple(np.array([True, False])))
print(sorted(np.array([3, 1, 2])))
print(sum(np.array([1.5, 2.5])), max(np.array([4, 9, 2])), min(np.arange(3, 6)))
