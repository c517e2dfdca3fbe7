# Issue: `~mask` was unsupported.
import numpy as np

a = np.arange(6)
mask = a % 3 == 0
print(~mask, a[~mask])
