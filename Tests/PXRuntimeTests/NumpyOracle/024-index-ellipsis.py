# The ellipsis stands for all the axes not named.
import numpy as np

t = np.arange(24).reshape(2, 3, 4)
print(t[..., 0])
print(t[0, ...])
print(t[1, ..., 2], t[..., 1, 2])
print(t[...].shape, np.shares_memory(t[...], t))
print(repr(t[0, 0, ...]))
a = np.arange(3)
print(repr(a[...]))
z = np.array(5)
print(repr(z[...]), repr(z[()]))
print(t[:, ..., ::-1].shape)
try:
    t[..., 0, ...]
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
