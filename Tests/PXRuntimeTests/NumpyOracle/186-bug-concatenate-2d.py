# Issue: np.concatenate of 2-D arrays flattened them.
import numpy as np

a = np.ones((2, 2))
b = np.zeros((1, 2))
print(np.concatenate([a, b]))
print(np.concatenate([a, a], axis=1).shape)
