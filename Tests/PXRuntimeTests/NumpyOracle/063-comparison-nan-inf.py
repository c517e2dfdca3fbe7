# Comparisons with nan are False (!= is True); inf compares as a number.
import numpy as np

f = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0])
print(f == f)
print(f != f)
print(f < 1, f > -1)
print(f == 0.0)
print(f == np.inf, f == -np.inf)
print(np.nan == np.nan, np.float64("nan") != np.float64("nan"))
