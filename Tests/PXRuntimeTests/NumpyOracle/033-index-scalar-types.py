# Reading one element gives a numpy scalar of the array's dtype.
import numpy as np

for a in [np.array([1.5, 2.0]), np.array([3, 4]), np.array([5, 6], dtype=np.int32),
          np.array([0.25], dtype=np.float32), np.array([True, False])]:
    x = a[0]
    print(repr(x), str(x), type(x).__name__)
m = np.arange(4.0).reshape(2, 2)
print(repr(m[1, 1]), repr(m[-1][-1]))
print(type(m[0]).__name__)
