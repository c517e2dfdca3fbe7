# np.linalg beyond the basics: matrix_rank, pinv, matrix_power, cond, multi_dot, and their errors.
import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0]])
s = np.array([[1.0, 2.0], [2.0, 4.0]])
print(repr(np.linalg.matrix_rank(a)), repr(np.linalg.matrix_rank(s)), repr(np.linalg.matrix_rank(np.zeros((3, 2)))))
print(repr(np.linalg.matrix_rank(np.array([1.0, 0.0]))), repr(np.linalg.matrix_rank(np.eye(4)[:3])))
print(np.linalg.matrix_rank(np.stack([a, s])), np.linalg.matrix_rank(s, tol=10.0))
print(np.round(np.linalg.pinv(a), 10) + 0.0)
print(np.round(np.linalg.pinv(np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])), 10) + 0.0)
print(np.linalg.pinv(np.array([[1, 2], [2, 4]])).shape, np.linalg.pinv(np.eye(2, dtype=np.float32)).dtype)
m = np.array([[1, 1], [1, 0]])
print(np.linalg.matrix_power(m, 10), np.linalg.matrix_power(m, 0))
print(np.round(np.linalg.matrix_power(a, -2), 10) + 0.0)
print(np.linalg.matrix_power(np.array([[2.0, 0.0], [0.0, 3.0]]), 3))
print(repr(np.round(np.linalg.cond(a), 8)), repr(np.round(np.linalg.cond(a, "fro"), 8)), repr(np.round(np.linalg.cond(a, 1), 8)))
print(repr(np.round(np.linalg.cond(a, np.inf), 8)), repr(np.round(np.linalg.cond(a, -2), 8)))
print(np.linalg.multi_dot([np.arange(6).reshape(2, 3), np.ones((3, 4)), np.arange(4)]))
for f in [lambda: np.linalg.matrix_power(np.ones((2, 3)), 2),
          lambda: np.linalg.matrix_power(m, 1.5),
          lambda: np.linalg.matrix_power(s, -1),
          lambda: np.linalg.pinv(np.array([1.0, 2.0])),
          lambda: np.linalg.multi_dot([np.ones(3)])]:
    try:
        print(f())
    except (ValueError, TypeError, np.linalg.LinAlgError) as e:
        print(type(e).__name__ + ": " + str(e))
