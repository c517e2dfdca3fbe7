# choice: from a range or an array, with or without replacement, with probabilities.
import numpy as np

np.random.seed(11)
print(np.random.choice(10, 3))
print(np.random.choice(np.array([1.5, 2.5, 3.5]), size=4))
print(np.random.choice(5, 5, replace=False))
print(np.random.choice(4, size=6, p=[0.1, 0.2, 0.3, 0.4]))
print(repr(np.random.choice(10)), np.random.choice([10, 20, 30], 2))
print(np.random.choice(np.arange(20), size=(2, 2), replace=False))
try:
    np.random.choice(3, 5, replace=False)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
