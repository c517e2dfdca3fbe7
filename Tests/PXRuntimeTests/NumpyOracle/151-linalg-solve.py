# np.linalg.solve for one or several right-hand sides; a singular matrix raises LinAlgError.
import numpy as np

a = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([9.0, 8.0])
x = np.linalg.solve(a, b)
print(x, np.allclose(a @ x, b))
a3 = np.array([[2.0, 0.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 8.0]])
print(np.linalg.solve(a3, np.array([[2.0, 4.0], [4.0, 8.0], [8.0, 16.0]])))
print(repr(np.linalg.solve(np.array([[2, 0], [0, 4]]), np.array([1, 1]))))
try:
    np.linalg.solve(np.array([[1.0, 2.0], [2.0, 4.0]]), b)
except np.linalg.LinAlgError as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.linalg.solve(a, np.array([1.0, 2.0, 3.0]))
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
