# mean, var and std, with axis and ddof.
import numpy as np

m = np.array([[1.0, 2.0, 3.0], [4.0, 6.0, 11.0]])
print(repr(m.mean()), m.mean(axis=0), m.mean(axis=1))
print(repr(m.var()), m.var(axis=0), m.var(axis=1, ddof=1))
print(repr(m.std()), m.std(axis=0), repr(np.std(m, ddof=1)))
print(repr(np.mean(np.arange(10))), repr(np.var(np.arange(10))), repr(np.std(np.arange(10))))
print(m.mean(axis=1, keepdims=True))
print(repr(np.mean(np.array([1, 2], dtype=np.int32))), repr(np.array([1.5, 2.5], dtype=np.float32).mean()))
print(repr(np.array([True, False, True]).mean()))
print(repr(np.linspace(0, 1, 11).std()))
