# Every binary operator between an array and a Python number, on both sides.
import numpy as np

a = np.array([1, 2, 3, 4])
print(a + 1, 1 + a, a - 1, 10 - a)
print(a * 2, 2 * a, a / 2, 6 / a)
print(a // 3, 7 // a, a % 3, 7 % a)
print(a ** 2, 2 ** a, a ** 0.5)
print(-a, +a, abs(-a))
f = np.array([0.5, -1.5, 2.0])
print(f + 1, 1.5 * f, f / 0.5, 1 / f)
print(f // 1, f % 1, f ** 2, 2.0 ** f)
print(-f, abs(f))
