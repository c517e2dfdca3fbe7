# Boolean masks select elements; a 1-D mask on a 2-D array selects rows.
import numpy as np

a = np.array([3, -1, 4, -1, 5, -9])
print(a[a > 0], a[a < 0], repr(a[a > 100]))
print(a[np.array([True, False, True, False, True, False])])
print(a[[True, False, True, False, True, False]])
m = np.arange(12).reshape(3, 4)
print(m[m % 2 == 0])
print(m[np.array([True, False, True])])
print(m[:, np.array([False, True, True, False])])
print(repr(m[m > 20]))
f = np.array([0.5, -2.0, np.nan, 3.0])
print(f[~np.isnan(f)], f[f > 0])
print(m[m > 4].shape, m[np.array([False, False, False])].shape)
