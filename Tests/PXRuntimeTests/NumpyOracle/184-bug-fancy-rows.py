# Issue: `m[[0, 2]]` gave `[0 2]`, not rows 0 and 2.
import numpy as np

m = np.arange(12).reshape(3, 4)
print(m[[0, 2]])
