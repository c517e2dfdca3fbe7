# numpy scalars combined with Python numbers give numpy scalars.
import numpy as np

x = np.float64(1.5)
n = np.int64(7)
print(repr(x + 1), repr(1 + x), repr(x * 2.0), repr(x / 3), repr(x ** 2), repr(-x))
print(repr(n + 1), repr(n * 2), repr(n // 2), repr(n % 3), repr(n / 2), repr(n ** 2), repr(-n))
print(repr(n + 0.5), repr(n + x), repr(x + True))
print(repr(n == 7), repr(x < 1), repr(n > x))
print(repr(np.int32(3) + 1), repr(np.float32(1.5) * 2), repr(np.float32(1.5) * x))
print(repr(abs(np.float64(-2.0))), repr(abs(np.int64(-2))))
print(repr(np.True_ + np.True_), repr(np.True_ & False), repr(~np.True_))
print(repr(x + np.arange(2)))
