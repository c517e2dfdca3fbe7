# Bool arrays print True and False padded to one width.
import numpy as np

print(np.array([True, True]))
print(np.array([True, False, True]))
print(np.array([False]))
print(repr(np.array([True, False])))
print(repr(np.array([[True, False], [False, True]])))
print(np.arange(4) > 1)
print(repr(np.array(True)), np.array(False))
