# concatenate along any axis keeps the other dimensions; mismatches raise numpy's errors.
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(6, 12).reshape(2, 3)
print(np.concatenate([a, b]))
print(np.concatenate((a, b), axis=1))
print(np.concatenate([a, b], axis=None))
print(np.concatenate([np.arange(2), np.arange(3), np.array([])]))
print(repr(np.concatenate([np.arange(2, dtype=np.int32), np.array([0.5], dtype=np.float32)])))
print(np.concatenate([a, b], axis=-1).shape, np.concatenate([a[:, :1], a], axis=1).shape)
try:
    np.concatenate([a, np.arange(2)])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.concatenate([a, np.ones((2, 2))])
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
try:
    np.concatenate([a, b], axis=2)
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
