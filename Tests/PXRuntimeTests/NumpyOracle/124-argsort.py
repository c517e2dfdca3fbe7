# argsort gives the order that sorts; stable sorting keeps ties in order.
import numpy as np

a = np.array([30, 10, 20, 10])
print(np.argsort(a, kind="stable"), a.argsort(kind="stable"))
print(a[np.argsort(a, kind="stable")])
m = np.array([[3, 1, 2], [0, 5, 4]])
print(np.argsort(m), np.argsort(m, axis=0))
print(np.argsort(np.array([2.5, np.nan, -1.0])))
print(np.argsort(-a, kind="stable"), repr(np.argsort(np.array([]))))
print(np.argsort(m, axis=None))
