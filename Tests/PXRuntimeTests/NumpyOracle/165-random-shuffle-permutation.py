# shuffle permutes in place (rows of a 2-D array); permutation returns a new array.
import numpy as np

np.random.seed(5)
a = np.arange(10)
r = np.random.shuffle(a)
print(a, r)
m = np.arange(12).reshape(4, 3)
np.random.shuffle(m)
print(m)
print(np.random.permutation(8))
b = np.arange(5) * 10
print(np.random.permutation(b), b)
print(np.random.permutation(np.arange(6).reshape(3, 2)))
