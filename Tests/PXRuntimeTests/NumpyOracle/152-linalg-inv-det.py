# inv and det; values printed rounded, so the last bits of LAPACK do not matter.
import numpy as np

a = np.array([[4.0, 7.0], [2.0, 6.0]])
ai = np.linalg.inv(a)
print(np.round(ai, 10) + 0.0)
print(np.allclose(a @ ai, np.eye(2)), np.allclose(ai @ a, np.eye(2)))
print(repr(round(float(np.linalg.det(a)), 10)), type(np.linalg.det(a)).__name__)
print(round(float(np.linalg.det(np.eye(3) * 2)), 10), round(float(np.linalg.det(np.array([[1, 2], [3, 4]]))), 10))
print(np.round(np.linalg.inv(np.array([[2, 0], [0, 5]])), 10) + 0.0)
print(round(float(np.linalg.det(np.array([[1.0, 2.0], [2.0, 4.0]]))), 10) + 0.0)
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print(type(e).__name__ + ": " + str(e))
