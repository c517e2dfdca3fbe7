# split into equal parts or at indices; array_split allows unequal parts.
import numpy as np

a = np.arange(9)
print(np.split(a, 3))
print(np.split(a, [2, 5]))
print(np.array_split(a, 4))
print(np.array_split(np.arange(3), 5))
m = np.arange(12).reshape(3, 4)
print(np.split(m, 2, axis=1))
print(np.array_split(m, 2))
left, right = np.split(m, [1], axis=1)
print(left.shape, right.shape, np.shares_memory(left, m))
try:
    np.split(a, 4)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
