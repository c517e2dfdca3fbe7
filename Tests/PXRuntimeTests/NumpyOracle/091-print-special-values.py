# Negative zero, nan and inf in printed arrays.
import numpy as np

print(np.array([-0.0, 0.0, 1.0]))
print(np.array([np.nan, 1.0, np.inf, -np.inf]))
print(repr(np.array([np.nan, -np.inf])))
print(np.array([np.nan, 1.5e-10]))
print(np.array([-0.0]), repr(np.array([-0.0, -1.0])))
print(np.array([np.inf, 1e20]), np.array([np.nan]), np.array([np.inf, 1.0], dtype=np.float32))
print(np.array([[np.nan, 1.0], [-0.0, 2.5]]))
