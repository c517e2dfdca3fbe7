# The legacy MT19937 stream: seed, then rand and random give numpy's exact values.
import numpy as np

np.random.seed(42)
print(np.random.rand(3))
print(np.random.rand(2, 2))
print(repr(np.random.rand()))
np.random.seed(0)
print(np.random.random(4))
print(np.random.random((2, 1)))
print(repr(np.random.random()), repr(np.random.random_sample(2)))
np.random.seed(42)
print(repr(np.random.rand(1)))
