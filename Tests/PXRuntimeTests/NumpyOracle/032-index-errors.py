# Index errors carry numpy's messages.
import numpy as np

a = np.arange(5)
m = np.arange(6).reshape(2, 3)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ": " + str(e))

attempt("a[5]", lambda: a[5])
attempt("a[-6]", lambda: a[-6])
attempt("m[2]", lambda: m[2])
attempt("m[0, 3]", lambda: m[0, 3])
attempt("m[:, -4]", lambda: m[:, -4])
attempt("a[0, 0]", lambda: a[0, 0])
attempt("m[0, 0, 0]", lambda: m[0, 0, 0])
attempt("mask", lambda: a[np.array([True, False])])
attempt("a[1.5]", lambda: a[1.5])
attempt("a['x']", lambda: a["x"])
attempt("0-d", lambda: np.array(3)[0])
attempt("m[[0, 5]]", lambda: m[[0, 5]])
attempt("m[:, [3]]", lambda: m[:, [3]])
