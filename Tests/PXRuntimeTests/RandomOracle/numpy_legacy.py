# np.random's global functions draw numpy's legacy RandomState stream (MT19937, polar Gaussian).
import numpy as np

np.random.seed(0)
print(float(np.random.rand()), float(np.random.randn()), float(np.random.random()))
np.random.seed(0)
print(np.random.rand(4).tolist())
print(np.random.randn(4).tolist())
print(np.random.randint(0, 10, size=6).tolist())
print(np.random.random(3).tolist())
np.random.seed([1, 2, 3])
print(float(np.random.rand()))
np.random.seed(2**32 - 1)
print(float(np.random.randn()), float(np.random.randn()))
for bad in [-1, 2**32]:
    try:
        np.random.seed(bad)
    except ValueError as e:
        print("ValueError:", e)
