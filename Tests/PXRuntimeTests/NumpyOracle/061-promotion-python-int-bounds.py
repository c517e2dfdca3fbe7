# Python ints that do not fit the array's integer dtype raise OverflowError (NEP 50).
import numpy as np

i32 = np.array([1, 2], dtype=np.int32)
try:
    i32 + 2**40
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.arange(3) + 2**70
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
print(repr(i32 + (2**31 - 1 - 2**31)))
print(repr(np.arange(2) * 2**40))
print(repr(i32 == 2**40))
print(repr(np.array([2**62]) + 2**62))
