# Values assigned into an array are converted to its dtype.
import numpy as np

a = np.arange(4)
a[0] = 2.7
a[1] = -2.7
a[2] = True
print(repr(a))
a[:] = 1.5
print(repr(a))
b = np.zeros(3, dtype=bool)
b[0] = 5
b[1] = 0.0
print(repr(b))
f = np.zeros(3, dtype=np.float32)
f[0] = 0.1
f[1] = 7
print(repr(f))
i = np.zeros(2, dtype=np.int32)
i[:] = [3.9, -3.9]
print(repr(i))
try:
    a[0] = "x"
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
