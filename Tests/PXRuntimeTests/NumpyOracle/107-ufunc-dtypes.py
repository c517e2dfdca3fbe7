# Result dtypes of ufuncs: ints go to float64 for real functions, float32 stays float32.
import numpy as np

i = np.array([1, 4, 9])
i32 = np.array([1, 4, 9], dtype=np.int32)
f32 = np.array([1, 4, 9], dtype=np.float32)
b = np.array([True, False])
for fn in [np.sqrt, np.exp, np.log, np.sin, np.floor, np.ceil, np.trunc, np.abs, np.negative, np.sign]:
    print(fn.__name__, fn(i).dtype, fn(i32).dtype, fn(f32).dtype)
print(np.floor(b).dtype, np.abs(b).dtype, np.maximum(b, b).dtype)
print(np.maximum(i32, f32).dtype, np.hypot(i, i).dtype, np.arctan2(f32, f32).dtype)
