# Generator.integers: [low, high) by default, endpoint=True includes high; dtype=.
import numpy as np

rng = np.random.default_rng(2024)
print(rng.integers(10, size=5))
print(rng.integers(1, 7, size=(2, 3)))
print(repr(rng.integers(5)), repr(rng.integers(-5, 5)))
print(rng.integers(0, 3, size=8, endpoint=True))
print(repr(rng.integers(0, 1000, size=3, dtype=np.int32)))
print(rng.integers(0, 2**40, size=2))
