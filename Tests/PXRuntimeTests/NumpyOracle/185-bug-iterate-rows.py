# Issue: `for row in m:` yielded 12 scalars instead of 3 rows.
import numpy as np

m = np.arange(12).reshape(3, 4)
n = 0
for row in m:
    print(row)
    n += 1
print(n)
