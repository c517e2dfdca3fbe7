# A basic slice is a view: writes through it change the base array.
import numpy as np

a = np.arange(10)
b = a[2:6]
b[0] = 99
print(a)
print(b.base is a, a.base is None)
print(np.shares_memory(a, b))
c = a[::3]
c[:] = -1
print(a)
d = a[::-1]
d[0] = 1000
print(a)
print(d.base is a, np.shares_memory(a, d))
e = a[6:]
print(np.shares_memory(b, e), np.shares_memory(a[:5], a[5:]))
m = np.zeros((3, 4))
m[1][2] = 7.0
row = m[2]
row += 1
print(m)
