# np.linalg.eig and eigvals on matrices with real eigenvalues (numpy then returns real arrays): triangular,
# symmetric, diagonalisable and stacked matrices, float32 in and out, and numpy's errors.
import numpy as np

def show(x):
    print(np.round(x, 10) + 0.0)

print(repr(np.linalg.eig(np.diag([3.0, 1.0, 2.0]))))
upper = np.array([[2.0, 1.0, 0.0], [0.0, 3.0, 4.0], [0.0, 0.0, 5.0]])
w, v = np.linalg.eig(upper)
show(w)
show(np.abs(v))
print(np.allclose(upper @ v, v * w))
sym = np.array([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]])
result = np.linalg.eig(sym)
show(result.eigenvalues)
print(np.allclose(sym @ result.eigenvectors, result.eigenvectors * result.eigenvalues))
show(np.linalg.eigvals(np.array([[1, 2], [3, 4]])))
print(np.linalg.eigvals(np.array([[1, 2], [3, 4]])).dtype)
stack = np.array([[[2.0, 0.0], [0.0, 1.0]], [[1.0, 1.0], [0.0, 3.0]]])
show(np.linalg.eigvals(stack))
print(np.linalg.eig(stack).eigenvectors.shape)
f = np.linalg.eigvals(np.array([[1.0, 0.5], [0.5, 1.0]], dtype=np.float32))
print(f.dtype, np.round(np.sort(f), 5))
print(np.linalg.eigvals(np.zeros((0, 0))).shape)
for bad in [np.ones((2, 3)), np.ones(3), np.array([[1.0, np.inf], [0.0, 1.0]])]:
    try:
        np.linalg.eig(bad)
    except np.linalg.LinAlgError as e:
        print("LinAlgError: " + str(e))
