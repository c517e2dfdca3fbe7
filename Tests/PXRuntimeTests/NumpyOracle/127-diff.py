# diff: n-th differences along an axis; bool arrays use not-equal.
import numpy as np

a = np.array([1, 4, 9, 16, 25])
print(np.diff(a), np.diff(a, n=2), np.diff(a, n=5))
m = np.array([[1, 3, 6], [10, 15, 21]])
print(np.diff(m), np.diff(m, axis=0))
print(np.diff(np.array([0.5, 0.25, 2.0])), repr(np.diff(np.array([1, 5], dtype=np.int32))))
print(np.diff(np.array([True, False, False, True])))
print(np.diff(a, prepend=0), np.diff(a, append=[30, 40]))
print(repr(np.diff(np.array([7]))))
