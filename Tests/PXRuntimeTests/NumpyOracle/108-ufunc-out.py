# ufuncs write into out= arrays, including in place and with casting.
import numpy as np

a = np.array([1.0, 4.0, 9.0])
out = np.empty(3)
r = np.sqrt(a, out=out)
print(out, r is out)
np.add(a, 1, out=a)
print(a)
np.multiply(a, a, a)
print(a)
o = np.zeros((2, 3))
np.add(np.arange(3), np.array([[0], [10]]), out=o)
print(o)
i = np.zeros(3, dtype=np.int64)
try:
    np.sqrt(a, out=i)
except TypeError as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.add(a, a, out=np.zeros(2))
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
