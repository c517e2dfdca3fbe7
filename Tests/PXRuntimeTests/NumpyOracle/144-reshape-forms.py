# reshape takes a tuple or separate sizes, one -1, and reports numpy's errors.
import numpy as np

a = np.arange(12)
print(a.reshape(3, 4).shape, a.reshape((3, 4)).shape, a.reshape([2, 6]).shape, np.reshape(a, -1).shape)
print(a.reshape(2, -1, 3).shape, a.reshape(-1).shape, a.reshape(1, 1, 12).shape)
print(np.arange(6).reshape(3, 2))
print(repr(np.zeros((0, 4)).reshape(0, 2, 2)), np.zeros((0, 4)).reshape(-1, 8).shape)
for shape in [(5,), (-1, 5), (-1, -1)]:
    try:
        a.reshape(shape)
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
a.shape = (4, 3)
print(a.shape, a[3])
