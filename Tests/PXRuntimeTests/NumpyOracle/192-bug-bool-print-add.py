# Issue: bool arrays printed `[True True]` instead of `[ True  True]`; bool + bool gave ints.
import numpy as np

t = np.array([True, True])
print(t)
print(repr(t + t), repr(t + np.array([False, True])))
