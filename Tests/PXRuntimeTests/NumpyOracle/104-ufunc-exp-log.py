# exp, log, log10, log2, log1p, expm1 and sqrt.
import numpy as np

x = np.array([0.5, 1.0, 2.0, 10.0, 100.0])
print(np.exp(x))
print(np.log(x))
print(np.log10(x))
print(np.log2(x))
print(np.log1p(np.array([0.0, 1e-10, 1.0])), np.expm1(np.array([0.0, 1e-10, 1.0])))
print(np.sqrt(x))
print(np.exp(np.arange(3)), np.log2(np.array([1, 8, 1024])))
print(repr(np.sqrt(np.array([4.0], dtype=np.float32))), repr(np.exp(np.array([1], dtype=np.int32))))
print(repr(np.log(1.0)), repr(np.sqrt(16)), repr(np.exp(np.float32(0))))
print(np.cbrt(np.array([27.0, -8.0])), np.square(np.array([3, -2])))
