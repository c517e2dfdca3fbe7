# All six comparisons, with scalars, arrays and broadcasting; results are bool arrays.
import numpy as np

a = np.array([1, 2, 3, 4])
b = np.array([4, 2, 1, 4])
print(a == b, a != b)
print(a < b, a <= b)
print(a > b, a >= b)
print(a == 2, 2 < a, a >= 2.5, 3 == a)
m = np.arange(6).reshape(2, 3)
print(m > np.array([0, 4, 1]))
print(m == np.array([[0], [4]]))
print(repr(np.array([0.5, 1.0]) == np.array([0.5, 1])))
print(repr(np.array([True, False]) == np.array([1, 0])))
print(repr(a != a.astype(np.float32)))
