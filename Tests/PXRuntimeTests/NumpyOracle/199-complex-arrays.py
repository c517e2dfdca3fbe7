# complex128 arrays: built through the .real/.imag views, printed as numpy 2 prints them, their parts,
# conjugate, absolute value and angle, and the dtype's names.
import numpy as np


def cx(re, im):
    z = np.zeros(len(re), dtype=np.complex128)
    z.real[:] = re
    z.imag[:] = im
    return z


z = cx([1.0, 3.25, 0.0, -0.0], [2.0, -1.0, 0.0, -1.0])
print(z)
print(repr(z))
print(z.dtype, z.dtype.kind, z.dtype.char, z.dtype.str, z.dtype.itemsize, z.itemsize, z.nbytes, z.strides)
print(type(z).__name__, isinstance(z, np.ndarray), z.shape, z.ndim, z.size)
print(z.real, z.imag)
print(repr(z.real), repr(z.imag))
print(np.conj(z))
print(z.conj())
print(np.abs(z))
print(abs(z))
print(np.angle(z))
print(np.angle(z, deg=True))
print(np.real(z), np.imag(z))
print(np.iscomplex(z), np.isreal(z))
print(np.iscomplexobj(z), np.isrealobj(z), np.iscomplexobj(z.real))
print(np.dtype("complex128"), np.dtype("c16"), np.dtype("D"), np.dtype("complex128") == np.complex128)
print(z.dtype == np.complex128, z.dtype == "complex128", z.dtype == np.float64)
print(repr(np.zeros(2, dtype="complex128")), repr(np.ones((2, 2), dtype=np.complex128)))
print(repr(np.zeros(0, dtype=np.complex128)), repr(np.zeros((2, 0), dtype=np.complex128)))
print(repr(np.array([1.5, 2.0]).astype(np.complex128)))
print(repr(np.array([1, 2], dtype=np.int32).astype("complex128")))
print(repr(np.array(z)), np.array(z) is z, np.asarray(z) is z)
print(repr(np.array([1.0, 2.0], dtype=np.complex128)))
m = np.zeros((2, 3), dtype=np.complex128)
m.imag[:] = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
m.real[1] = 0.5
print(m)
print(repr(m.T))
print(repr(m.reshape(3, 2)), repr(m.ravel()), repr(m.flatten()), repr(m.copy()))
print(repr(m[1]), repr(m[:, 1]), repr(m[1, 2]), repr(m[::-1, ::2]), repr(m[m.real > 0]))
print(len(m), [repr(x) for x in m[0]])
print(m.tolist())
m[0, 0] = 7.0
m[1] = 2
print(m)
print(repr(m[0, 0].real), repr(m[0, 0].imag), m[0, 0].dtype, type(m[0, 0]).__name__)
