# Issue: `m[:, 1]` and `m[1:, ::2]` raised TypeError.
import numpy as np

m = np.arange(12).reshape(3, 4)
print(m[:, 1])
print(m[1:, ::2])
