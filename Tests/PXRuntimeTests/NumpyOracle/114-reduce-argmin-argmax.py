# argmin and argmax: flat index by default, per axis otherwise; first of ties; nan wins.
import numpy as np

m = np.array([[3, 7, 7], [9, 0, 9]])
print(repr(m.argmax()), repr(m.argmin()), m.argmax(axis=0), m.argmin(axis=1))
print(np.argmax(m, axis=1), np.argmin(m, axis=0), repr(np.argmax(np.array([1.0, np.nan, 3.0]))))
print(np.argmax(m, axis=1, keepdims=True))
print(np.unravel_index(m.argmax(), m.shape))
try:
    np.array([]).argmax()
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
