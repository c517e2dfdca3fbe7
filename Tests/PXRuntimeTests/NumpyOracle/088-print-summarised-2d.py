# Summarised 2-D and 3-D arrays keep three items at each edge of every axis.
import numpy as np

m = np.arange(10000).reshape(100, 100)
print(m)
print(repr(m))
print(repr(np.arange(3000).reshape(3, 1000)))
print(np.arange(2400).reshape(20, 10, 12))
print(repr(np.zeros((1001, 2))))
