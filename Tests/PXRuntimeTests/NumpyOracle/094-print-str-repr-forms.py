# str(), repr(), f-strings, % formatting and containers of arrays.
import numpy as np

a = np.array([1, 2])
f = np.array([0.5, 1.0])
print(str(a), repr(a))
print(f"{a} and {f}")
print("%s / %r" % (f, a))
print([a, f])
print((a,), {"x": a})
print(str(np.arange(6).reshape(2, 3)))
print([np.zeros((2, 2))])
