# qr (reduced by default) and cholesky; a matrix that is not positive definite raises.
import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
q, r = np.linalg.qr(a)
print(q.shape, r.shape, np.allclose(q @ r, a), np.allclose(q.T @ q, np.eye(2)))
print(np.round(np.abs(r), 8))
q, r = np.linalg.qr(a, mode="complete")
print(q.shape, r.shape)
s = np.array([[4.0, 2.0], [2.0, 3.0]])
L = np.linalg.cholesky(s)
print(np.round(L, 10), np.allclose(L @ L.T, s))
print(np.linalg.cholesky(np.array([[9.0]])))
try:
    np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]]))
except np.linalg.LinAlgError as e:
    print(type(e).__name__ + ": " + str(e))
