# int64 is the default dtype of integer data.
import numpy as np

a = np.array([1, 2, 3])
print(a.dtype, repr(a.dtype))
print(a.dtype == np.int64)
print(a.itemsize, a.nbytes)
print(a)
print(repr(a))
print(np.arange(4).dtype)
print(repr(np.array([-5, 0, 7])))
print(repr(np.array([2**62, -2**62])))
print(repr(np.array([1, 2], dtype=np.int64)))
print(repr(np.array([1.9, -1.9]).astype(np.int64)))
