# Strides in bytes: contiguous, transposed, sliced with steps, reversed.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a.strides)
print(a.T.strides)
print(a[:, ::2, 1:].strides)
print(a[::-1].strides)
print(a[..., ::-2].strides)
print(np.arange(5).strides, np.arange(5)[::-1].strides, np.arange(10)[::3].strides)
print(np.zeros((3, 4), dtype=np.float32).strides)
print(np.zeros((3, 4), dtype=np.int32).T.strides)
print(np.ones((2, 2), dtype=bool).strides)
print(np.array(1.0).strides)
print(np.arange(6).reshape(2, 3).swapaxes(0, 1).strides)
