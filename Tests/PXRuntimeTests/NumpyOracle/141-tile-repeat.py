# tile repeats the whole array; repeat repeats each element, per axis, with counts.
import numpy as np

a = np.array([1, 2, 3])
print(np.tile(a, 2), np.tile(a, (2, 2)))
m = np.array([[1, 2], [3, 4]])
print(np.tile(m, (1, 3)), np.tile(m, 2).shape, np.tile(np.array(5), 3))
print(np.repeat(a, 2), a.repeat(3), np.repeat(a, [1, 0, 2]))
print(np.repeat(m, 2), np.repeat(m, 2, axis=0), np.repeat(m, [1, 2], axis=1))
print(repr(np.repeat(np.array([0.5], dtype=np.float32), 2)), repr(np.tile(np.array([True]), 3)))
try:
    np.repeat(a, [1, 2])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
