# dtype promotion between int64 and float64 for each operator.
import numpy as np

i = np.array([1, 2, 3])
f = np.array([0.5, 1.5, 2.5])
for r in [i + f, i - f, i * f, i / f, i // f, i % f, i ** f]:
    print(r.dtype, r)
for r in [i + i, i * i, i / i, i // i, i % i, i ** i, i - i]:
    print(r.dtype, r)
print((i + 1.0).dtype, (i * 2).dtype, (i / 1).dtype, (i ** 2).dtype, (i ** 0.5).dtype)
try:
    i ** -1
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    i ** np.array([1, -1, 2])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
