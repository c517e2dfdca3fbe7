# Covariance and correlation: rows are variables unless rowvar=False; ddof and bias; two inputs stacked.
import numpy as np

x = np.array([[0.0, 1.0, 2.0], [2.0, 1.0, 0.5]])
print(np.cov(x))
print(np.cov(x, bias=True))
print(np.cov(x.T, rowvar=False), np.cov(x, ddof=0))
print(repr(np.cov(np.array([1.0, 2.0, 4.0]))), np.cov([1, 2, 4], [2, 3, 1]))
print(np.round(np.corrcoef(x), 12))
print(np.round(np.corrcoef([1, 2, 4], [2, 3, 1]), 12), repr(np.corrcoef([1.0, 2.0, 3.0])))
print(np.cov(np.arange(12).reshape(3, 4)).dtype, np.cov(np.ones((2, 3), dtype=np.float32)).dtype)
