# ~ & | ^ on integer arrays are bitwise; on floats they raise TypeError.
import numpy as np

a = np.array([0, 1, 6, -3])
print(~a, a & 3, a | 4, a ^ 5)
print(a & np.array([1, 1, 2, 2]), 12 | a, 7 ^ a)
i = np.array([5, 10], dtype=np.int32)
print(repr(~i), repr(i & 6), repr(i | np.array([1, 1])))
print(repr(a & True), repr(np.array([True, False]) | np.array([2, 0])))
for f in [lambda: np.array([1.0]) & 1, lambda: ~np.array([1.5]), lambda: np.array([1.0]) | np.array([2.0])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__ + ": " + str(e))
