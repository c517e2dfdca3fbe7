# copy, np.copy and np.array(...) make independent arrays; np.asarray does not.
import numpy as np

a = np.arange(5.0)
b = a.copy()
c = np.copy(a)
d = np.array(a)
e = np.asarray(a)
a[0] = -1.0
print(b[0], c[0], d[0], e[0])
print(np.shares_memory(a, b), np.shares_memory(a, e))
m = np.arange(6).reshape(2, 3)[:, ::2]
mc = m.copy()
print(repr(mc), mc.strides, m.strides)
print(repr(np.array([[1, 2], [3, 4]], dtype=np.float32).copy()))
