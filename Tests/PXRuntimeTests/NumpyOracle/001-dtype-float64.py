# float64 is the default dtype of float data: its name, item size and repr.
import numpy as np

a = np.array([1.0, 2.5, -3.0])
print(a.dtype)
print(repr(a.dtype))
print(a.dtype == np.float64)
print(a.dtype.name, a.dtype.itemsize)
print(a.itemsize, a.nbytes)
print(a)
print(repr(a))
b = np.array([1, 2.5])
print(b.dtype, repr(b))
print(np.zeros(2).dtype, np.ones(2).dtype, np.linspace(0, 1, 3).dtype)
