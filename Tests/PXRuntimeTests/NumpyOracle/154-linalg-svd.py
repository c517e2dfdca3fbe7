# svd: singular values in descending order; shapes with full_matrices; reconstruction.
import numpy as np

a = np.array([[3.0, 0.0], [4.0, 5.0]])
u, s, vt = np.linalg.svd(a)
print(np.round(s, 10) + 0.0, u.shape, vt.shape)
print(np.allclose(u @ np.diag(s) @ vt, a))
m = np.arange(6.0).reshape(2, 3)
u, s, vt = np.linalg.svd(m)
print(u.shape, s.shape, vt.shape)
u, s, vt = np.linalg.svd(m, full_matrices=False)
print(u.shape, s.shape, vt.shape, np.allclose(u * s @ vt, m))
print(np.round(np.linalg.svd(np.diag(np.array([1.0, 3.0, 2.0])), compute_uv=False), 10))
