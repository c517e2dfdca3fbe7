# floor, ceil, trunc, round (half to even, decimals=) and rint.
import numpy as np

f = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.675, -0.2])
print(np.floor(f))
print(np.ceil(f))
print(np.trunc(f))
print(np.round(f))
print(np.round(f, 1), np.round(f, decimals=2))
print(np.rint(f))
print(np.round(np.array([1234.5678]), -2), np.around(np.array([0.125]), 2))
print(repr(np.floor(np.array([1, 2]))), repr(np.round(np.array([15, 25]), -1)))
print(repr(np.floor(np.array([1.5], dtype=np.float32))), repr(f.round(1)))
print(repr(np.floor(2.5)), repr(np.round(2.5)))
