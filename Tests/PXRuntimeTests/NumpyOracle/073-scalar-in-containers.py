# Lists, tuples and dicts of numpy scalars print their reprs, as partial sums gathered from engines do.
import numpy as np

data = np.arange(10.0)
parts = [data[0:5].sum(), data[5:].sum()]
print(parts)
print(sum(parts), repr(sum(parts)))
print((np.int64(1), np.float32(2.0)))
print({"mean": data.mean(), "max": data.max(), "argmax": data.argmax()})
print([np.arange(3).sum(), (np.arange(3) > 1).any()])
print([np.float64(1.5)], str([np.int32(2)]))
