# np.linalg.eig of a rotation: complex eigenvalues, which numpy returns as complex128.
import numpy as np

w, v = np.linalg.eig(np.array([[0.0, -1.0], [1.0, 0.0]]))
print(w)
print(np.linalg.eigvals(np.array([[1.0, -2.0], [2.0, 1.0]])))
