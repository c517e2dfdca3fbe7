# Issue: `np.arange(24).reshape(2,3,4).sum(axis=0)` gave 276.
import numpy as np

print(np.arange(24).reshape(2, 3, 4).sum(axis=0))
