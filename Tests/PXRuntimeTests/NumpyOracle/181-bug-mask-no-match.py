# Issue: `b[b < 0] += 100` killed the process when nothing matched.
import numpy as np

b = np.arange(1, 6)
b[b < 0] += 100
print(b)
b[b > 3] += 100
print(b)
