# Generator.choice, permutation and shuffle.
import numpy as np

rng = np.random.default_rng(7)
print(rng.choice(10, 3))
print(rng.choice(np.array([0.5, 1.5, 2.5]), size=4))
print(rng.choice(6, 6, replace=False))
print(rng.choice(4, size=5, p=[0.1, 0.2, 0.3, 0.4]))
print(rng.permutation(8))
a = np.arange(6)
rng.shuffle(a)
print(a)
m = np.arange(6).reshape(3, 2)
rng.shuffle(m)
print(m)
