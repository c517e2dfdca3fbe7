# Division by zero gives inf and nan for floats, 0 for ints (inside np.errstate).
import numpy as np

with np.errstate(divide="ignore", invalid="ignore"):
    f = np.array([1.0, -1.0, 0.0]) / 0.0
    print(f)
    print(np.array([1, -1, 0]) / 0)
    print(np.array([5, -5, 0]) // 0, np.array([5, -5, 0]) % 0)
    print(np.array([5.0, -5.0]) // 0.0, np.array([5.0, -5.0]) % 0.0)
    print(np.log(np.array([0.0, 1.0])))
    print(np.sqrt(np.array([-1.0, 4.0])))
print(np.array([1.0]) / np.array([4.0]))
