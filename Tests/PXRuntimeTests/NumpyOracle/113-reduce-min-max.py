# min and max with axis and keepdims; nan propagates; an empty array has no minimum.
import numpy as np

m = np.array([[3, 1, 4], [1, 5, 9]])
print(repr(m.min()), repr(m.max()), m.min(axis=0), m.max(axis=1))
print(np.min(m, axis=1, keepdims=True), np.max(m, 0), np.amax(m), np.amin(m, axis=0))
print(repr(np.array([1.0, np.nan, 3.0]).max()), repr(np.array([2.5, -1.0]).min()))
print(repr(np.array([True, False]).max()), repr(np.array([1, 2], dtype=np.int32).min()))
try:
    np.array([]).min()
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.zeros((0, 3)).max(axis=0)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
print(np.zeros((0, 3)).max(axis=1))
