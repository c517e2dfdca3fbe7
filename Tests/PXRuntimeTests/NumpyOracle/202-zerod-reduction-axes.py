# Reductions of 0-d arrays with axis=: ufunc reductions (sum, prod, min, max, any, all, the NaN-ignoring ones,
# count_nonzero) take axis 0 or -1 as a plain integer but not in a tuple; mean, var, std, average, median,
# percentile and quantile reject both; axis=() reduces nothing.
import numpy as np
x = np.array(3.5)
i = np.array(4)
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
for a in [x, i]:
    for axis in [0, -1, 1, (0,), None, ()]:
        for name in ["sum", "mean", "var", "std", "average", "median", "prod", "min", "max", "ptp", "nanmean", "nanvar", "nanstd", "nanmedian", "nansum", "percentile", "quantile", "cumsum", "argmax", "any", "all", "count_nonzero"]:
            f = getattr(np, name)
            if name in ("percentile",):
                attempt(f"{name} {a.dtype} {axis}", lambda: f(a, 50, axis=axis))
            elif name == "quantile":
                attempt(f"{name} {a.dtype} {axis}", lambda: f(a, 0.5, axis=axis))
            else:
                attempt(f"{name} {a.dtype} {axis}", lambda: f(a, axis=axis))
        for m in ["mean", "var", "std", "sum", "min", "max", "prod", "argmax", "cumsum", "any", "all"]:
            attempt(f".{m} {a.dtype} {axis}", lambda: getattr(a, m)(axis=axis))
attempt("mean keepdims", lambda: np.mean(x, axis=0, keepdims=True))
attempt("average weights", lambda: np.average(x, axis=0, weights=np.array(2.0)))
attempt("var ddof", lambda: np.var(x, axis=None, ddof=1))
