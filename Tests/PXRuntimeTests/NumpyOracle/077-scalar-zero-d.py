# 0-d arrays: shape (), indexing with (), arithmetic returns scalars.
import numpy as np

z = np.array(5)
print(repr(z), z, z.shape, z.ndim, z.size)
print(repr(z[()]), repr(z + 1), repr(z * np.array(2)), repr(z + np.arange(2)))
f = np.array(2.5)
print(float(f), int(f), repr(f.item()), repr(np.sqrt(f)), repr(-f))
print(repr(np.array(1.5, dtype=np.float32)), repr(np.array(False)))
print(repr(np.float64(4.0).reshape(1)), repr(np.asarray(np.float64(3))))
print(repr(np.array([1, 2]).sum(keepdims=True)))
