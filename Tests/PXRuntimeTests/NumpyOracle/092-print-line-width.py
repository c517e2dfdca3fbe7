# Lines wrap at 75 characters; continuation lines are indented to align with the first element.
import numpy as np

print(np.arange(40))
print(repr(np.arange(40)))
print(np.linspace(0, 1, 13))
print(repr(np.linspace(0, 1, 13)))
print(np.arange(30).reshape(2, 15) * 1000)
print(repr(np.arange(30).reshape(2, 15) * 1000))
print(np.arange(25) > 12)
print(repr(np.arange(22, dtype=np.float32) / 7))
