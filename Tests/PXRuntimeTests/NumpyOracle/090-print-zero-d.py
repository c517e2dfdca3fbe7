# 0-d arrays print as their value; repr as array(value).
import numpy as np

for z in [np.array(3.5), np.array(-2), np.array(True), np.array(1e20), np.array(0.1, dtype=np.float32),
          np.array(7, dtype=np.int32), np.array(np.nan), np.array(-0.0)]:
    print(z, repr(z))
print(str(np.array(2.0)), "%s" % np.array(4))
