# Empty arrays: [] for str, and a repr with the shape when it is not (0,).
import numpy as np

print(np.array([]), repr(np.array([])))
print(repr(np.zeros(0, dtype=np.int64)), repr(np.arange(0)))
print(np.zeros((0, 3)), repr(np.zeros((0, 3))))
print(repr(np.zeros((2, 0), dtype=np.int32)))
print(repr(np.zeros((3, 0, 2), dtype=bool)))
print(np.zeros((2, 0)))
print(repr(np.arange(5)[5:]), repr(np.arange(6).reshape(2, 3)[:, 3:]))
