# Seeding again repeats the stream; draws of different kinds share it.
import numpy as np

np.random.seed(123)
first = np.random.rand(3)
ints = np.random.randint(0, 100, 3)
np.random.seed(123)
again = np.random.rand(3)
print(np.array_equal(first, again), first)
print(ints, np.random.randint(0, 100, 3))
np.random.seed(2**32 - 1)
print(np.random.rand(2))
try:
    np.random.seed(-1)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
