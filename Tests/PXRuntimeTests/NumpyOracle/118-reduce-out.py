# Reductions write into out= arrays.
import numpy as np

m = np.arange(6).reshape(2, 3)
o = np.zeros(3, dtype=np.int64)
r = np.sum(m, axis=0, out=o)
print(o, r is o)
f = np.zeros(2)
np.mean(m, axis=1, out=f)
print(f)
mx = np.zeros(2, dtype=np.int64)
m.max(axis=1, out=mx)
print(mx)
o32 = np.zeros(3, dtype=np.float32)
np.sum(m, axis=0, out=o32)
print(repr(o32))
