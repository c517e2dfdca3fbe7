# Arithmetic on complex128 arrays: + - * / and == != with every real dtype, Python numbers and numpy
# scalars (the result is complex128), broadcasting, and numpy's TypeErrors for operators without a complex loop.
import numpy as np


def cx(re, im):
    z = np.zeros(len(re), dtype=np.complex128)
    z.real[:] = re
    z.imag[:] = im
    return z


z = cx([1.0, 3.0, -2.5, 0.0], [2.0, -1.0, 0.5, 0.0])
w = cx([0.5, -1.0, 4.0, 2.0], [0.25, 3.0, 0.0, -2.0])
print(z + w)
print(z - w)
print(z * w)
print(z / w)
print(w / z)
print(z == w, z != w, z == z, z != z)
for other in [2, 2.5, True, np.float64(0.5), np.int32(3), np.array([1.0, 2.0, 3.0, 4.0]),
              np.array([1, 2, 3, 4]), np.array([True, False, True, False]),
              np.array([1.5, 2.5, 3.5, 4.5], dtype=np.float32), np.array([1, 0, 1, 0], dtype=np.int32)]:
    print(type(other).__name__, repr(z + other), repr(other - z), repr(z * other), repr(other * z))
print(repr(z / 2), repr(2 / z), repr(z / np.array([2, 4, 8, 16])))
print(repr(z == 1), repr(z == 0), repr(z != 0), repr(np.array([1.0, 3.0, 0.0, 0.0]) == z))
col = cx([1.0, 2.0], [1.0, -1.0]).reshape(2, 1)
print(repr(col + z))
print(repr(col * np.array([1.0, 2.0, 3.0])))
s = z[0]
print(repr(s), repr(s + 1), repr(s * s), repr(s / 2), repr(s == z), repr(s * w))
print(repr(np.add(z, w)), repr(np.multiply(z, 2)), repr(np.subtract(1, z)), repr(np.divide(z, z)))
print(repr(np.equal(z, w)), repr(np.not_equal(z, z)), repr(np.negative(z)), repr(np.absolute(z)))
print(repr(z[:0] + 1), repr(z[:0] * z[:0]), repr(np.abs(z[:0])))
for f in [lambda: z // 2, lambda: z % 2, lambda: z & z, lambda: z | 1, lambda: z ^ z, lambda: z << 1,
          lambda: z >> 1, lambda: np.floor(z), lambda: np.ceil(z), lambda: np.trunc(z), lambda: np.fabs(z),
          lambda: np.arctan2(z, z), lambda: np.hypot(z, 1.0), lambda: np.remainder(z, 2), lambda: np.fmod(z, 2),
          lambda: np.floor_divide(z, 2), lambda: np.signbit(z), lambda: np.deg2rad(z), lambda: np.copysign(z, 1.0),
          lambda: np.bitwise_and(z, z), lambda: np.left_shift(z, 1), lambda: np.cbrt(z), lambda: np.invert(z)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(repr(z), repr(w))
