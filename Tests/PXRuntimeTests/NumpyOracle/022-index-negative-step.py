# Slices with negative steps on one and several axes.
import numpy as np

a = np.arange(8)
print(a[::-1], a[::-2], a[6:1:-1], a[6:1:-2], a[-1:-4:-1])
print(repr(a[1:6:-1]), a[:2:-1], a[5::-3])
m = np.arange(12).reshape(3, 4)
print(m[::-1])
print(m[:, ::-1])
print(m[::-1, ::-2])
print(m[::-1][0], m[1, ::-1])
t = np.arange(8).reshape(2, 2, 2)
print(t[::-1, ::-1, ::-1])
