# One index per axis: m[:, 1], m[1:, ::2], mixed integer and slice.
import numpy as np

m = np.arange(12).reshape(3, 4)
print(m[:, 1])
print(m[1:, ::2])
print(m[1, :], m[:, -1])
print(m[0:2, 1:3])
print(repr(m[:, 1:2]))
print(m[2, 1:], m[:2, 3])
t = np.arange(24).reshape(2, 3, 4)
print(t[:, 1, :])
print(t[1, :, 2], t[:, :, 0])
print(t[0, 1:, ::3])
