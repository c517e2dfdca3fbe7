# any and all, over everything or per axis, on every dtype; empty arrays.
import numpy as np

m = np.array([[0, 1, 0], [0, 2, 3]])
print(repr(m.any()), repr(m.all()), m.any(axis=0), m.all(axis=1))
print(np.any(m > 2), np.all(m >= 0), np.any(m, axis=1, keepdims=True).shape)
print(repr(np.array([]).any()), repr(np.array([]).all()))
print(repr(np.array([0.0, np.nan]).all()), repr(np.array([0.0, -0.0]).any()))
print(np.all(np.zeros((2, 0)), axis=1), np.any(np.zeros((2, 0)), axis=0))
