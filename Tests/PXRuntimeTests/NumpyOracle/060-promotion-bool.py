# bool arithmetic: + and * stay bool, with ints they become int64; - and unary - are errors.
import numpy as np

t = np.array([True, True, False])
u = np.array([True, False, False])
print(repr(t + u), repr(t * u))
print(repr(t + 1), repr(t * 2.5), repr(t + np.array([1, 2, 3], dtype=np.int32)))
print(repr(t / np.array([True, True, True])))
print(repr(t.sum()), repr(t + True))
try:
    t - u
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    -t
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
print(repr(t - 1), repr(abs(t)))
