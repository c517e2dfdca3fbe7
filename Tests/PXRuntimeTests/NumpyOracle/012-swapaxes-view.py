# swapaxes returns a view with two axes exchanged.
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
s = x.swapaxes(0, 2)
print(s.shape, s.strides)
print(np.shares_memory(x, s))
print(s[:, 1, 0])
s[0, 0, 1] = -5
print(x[1, 0, 0])
print(np.swapaxes(x, 1, -1).shape)
print(np.swapaxes(np.arange(6).reshape(2, 3), 0, 1))
try:
    x.swapaxes(0, 3)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
