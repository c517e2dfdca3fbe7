# Powers: int to int stays int, float exponents give floats, np.power with arrays.
import numpy as np

a = np.arange(5)
print(a ** 2, a ** 3, 2 ** a, a ** a)
print(np.power(a, 2), np.power(2.0, a), np.power(a, 0.5))
print(np.array([2.0, 4.0]) ** -1, np.array([-8.0, 8.0]) ** 2)
print(np.array([2, 3], dtype=np.int32) ** 2)
print(repr(np.power(np.array([1.5], dtype=np.float32), 2)))
print(repr(np.array([10]) ** 18), repr(np.array([0]) ** 0))
