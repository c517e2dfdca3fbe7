# linspace and logspace: endpoint=, num=, retstep=, dtype=, base=.
import numpy as np

print(np.linspace(0, 1, 5), repr(np.linspace(0, 10, 3)))
print(np.linspace(0, 1, 5, endpoint=False), repr(np.linspace(2, 3, 1)), repr(np.linspace(0, 1, 0)))
values, step = np.linspace(0, 1, 4, retstep=True)
print(values, repr(step))
print(repr(np.linspace(0, 10, 4, dtype=int)), repr(np.linspace(1, 0, 3)), len(np.linspace(0, 100)))
print(np.logspace(0, 3, 4), np.logspace(0, 4, 3, base=2))
print(repr(np.logspace(1, 2, 3, endpoint=False)), repr(np.logspace(0, 1, 1)))
