# Issue: reductions returned plain Python floats; numpy 2 returns np.float64(30.0), which a list shows.
import numpy as np

partial = [np.arange(5.0).sum(), np.arange(5.0, 10.0).sum(), np.arange(10.0, 15.0).sum()]
print(partial)
print(sum(partial), repr(np.array([1.0, 2.0]).mean()))
