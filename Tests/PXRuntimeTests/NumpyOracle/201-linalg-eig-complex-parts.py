# np.linalg.eig and eigvals with complex eigenvalues: complex128 results for the whole stack when any
# eigenvalue is complex, conjugate pairs of eigenvectors (printed as rounded moduli: LAPACK builds differ
# in the last bits), and real results otherwise.
import numpy as np

rotation = np.array([[0.0, -1.0], [1.0, 0.0]])
w, v = np.linalg.eig(rotation)
print(repr(w), w.dtype, v.dtype, v.shape)
print(np.round(np.abs(v), 10) + 0.0)
print(repr(np.round(v.real, 10) + 0.0), repr(np.round(np.abs(v.imag), 10) + 0.0))
result = np.linalg.eig(rotation)
print(type(result).__name__, repr(result.eigenvalues))
stack = np.array([[[0.0, -1.0], [1.0, 0.0]], [[2.0, 0.0], [0.0, 3.0]]])
print(repr(np.linalg.eigvals(stack)))
ws, vs = np.linalg.eig(stack)
print(repr(ws), vs.shape, vs.dtype)
print(np.round(np.abs(vs), 10) + 0.0)
block = np.array([[1.0, -2.0, 0.0], [2.0, 1.0, 0.0], [0.0, 0.0, 3.0]])
wb = np.linalg.eigvals(block)
print(np.round(wb.real, 10) + 0.0, np.round(wb.imag, 10) + 0.0)
print(repr(np.linalg.eigvals(np.array([[2.0, 1.0], [1.0, 2.0]]))))
i = np.linalg.eigvals(rotation)[0]
print(repr(i), repr(i * i), repr(1 + 2 * i), repr((1 + 2 * i).real), repr((3 - i).imag), str(1 + 2 * i))
print(repr(np.complex128(2.5)), repr(np.complex128(0)), repr(np.complex128()), str(np.complex128(-1.5)))
print(repr(i.conjugate()), repr(abs(3 + 4 * i)), i == i, i != i, (i * i).item(), type((i * i).item()).__name__)
