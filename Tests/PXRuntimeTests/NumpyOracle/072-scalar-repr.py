# numpy 2 scalars: repr shows the type, str shows the number.
import numpy as np

values = [np.float64(30.0), np.float64(0.1), np.float64(-2.5e-10), np.float64(1e20),
          np.int64(7), np.int64(-3), np.int32(5), np.float32(0.1), np.float32(3.0),
          np.bool_(True), np.bool_(False), np.True_, np.float64("nan"), np.float64("-inf")]
for v in values:
    print(repr(v), str(v))
print(np.float64(2.0), np.int64(4), np.True_)
print(f"{np.float64(1.0)} {np.int64(5)} {np.float32(0.5)}")
print("%s %r" % (np.float64(2.5), np.float64(2.5)))
