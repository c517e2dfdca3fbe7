# randn and normal draw from numpy's Gaussian (polar method) on the legacy stream.
import numpy as np

np.random.seed(1)
print(np.random.randn(4))
print(np.random.randn(2, 3))
print(repr(np.random.randn()))
np.random.seed(2)
print(np.random.normal(10, 2, size=3))
print(np.random.normal(size=(2, 2)))
print(repr(np.random.normal(0.0, 1.0)))
print(np.random.normal(np.array([0.0, 100.0]), 1.0))
print(np.random.standard_normal(2))
