# Issue: `b2 = b; b2 *= 3` rebound b2 instead of mutating, so b was unchanged.
import numpy as np

b = np.array([1.0, 2.0, 3.0])
b2 = b
b2 *= 3
print(b, b2)
