# Reductions return numpy scalars, not Python numbers.
import numpy as np

f = np.array([1.0, 2.0, 3.0])
i = np.array([1, 2, 3])
b = np.array([True, False])
print(repr(f.sum()), repr(f.mean()), repr(f.max()), repr(f.std()))
print(repr(i.sum()), repr(i.prod()), repr(i.mean()), repr(i.min()))
print(repr(b.any()), repr(b.all()), repr(b.sum()))
print(repr(f.argmax()), repr(np.argmin(i)))
print(repr(np.sum(f)), repr(np.mean(i)), repr(np.dot(f, f)), repr(np.dot(i, i)))
print(repr(np.arange(3, dtype=np.int32).sum()), repr(np.ones(2, dtype=np.float32).sum()))
print(type(f.sum()).__name__, type(i.sum()).__name__, type(b.any()).__name__)
