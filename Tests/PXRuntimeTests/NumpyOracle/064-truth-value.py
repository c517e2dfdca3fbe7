# Truth of arrays: one element decides, several or none are ambiguous.
import numpy as np

print(bool(np.array([5])), bool(np.array([0.0])), bool(np.array(True)))
if np.array([[1]]):
    print("one element is enough")
for a in [np.array([1, 2]), np.array([])]:
    try:
        bool(a)
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
a = np.arange(3)
try:
    if a > 0:
        print("never")
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    print(0 < a < 2)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
print((a > 0).any(), (a > 0).all())
print(not np.array([0]))
