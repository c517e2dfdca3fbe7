# outer and inner products.
import numpy as np

a = np.array([1, 2, 3])
b = np.array([10, 20])
print(np.outer(a, b), np.outer(b, a.astype(float)))
print(np.outer(np.arange(4).reshape(2, 2), b).shape)
print(repr(np.inner(a, a)), np.inner(np.arange(6).reshape(2, 3), a))
print(np.inner(np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3)))
print(repr(np.inner(np.array([0.5, 1.5]), np.array([2.0, 2.0]))))
try:
    np.inner(a, b)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
