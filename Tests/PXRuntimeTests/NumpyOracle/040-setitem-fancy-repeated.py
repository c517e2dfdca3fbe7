# In-place operators through repeated fancy indices apply once per position.
import numpy as np

a = np.zeros(4, dtype=np.int64)
a[[0, 0, 1]] += 1
print(a)
a[[2, 2]] = [5, 6]
print(a)
b = np.arange(5.0)
b[[1, 3, 1]] *= 10
print(b)
