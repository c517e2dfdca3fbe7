# Assignment through slices, with steps and negative steps.
import numpy as np

a = np.zeros(8, dtype=np.int64)
a[1:3] = [10, 20]
a[::3] = -1
print(a)
a[::-1] = np.arange(8)
print(a)
a[5:] = a[:3]
print(a)
a[:] = 4
print(a)
b = np.arange(10)
b[2:8:2] = b[::4] * 100
print(b)
b[8:2:-2] = 0
print(b)
