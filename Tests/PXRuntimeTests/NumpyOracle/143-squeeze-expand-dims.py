# squeeze removes length-one axes; expand_dims inserts one.
import numpy as np

x = np.zeros((1, 3, 1, 2))
print(np.squeeze(x).shape, x.squeeze(axis=0).shape, np.squeeze(x, axis=(0, 2)).shape)
print(repr(np.squeeze(np.array([[5]]))), repr(np.array([[1, 2]]).squeeze()))
a = np.arange(3)
print(np.expand_dims(a, 0).shape, np.expand_dims(a, 1).shape, np.expand_dims(a, -1).shape)
print(np.expand_dims(a, (0, 2)).shape, repr(np.expand_dims(np.array(2), 0)))
print(np.shares_memory(a, np.expand_dims(a, 0)))
try:
    x.squeeze(axis=1)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.expand_dims(a, 3)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
