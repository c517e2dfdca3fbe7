# power, hypot, arctan2 in every quadrant, and sign.
import numpy as np

print(np.power(np.array([2.0, 3.0, 4.0]), np.array([0.5, 2, -1])))
print(np.hypot(np.array([3.0, 5.0]), np.array([4.0, 12.0])), np.hypot(3, 4))
y = np.array([1.0, 1.0, -1.0, -1.0, 0.0, 0.0, -0.0])
x = np.array([1.0, -1.0, -1.0, 1.0, -1.0, 1.0, -1.0])
print(np.arctan2(y, x))
print(np.sign(np.array([-2.5, 0.0, 3.0, -0.0, np.nan])))
print(repr(np.sign(np.array([-7, 0, 7]))), repr(np.sign(np.array([-1], dtype=np.int32))))
print(repr(np.sign(-3.5)), repr(np.power(2, 10)), repr(np.hypot(np.float32(3), np.float32(4))))
