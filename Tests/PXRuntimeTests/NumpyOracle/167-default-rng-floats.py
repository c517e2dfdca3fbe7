# default_rng(seed) (PCG64): random, standard_normal, normal and uniform give numpy's exact values.
import numpy as np

rng = np.random.default_rng(42)
print(rng.random(3))
print(rng.random((2, 2)))
print(repr(rng.random()))
print(rng.standard_normal(3))
print(rng.normal(5.0, 0.5, size=3))
print(repr(rng.normal()))
print(rng.uniform(-1, 1, size=3), repr(rng.uniform()))
print(type(rng).__name__)
