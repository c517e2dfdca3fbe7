# flip reverses along axes (a view); roll shifts elements cyclically.
import numpy as np

m = np.arange(6).reshape(2, 3)
print(np.flip(m), np.flip(m, axis=0), np.flip(m, axis=1))
f = np.flip(m, 1)
print(np.shares_memory(f, m), f.strides)
print(np.fliplr(m), np.flipud(m))
a = np.arange(5)
print(np.roll(a, 2), np.roll(a, -1), np.roll(a, 7))
print(np.roll(m, 1), np.roll(m, 1, axis=0), np.roll(m, -1, axis=1))
print(np.roll(m, (1, 1), axis=(0, 1)), repr(np.roll(np.arange(0), 3)))
