# average with weights, axis and returned=.
import numpy as np

a = np.array([1.0, 2.0, 3.0, 4.0])
print(repr(np.average(a)), repr(np.average(a, weights=[4, 3, 2, 1])))
m = np.arange(6).reshape(2, 3)
print(np.average(m, axis=0), np.average(m, axis=1, weights=[1, 0, 1]))
print(np.average(m, axis=0, weights=[3, 1]))
avg, total = np.average(a, weights=[1, 1, 1, 5], returned=True)
print(repr(avg), repr(total))
try:
    np.average(a, weights=[0, 0, 0, 0])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.average(m, weights=[1, 2])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
