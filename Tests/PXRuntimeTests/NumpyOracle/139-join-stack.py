# stack adds a new axis; vstack, hstack and column_stack follow numpy's rules for 1-D inputs.
import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.stack([a, b]), np.stack([a, b], axis=1), np.stack([a, b], axis=-1).shape)
print(np.vstack([a, b]), np.hstack([a, b]))
m = np.arange(4).reshape(2, 2)
print(np.vstack([m, m]).shape, np.hstack([m, m]).shape, np.vstack([m, np.array([9, 9])]))
print(np.column_stack([a, b]), np.column_stack([m, a[:2]]))
print(np.stack([np.arange(4).reshape(2, 2)] * 3, axis=2).shape)
try:
    np.stack([a, np.arange(2)])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.vstack([a, np.arange(2)])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
