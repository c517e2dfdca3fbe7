# shape, ndim, size, itemsize and nbytes of 0-d, 1-D, 2-D and 3-D arrays.
import numpy as np

arrays = [
    np.array(5.0),
    np.arange(6),
    np.arange(6).reshape(2, 3),
    np.zeros((2, 3, 4), dtype=np.float32),
    np.zeros((0, 4)),
    np.ones(3, dtype=bool),
    np.arange(12, dtype=np.int32).reshape(3, 4),
]
for a in arrays:
    print(a.shape, a.ndim, a.size, a.itemsize, a.nbytes, a.dtype)
print(type(np.arange(3).shape).__name__)
m = np.arange(6).reshape(2, 3)
print(m.T.shape, m[:, 1].shape, m[1].shape, m[1:2].shape)
