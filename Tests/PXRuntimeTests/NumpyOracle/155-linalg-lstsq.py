# lstsq fits a line: solution, residuals, rank and singular values.
import numpy as np

x = np.array([0.0, 1.0, 2.0, 3.0])
y = np.array([-1.0, 0.2, 0.9, 2.1])
A = np.vstack([x, np.ones(len(x))]).T
sol, res, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print(np.round(sol, 10), np.round(res, 10), rank, sv.shape)
exact = np.array([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]])
sol, res, rank, sv = np.linalg.lstsq(exact, np.array([1.0, 4.0, 0.0]), rcond=None)
print(np.round(sol, 10) + 0.0, np.round(res, 10) + 0.0, rank, np.round(sv, 10))
sol, res, rank, sv = np.linalg.lstsq(np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([2.0, 2.0]), rcond=None)
print(np.round(sol, 10), repr(res), rank)
