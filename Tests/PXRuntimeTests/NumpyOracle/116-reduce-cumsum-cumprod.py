# cumsum and cumprod: flattened without axis, per axis otherwise; dtype=.
import numpy as np

m = np.arange(1, 7).reshape(2, 3)
print(np.cumsum(m), m.cumsum(axis=0), m.cumsum(axis=1))
print(np.cumprod(m), m.cumprod(axis=1))
print(np.cumsum(np.array([0.1] * 5)))
print(repr(np.cumsum(np.array([True, True, False]))), repr(np.cumsum(np.arange(3, dtype=np.int32))))
print(repr(np.cumsum(np.arange(4), dtype=np.float64)), repr(np.cumsum(np.array([]))))
