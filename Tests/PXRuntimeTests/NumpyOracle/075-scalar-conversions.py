# Converting numpy scalars to Python numbers and formatting them.
import numpy as np

x = np.float64(2.675)
n = np.int64(42)
print(float(x), int(x), int(n), float(n), bool(np.float64(0.0)), bool(n))
print(round(x, 2), repr(round(x, 2)), round(np.float64(2.5)), repr(round(np.float64(3.5))))
print(f"{x:.3f} {n:5d} {x:e} {n:x}")
print("%.2f %d %5.1f" % (x, n, x))
print(str(x), str(n), repr(x.item()), type(n.item()).__name__)
print(isinstance(x, float), isinstance(n, int), isinstance(np.float32(1), float))
print([1, 2, 3][np.int64(1)], "abc"[np.int32(2)])
print(int(np.float32(3.9)), float(np.int32(2)))
