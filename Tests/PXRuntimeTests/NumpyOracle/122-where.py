# np.where: choose with broadcasting (three arguments), or the indices of true elements (one).
import numpy as np

a = np.array([-2, 3, -1, 4])
print(np.where(a > 0, a, 0))
print(np.where(a > 0, 1.5, -1))
print(np.where(np.array([[True], [False]]), np.arange(3), -np.arange(3)))
print(np.where(a > 0))
print(np.where(np.arange(6).reshape(2, 3) % 2 == 0))
print(repr(np.where(a > 10)), repr(np.where(True, 1, 2)))
print(repr(np.where(a > 0, np.int32(1), np.int32(0))), repr(np.where(a > 0, True, False)))
