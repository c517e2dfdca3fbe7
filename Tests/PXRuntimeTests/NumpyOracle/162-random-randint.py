# randint draws integers in [low, high) with numpy's exact values.
import numpy as np

np.random.seed(7)
print(np.random.randint(10, size=5))
print(np.random.randint(1, 7, size=(2, 3)))
print(repr(np.random.randint(5)), repr(np.random.randint(-3, 3)))
print(np.random.randint(0, 2**40, size=3))
print(repr(np.random.randint(0, 100, size=4, dtype=np.int32)))
print(np.random.randint(0, 1, size=3))
try:
    np.random.randint(5, 5)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
