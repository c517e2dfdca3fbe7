# np.linalg rejects non-square and one-dimensional inputs with LinAlgError.
import numpy as np

def attempt(label, f):
    try:
        print(label, f())
    except np.linalg.LinAlgError as e:
        print(label, type(e).__name__ + ": " + str(e))

attempt("inv", lambda: np.linalg.inv(np.ones((2, 3))))
attempt("det", lambda: np.linalg.det(np.ones(3)))
attempt("solve", lambda: np.linalg.solve(np.ones((2, 3)), np.ones(2)))
attempt("eigh", lambda: np.linalg.eigh(np.ones((3, 2))))
attempt("cholesky", lambda: np.linalg.cholesky(np.ones((2, 3))))
attempt("svd", lambda: np.linalg.svd(np.ones(3)))
attempt("qr", lambda: np.linalg.qr(np.ones(3)))
print(issubclass(np.linalg.LinAlgError, ValueError))
