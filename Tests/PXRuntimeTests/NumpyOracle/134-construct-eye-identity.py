# eye (rectangular, offset diagonals, dtype) and identity.
import numpy as np

print(np.eye(3))
print(repr(np.eye(2, 3)), repr(np.eye(3, 2, k=-1)))
print(np.eye(4, k=1), np.eye(3, k=5))
print(repr(np.eye(2, dtype=np.int64)), repr(np.identity(3, dtype=int)), repr(np.identity(1)))
print(repr(np.eye(0)), np.diag(np.array([1, 2, 3])), np.diag(np.arange(9).reshape(3, 3)))
