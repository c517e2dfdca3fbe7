# astype converts between dtypes: truncation toward zero, bool of nonzero, copies.
import numpy as np

f = np.array([-2.7, -0.5, 0.0, 0.5, 2.7, 3.999])
print(repr(f.astype(np.int64)))
print(repr(f.astype(np.int32)))
print(repr(f.astype(bool)))
print(repr(f.astype(np.float32)))
i = np.array([0, 1, -3, 2**40])
print(repr(i.astype(np.float64)), repr(i.astype(bool)))
print(repr(i.astype(np.float32)))
b = np.array([True, False])
print(repr(b.astype(np.int32)), repr(b.astype(np.float64)))
c = f.astype(np.float64)
c[0] = 9
print(f[0], np.shares_memory(c, f))
print(repr(np.arange(4).astype("float32")))
print(repr(np.arange(3).reshape(3, 1).astype(float)))
