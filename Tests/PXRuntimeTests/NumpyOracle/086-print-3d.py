# 3-D and 4-D arrays: blocks separated by blank lines, nested brackets.
import numpy as np

t = np.arange(12).reshape(2, 2, 3)
print(t)
print(repr(t))
print(np.zeros((2, 1, 2)))
print(repr(np.arange(16).reshape(2, 2, 2, 2)))
print(repr(np.ones((1, 1, 1), dtype=np.float32)))
