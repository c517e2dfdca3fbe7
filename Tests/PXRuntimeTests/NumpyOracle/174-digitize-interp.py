# digitize (bins increasing or decreasing, right=True) and interp (left/right, period-free).
import numpy as np

bins = np.array([0.0, 1.0, 2.5, 4.0])
x = np.array([-1.0, 0.0, 0.5, 2.5, 3.0, 4.0, 10.0])
print(np.digitize(x, bins), np.digitize(x, bins, right=True), np.digitize(x, bins[::-1]))
print(repr(np.digitize(2.0, bins)), np.digitize([1, 2, 3], [1, 2, 3], right=True))
xp = [1.0, 2.0, 4.0]
fp = [10.0, 20.0, 0.0]
print(np.interp([0.0, 1.0, 1.5, 3.0, 4.0, 5.0], xp, fp))
print(np.interp([0.0, 5.0], xp, fp, left=-1.0, right=99.0), repr(np.interp(2.5, xp, fp)))
print(np.interp(np.arange(3), [0, 2], [0, 1]), np.interp([1.5], [1, 2], [1, 2]).dtype)
for f in [lambda: np.digitize(x, [3.0, 1.0, 2.0]),
          lambda: np.interp([1.0], [1.0, 2.0], [1.0]),
          lambda: np.interp([1.0], [], [])]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__ + ": " + str(e))
