# ~ & | ^ on bool arrays are logical operations.
import numpy as np

mask = np.array([True, False, True, False])
other = np.array([True, True, False, False])
print(~mask)
print(mask & other, mask | other, mask ^ other)
print(mask & True, False | mask, mask ^ True)
print(repr(~np.array(True)), repr(~np.array([], dtype=bool)))
a = np.arange(6)
print(a[(a > 1) & (a < 4)], a[(a < 1) | (a > 4)], a[~(a % 2 == 0)])
print(np.invert(mask), np.bitwise_and(mask, other), np.bitwise_or(mask, other), np.bitwise_xor(mask, other))
