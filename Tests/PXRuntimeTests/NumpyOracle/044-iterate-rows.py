# Iterating an array walks its first axis: rows of a matrix, scalars of a vector.
import numpy as np

m = np.arange(12).reshape(3, 4)
for row in m:
    print(row, row.shape)
for x in np.array([1.5, 2.5]):
    print(x, repr(x))
t = np.arange(8).reshape(2, 2, 2)
for block in t:
    print(repr(block))
count = 0
for row in np.zeros((0, 3)):
    count += 1
print(count)
print([int(x) for x in np.arange(3)])
print([r.sum() for r in m])
for i, row in enumerate(m[::-1]):
    print(i, row[0])
try:
    for x in np.array(3):
        print(x)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
