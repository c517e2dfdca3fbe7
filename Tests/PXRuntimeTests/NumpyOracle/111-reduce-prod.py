# prod with and without axis; empty product is 1.
import numpy as np

m = np.arange(1, 7).reshape(2, 3)
print(repr(m.prod()), m.prod(axis=0), m.prod(axis=1), np.prod(m, axis=1, keepdims=True))
print(repr(np.prod(np.array([]))), repr(np.prod(np.arange(0))))
print(repr(np.array([0.5, 4.0]).prod()), repr(np.array([True, True]).prod()))
print(repr(np.arange(1, 5, dtype=np.int32).prod()))
print(repr(np.arange(1, 30).prod()))
