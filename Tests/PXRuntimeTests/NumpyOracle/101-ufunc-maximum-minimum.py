# maximum and minimum compare elementwise with broadcasting; nan wins.
import numpy as np

a = np.array([1, 5, 3])
b = np.array([4, 2, 3])
print(np.maximum(a, b), np.minimum(a, b))
print(np.maximum(a, 2.5), np.minimum(np.arange(6).reshape(2, 3), np.array([[1], [4]])))
print(np.maximum(np.array([np.nan, 1.0]), np.array([0.0, np.nan])))
print(repr(np.maximum(np.array([1], dtype=np.int32), np.array([2], dtype=np.int32))))
print(repr(np.maximum(3, 5)), repr(np.minimum(2.5, np.float32(1))))
print(np.fmax(np.array([np.nan, 1.0]), np.array([0.0, np.nan])))
