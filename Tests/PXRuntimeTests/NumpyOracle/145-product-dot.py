# dot: inner product of vectors, matrix-vector and matrix-matrix products; ints stay ints.
import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(repr(np.dot(a, b)), repr(a.dot(b)), repr(np.dot(a, b * 0.5)))
m = np.arange(6).reshape(2, 3)
print(np.dot(m, a), np.dot(a[:2], m), np.dot(m, m.T))
print(repr(np.dot(m.astype(np.float32), np.ones(3, dtype=np.float32))))
print(repr(np.dot(3, a)), repr(np.dot(np.array([True, True]), np.array([True, False]))))
print(np.dot(np.ones((2, 3, 4)), np.ones(4)).shape)
try:
    np.dot(m, m)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.dot(a, np.arange(4))
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
