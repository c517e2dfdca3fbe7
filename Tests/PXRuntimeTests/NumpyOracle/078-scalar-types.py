# Scalar types and constructors.
import numpy as np

print(type(np.float64(1)).__name__, type(np.int64(1)).__name__, type(np.bool_(1)).__name__, repr(np.bool(1)))
print(type(np.float32(1)).__name__, type(np.int32(1)).__name__)
print(np.float64(1) == 1.0, np.int64(3) == 3, np.True_ == True)
print(repr(np.float64(3)), repr(np.int64(3.9)), repr(np.int32(-3.9)), repr(np.bool_(0)))
print(repr(np.float64("1.25")), repr(np.float32(1) / np.float32(3)))
print(np.float64(7).dtype, np.int32(7).dtype, np.True_.dtype)
print(np.float64(2).shape, np.float64(2).ndim, np.int64(2).itemsize)
print(np.pi, np.e, repr(np.pi), np.inf, repr(np.nan))
