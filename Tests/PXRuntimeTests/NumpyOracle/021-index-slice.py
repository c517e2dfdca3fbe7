# Slices with start, stop and step, including empty and out-of-range bounds.
import numpy as np

a = np.arange(10)
print(a[1:4], a[:3], a[7:], a[::2], a[1::3])
print(a[-3:], a[:-7], a[-5:-2])
print(repr(a[5:5]), repr(a[20:30]), repr(a[8:2]))
print(a[-100:3], a[4:100])
m = np.arange(20).reshape(4, 5)
print(m[1:3])
print(m[::2])
print(repr(m[4:]))
