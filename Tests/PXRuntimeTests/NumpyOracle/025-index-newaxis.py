# None and np.newaxis insert an axis of length one.
import numpy as np

print(np.newaxis is None)
a = np.arange(3)
print(repr(a[:, None]))
print(repr(a[None, :]))
print(a[np.newaxis].shape, a[:, np.newaxis].shape, a[None, None].shape)
m = np.arange(6).reshape(2, 3)
print(m[:, None, :].shape, m[None].shape, m[..., None].shape)
print(a[:, None] * a[None, :])
print(np.shares_memory(a, a[:, None]))
print(repr(np.array(2.0)[None]))
