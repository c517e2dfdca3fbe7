# isnan, isinf and isfinite on floats, ints and bools.
import numpy as np

f = np.array([np.nan, np.inf, -np.inf, 0.0, 1e308, -1.5])
print(np.isnan(f))
print(np.isinf(f))
print(np.isfinite(f))
print(np.isnan(np.arange(3)), np.isinf(np.array([True])), np.isfinite(np.array([1, 2], dtype=np.int32)))
print(repr(np.isnan(np.nan)), repr(np.isfinite(1.0)))
print(np.isnan(f).sum(), f[np.isfinite(f)])
