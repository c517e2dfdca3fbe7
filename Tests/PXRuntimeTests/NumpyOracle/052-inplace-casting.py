# In-place operations cannot cast float results into int arrays.
import numpy as np

a = np.arange(3)
try:
    a += 1.5
except TypeError as e:
    print(type(e).__name__ + ": " + str(e))
try:
    a /= 2
except TypeError as e:
    print(type(e).__name__ + ": " + str(e))
try:
    a *= np.array([0.5, 0.5, 0.5])
except TypeError as e:
    print(type(e).__name__ + ": " + str(e))
print(a)
b = np.array([True, False])
try:
    b += 1
except TypeError as e:
    print(type(e).__name__ + ": " + str(e))
i32 = np.arange(3, dtype=np.int32)
i32 += np.arange(3)
print(repr(i32))
f32 = np.ones(2, dtype=np.float32)
f32 += np.array([0.5, 1.5])
print(repr(f32))
f = np.zeros(2)
f += np.array([1, 2])
f += True
print(repr(f))
