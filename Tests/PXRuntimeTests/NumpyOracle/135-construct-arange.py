# arange with one, two or three arguments, float steps, negative steps, dtype.
import numpy as np

print(repr(np.arange(5)), repr(np.arange(2, 6)), repr(np.arange(1, 10, 3)))
print(repr(np.arange(10, 0, -3)), repr(np.arange(0)), repr(np.arange(5, 2)))
print(repr(np.arange(0, 1, 0.1)), len(np.arange(0, 1, 0.1)))
print(repr(np.arange(1.5, 4)), repr(np.arange(0.5, 2.0, 0.5)))
print(repr(np.arange(5, dtype=float)), repr(np.arange(3, dtype=np.int32)), repr(np.arange(4.0)))
print(repr(np.arange(-3, 3)), repr(np.arange(0, -1, -0.25)))
try:
    np.arange(0, 5, 0)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
