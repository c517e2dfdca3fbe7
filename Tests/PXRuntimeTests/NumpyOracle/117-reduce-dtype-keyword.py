# Reduction result dtypes: small ints and bools sum to int64; dtype= overrides.
import numpy as np

i32 = np.arange(5, dtype=np.int32)
f32 = np.array([0.1, 0.2, 0.3], dtype=np.float32)
b = np.array([True, True, False])
print(repr(i32.sum()), repr(i32.prod()), repr(i32.max()), repr(i32.mean()))
print(repr(f32.sum()), repr(f32.mean()), repr(f32.std()))
print(repr(b.sum()), repr(b.max()))
print(repr(i32.sum(dtype=np.float32)), repr(np.sum(f32, dtype=np.float64)), repr(np.mean(i32, dtype=np.float32)))
print(repr(np.arange(4).reshape(2, 2).sum(axis=0, dtype=np.int32)))
