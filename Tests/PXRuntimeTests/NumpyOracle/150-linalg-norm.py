# np.linalg.norm of vectors and matrices: ord= and axis=.
import numpy as np

v = np.array([3.0, -4.0, 12.0])
print(repr(np.linalg.norm(v)), repr(np.linalg.norm(v, 1)), repr(np.linalg.norm(v, np.inf)), repr(np.linalg.norm(v, -np.inf)))
print(repr(np.linalg.norm(v, ord=3)), repr(np.linalg.norm(v, 0)))
m = np.array([[1.0, 2.0], [3.0, 4.0]])
print(repr(np.linalg.norm(m)), repr(np.linalg.norm(m, "fro")), repr(np.linalg.norm(m, 1)), repr(np.linalg.norm(m, np.inf)))
print(np.linalg.norm(m, axis=0), np.linalg.norm(m, axis=1), np.linalg.norm(m, axis=1, keepdims=True))
print(repr(np.linalg.norm(np.array([3, 4]))), repr(np.linalg.norm(np.array([], dtype=float))))
print(repr(np.linalg.norm(np.array([3.0, 4.0], dtype=np.float32))))
