# Every augmented operator on arrays, int and float.
import numpy as np

i = np.array([7, -7, 9, 12])
i += 1
print(i)
i -= 2
print(i)
i *= 3
print(i)
i //= 4
print(i)
i %= 5
print(i)
i **= 2
print(i)
i &= 6
print(i)
i |= 8
print(i)
i ^= 3
print(i)
f = np.array([1.5, -2.5, 4.0])
f += 1
f -= 0.5
f *= 2
f /= 4
print(f)
f //= 0.5
print(f)
f %= 3
print(f)
f **= 2
print(f)
b = np.array([True, False, True])
b &= np.array([True, True, False])
print(b)
b |= np.array([False, True, False])
print(b)
b ^= True
print(b)
