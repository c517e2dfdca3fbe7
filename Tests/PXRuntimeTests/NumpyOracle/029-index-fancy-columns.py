# Fancy indexing on the second and last axes.
import numpy as np

m = np.arange(12).reshape(3, 4)
print(m[:, [0, 2]])
print(m[:, [3, 0]])
print(m[1:, [1]])
print(m[1, [0, 3]])
t = np.arange(24).reshape(2, 3, 4)
print(t[:, :, [0, -1]])
print(t[..., [1]].shape, t[:, [2, 0], :].shape)
print(t[:, [0, 2], 1])
