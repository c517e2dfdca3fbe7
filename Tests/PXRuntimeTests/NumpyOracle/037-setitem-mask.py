# Assignment through boolean masks: a scalar or as many values as selected.
import numpy as np

a = np.array([3, -1, 4, -1, 5, -9])
a[a < 0] = 0
print(a)
a[a > 3] = np.array([40, 50])
print(a)
m = np.arange(12).reshape(3, 4)
m[m > 5] = -1
print(m)
m[np.array([True, False, True])] = 9
print(m)
f = np.array([1.0, np.nan, 3.0, np.nan])
f[np.isnan(f)] = 0.0
print(f)
try:
    a[a > 0] = np.array([1, 2, 3, 4, 5, 6, 7])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
