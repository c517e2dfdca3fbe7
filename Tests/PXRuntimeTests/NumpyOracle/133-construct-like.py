# *_like functions copy shape and dtype; dtype= overrides.
import numpy as np

m = np.arange(6, dtype=np.int32).reshape(2, 3)
f = np.array([1.5, 2.5])
print(repr(np.zeros_like(m)), repr(np.ones_like(f)))
print(repr(np.full_like(m, 9)), repr(np.full_like(m, 2.7)), repr(np.full_like(f, 2.7)))
print(repr(np.zeros_like(f, dtype=np.int64)), repr(np.ones_like(m, dtype=bool)))
e = np.empty_like(m)
print(e.shape, e.dtype)
print(repr(np.zeros_like(np.array(3.0))), repr(np.ones_like(m.T)))
