# dtype objects: str, repr, equality with types and names, kind and itemsize.
import numpy as np

for t in [np.float64, np.float32, np.int64, np.int32, np.bool_]:
    d = np.dtype(t)
    print(str(d), repr(d), d.name, d.itemsize, d.kind)
print(np.dtype("float64") == np.float64)
print(np.dtype("int32") == np.int64)
print(np.dtype(float), np.dtype(int), np.dtype(bool))
a = np.arange(3, dtype=np.int32)
print(a.dtype == "int32", a.dtype == np.int32, a.dtype != np.int64)
print(np.array([1.5]).astype("float32").dtype)
print(np.zeros(2, dtype="int64").dtype, np.zeros(2, dtype=int).dtype, np.zeros(2, dtype=float).dtype)
