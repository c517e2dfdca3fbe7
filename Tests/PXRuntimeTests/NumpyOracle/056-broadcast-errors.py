# Shapes that cannot broadcast raise numpy's ValueError for operators and comparisons.
import numpy as np

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ": " + str(e))

a3 = np.arange(3)
a4 = np.arange(4)
m = np.ones((2, 3))
attempt("+", lambda: a3 + a4)
attempt("*", lambda: m * np.ones((3, 2)))
attempt("-", lambda: m - np.ones(2))
attempt("==", lambda: a3 == a4)
attempt("<", lambda: m < np.arange(2))
attempt("&", lambda: (a3 > 0) & (a4 > 0))
attempt("3d", lambda: np.ones((2, 3, 4)) + np.ones((3, 3)))
attempt("maximum", lambda: np.maximum(a3, a4))
attempt("ok", lambda: (m + np.ones((1, 3))).shape)
