# Issue: the repr of big arrays lacked numpy 2's `shape=(2000,)`.
import numpy as np

print(repr(np.arange(2000)))
print(repr(np.arange(2000.0)))
