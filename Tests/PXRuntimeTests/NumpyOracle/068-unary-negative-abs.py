# Unary minus, plus and abs on every dtype.
import numpy as np

i = np.array([-2, 0, 3])
f = np.array([-1.5, 0.0, 2.5])
print(repr(-i), repr(+i), repr(abs(i)))
print(repr(-f), repr(+f), repr(abs(f)))
print(repr(np.negative(i)), repr(np.absolute(f)), repr(np.abs(i)), repr(np.positive(f)))
print(repr(-np.array([1, -2], dtype=np.int32)), repr(abs(np.array([-1.5], dtype=np.float32))))
print(repr(abs(np.array([True, False]))))
print(repr(-np.array(0.0)), repr(abs(np.array(-0.0))))
