# clip limits values to [min, max]; either bound may be None or an array.
import numpy as np

a = np.arange(10)
print(np.clip(a, 2, 7))
print(a.clip(3, 5), np.clip(a, None, 4), np.clip(a, 6, None))
print(np.clip(a, np.arange(10) - 1, 8))
print(repr(np.clip(a, 2.5, 7)))
print(repr(np.clip(np.array([-1.5, 0.5, 2.5]), -1, 1)))
print(repr(np.clip(np.array([1, 9], dtype=np.int32), 2, 5)))
out = np.zeros(10, dtype=np.int64)
np.clip(a, 1, 8, out=out)
print(out)
print(np.clip(a, 8, 2))
