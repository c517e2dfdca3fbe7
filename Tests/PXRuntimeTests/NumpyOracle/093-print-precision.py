# Eight significant decimals at most, the fewest that print each value uniquely otherwise.
import numpy as np

print(np.array([1 / 3]))
print(np.array([2 / 3, 0.5]))
print(np.pi * np.arange(4))
print(np.array([0.123456789012, 0.1]))
print(np.array([1.23456789e-3, 1.0]))
print(np.array([0.1 + 0.2]))
print(np.array([1.0000000001]))
print(np.array([1 / 3], dtype=np.float32), np.array([0.1, 0.2], dtype=np.float32) * 3)
print(np.array([12345.678901234]))
print(np.array([0.00001234, 1.0]))
