# matmul and @: non-square matrices, vectors on either side, stacks of matrices, errors.
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
print(a @ b)
print(np.matmul(a, b).shape, (b.T @ a.T).shape)
v = np.array([1, 0, -1])
print(a @ v, v @ b, repr(v @ v))
s = np.arange(12).reshape(2, 2, 3)
print(s @ b.astype(float))
print((np.ones((4, 1, 2, 3)) @ np.ones((5, 3, 2))).shape)
print(repr(np.eye(2) @ np.array([[1, 2], [3, 4]])), repr(np.ones((2, 2), dtype=np.float32) @ np.ones((2, 1), dtype=np.float32)))
for f in [lambda: a @ a, lambda: a @ np.arange(2), lambda: a @ 2]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
