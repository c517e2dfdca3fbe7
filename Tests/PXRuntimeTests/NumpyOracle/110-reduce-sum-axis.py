# sum over no axis, one axis, negative axes, a tuple of axes, with keepdims.
import numpy as np

t = np.arange(24).reshape(2, 3, 4)
print(repr(t.sum()))
print(t.sum(axis=0))
print(t.sum(axis=1))
print(t.sum(axis=2), t.sum(axis=-1).shape)
print(t.sum(axis=(0, 2)), t.sum(axis=(0, 1, 2)))
print(t.sum(axis=1, keepdims=True).shape, repr(t.sum(keepdims=True)))
print(np.sum(t, axis=0).shape, np.sum(t, 1)[0])
m = np.array([[1.5, 2.5], [3.0, 4.0]])
print(m.sum(axis=0), m.sum(axis=1), repr(m.sum(0)))
try:
    t.sum(axis=3)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
