# In-place operators through a view change the base array.
import numpy as np

a = np.arange(8)
v = a[::2]
v += 10
print(a)
m = np.arange(6).reshape(2, 3)
m.T[0] *= -1
print(m)
col = m[:, 2]
col -= 100
print(m)
r = a.reshape(2, 4)
r[1] //= 2
print(a)
