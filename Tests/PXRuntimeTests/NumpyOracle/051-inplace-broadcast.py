# In-place operators broadcast the right operand but never the left.
import numpy as np

m = np.zeros((2, 3))
m += np.array([1, 2, 3])
print(m)
m *= np.array([[10], [100]])
print(m)
m -= 1
print(m)
try:
    row = np.zeros(3)
    row += np.ones((2, 3))
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    m += np.ones(2)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
