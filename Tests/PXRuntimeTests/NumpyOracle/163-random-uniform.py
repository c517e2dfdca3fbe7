# uniform(low, high, size) on the legacy stream.
import numpy as np

np.random.seed(3)
print(np.random.uniform(size=3))
print(np.random.uniform(-1, 1, size=(2, 2)))
print(repr(np.random.uniform(5, 6)))
print(np.random.uniform(np.array([0, 10]), np.array([1, 20])))
