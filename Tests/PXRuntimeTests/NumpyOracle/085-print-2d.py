# 2-D arrays: one row per line, columns aligned, repr indented under 'array('.
import numpy as np

m = np.arange(6).reshape(2, 3)
print(m)
print(repr(m))
f = np.array([[1.5, -2.0], [100.0, 0.25]])
print(f)
print(repr(f))
print(np.eye(3))
print(repr(np.array([[True, False]])))
print(repr(np.arange(4, dtype=np.int32).reshape(2, 2)))
print(np.array([[1e-10, 1.0], [2.0, 3.0]]))
