# Fancy and boolean indexing return copies; basic slicing returns views.
import numpy as np

a = np.arange(6)
f = a[[0, 1, 2]]
f[0] = 100
print(a)
g = a[a > 2]
g[:] = 0
print(a, g)
s = a[0:3]
s[0] = 100
print(a)
print(np.shares_memory(a, a[[1, 2]]), np.shares_memory(a, a[1:3]), np.shares_memory(a, a[a > 1]))
