# median, percentile and quantile (linear interpolation), with axis and keepdims.
import numpy as np

a = np.array([7.0, 1.0, 3.0, 5.0])
m = np.array([[1, 9, 2], [8, 3, 7]])
print(repr(np.median(a)), repr(np.median(np.arange(5))), np.median(m, axis=0), np.median(m, axis=1))
print(repr(np.percentile(a, 50)), np.percentile(a, [0, 25, 75, 100]), repr(np.percentile(a, 10)))
print(np.percentile(m, 50, axis=1), np.percentile(m, [25, 75], axis=0))
print(repr(np.quantile(a, 0.5)), np.quantile(a, [0.1, 0.9]), np.quantile(m, 0.5, axis=1, keepdims=True))
print(repr(np.median(np.array([1, 2], dtype=np.int32))), repr(np.median(np.array([1.5], dtype=np.float32))))
print(repr(np.median(np.array([1.0, np.nan]))))
try:
    np.percentile(a, 101)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
