# .base names the array that owns the memory, through chains of views.
import numpy as np

a = np.arange(12)
v = a[1:]
w = v[1:]
print(v.base is a, w.base is a)
r = a.reshape(3, 4)
print(r.base is a)
t = r.T
print(t.base is a)
c = a.copy()
print(c.base is None)
f = a[[0, 1]]
print(f.base is None or f.base is not a)
m = a[a > 5]
print(np.shares_memory(a, m))
print(np.array(a).base is None, np.asarray(a) is a)
