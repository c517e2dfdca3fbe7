# Two generators from one seed give the same stream; different seeds differ.
import numpy as np

a = np.random.default_rng(99)
b = np.random.default_rng(99)
print(np.array_equal(a.random(5), b.random(5)))
print(a.integers(0, 100, 4), b.integers(0, 100, 4))
c = np.random.default_rng(100)
print(c.random(2))
print(np.random.default_rng(0).standard_normal(2))
