# np.array from nested lists and tuples: shape and dtype inference, dtype=, errors.
import numpy as np

print(repr(np.array([[1, 2], [3, 4]])))
print(repr(np.array([[1, 2.0], [3, 4]])))
print(repr(np.array([(1, 2, 3), (4, 5, 6)])))
print(repr(np.array([True, 2])))
print(repr(np.array([[True], [False]])))
print(repr(np.array([1, 2], dtype=float)))
print(repr(np.array([1.5, 2.5], dtype=np.int64)))
print(repr(np.array([[[1], [2]], [[3], [4]]])))
print(repr(np.array(3)), repr(np.array(2.5)), repr(np.array(True)))
print(repr(np.array([])), repr(np.array([[]])))
print(repr(np.array(range(4))))
try:
    np.array([[1, 2], [3]])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
