# Approximate and exact comparisons of whole arrays.
import numpy as np

a = np.array([1.0, 2.0, np.nan])
b = np.array([1.0 + 1e-9, 2.0001, np.nan])
print(np.isclose(a, b), np.isclose(a, b, equal_nan=True), np.isclose(a, b, rtol=1e-3))
print(repr(np.allclose(a[:2], b[:2])), np.allclose(a[:2], b[:2], atol=1e-3), np.allclose(a, a), np.allclose(a, a, equal_nan=True))
print(np.isclose(0.0, 1e-9), np.isclose(0.0, 1e-9, atol=0), np.allclose(np.ones((2, 3)), 1.0))
print(repr(np.array_equal(np.arange(3), np.array([0, 1, 2]))), np.array_equal(np.arange(3), np.arange(4)))
print(np.array_equal(np.ones((2, 2)), np.ones(4)), np.array_equal(a, a), np.array_equal(a, a, equal_nan=True))
print(np.array_equal(np.array([1, 2]), np.array([1.0, 2.0])), np.array_equal([], []))
