# len is the length of the first axis; `in` asks whether any element equals the value.
import numpy as np

a = np.arange(5)
m = np.arange(12).reshape(3, 4)
print(len(a), len(m), len(m[0]), len(np.zeros((0, 2))))
print(3 in a, 7 in a, 2.0 in a, -1 in a)
print(11 in m, 12 in m)
print(np.array([0.5, 1.5]).__contains__(1.5))
print(True in np.array([False, True]), False in np.array([True]))
try:
    len(np.array(5))
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
