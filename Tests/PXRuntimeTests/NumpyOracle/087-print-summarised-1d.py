# More than 1000 elements print summarised with '...', and the repr adds numpy 2's shape=.
import numpy as np

a = np.arange(2000)
print(a)
print(repr(a))
print(repr(np.arange(1001)))
print(repr(np.arange(1000)[:12]))
print(np.linspace(0, 1, 1500))
print(repr(np.zeros(5000, dtype=np.float32)))
print(repr(np.ones(1001, dtype=bool)))
