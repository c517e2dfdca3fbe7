# Issue: `np.arange(0) + 1` killed the process. Empty arrays go through every operator.
import numpy as np

e = np.arange(0)
print(repr(e + 1), repr(1 - e), repr(e * 2.5), repr(e / 2), repr(e // 2), repr(e % 2), repr(e ** 2))
print(repr(-e), repr(abs(e)), repr(e == 0), repr(e < 1), repr(~(e > 0)))
print(repr(e + e), repr(e + np.zeros(1)), repr(np.zeros((0, 3)) + np.arange(3)))
print(repr(e.sum()), repr(e.prod()), repr(e.any()), repr(e.all()), repr(np.sqrt(e)))
