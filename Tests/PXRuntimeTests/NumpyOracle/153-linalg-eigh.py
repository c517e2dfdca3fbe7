# eigh of a symmetric matrix: ascending eigenvalues, orthonormal eigenvectors (signs are free).
import numpy as np

a = np.array([[2.0, 1.0], [1.0, 2.0]])
w, v = np.linalg.eigh(a)
print(np.round(w, 10) + 0.0)
print(np.round(np.abs(v), 10))
print(np.allclose(a @ v, v * w), np.allclose(v.T @ v, np.eye(2)))
b = np.array([[4.0, 1.0, 0.0], [1.0, 4.0, 1.0], [0.0, 1.0, 4.0]])
w, v = np.linalg.eigh(b)
print(np.round(w, 8) + 0.0, w.shape, v.shape)
print(np.allclose(b @ v, v * w))
print(np.round(np.linalg.eigvalsh(np.diag(np.array([3.0, 1.0, 2.0]))), 10))
