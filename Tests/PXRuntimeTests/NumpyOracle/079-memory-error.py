# An allocation that cannot be satisfied raises MemoryError with numpy's message; the process goes on.
import numpy as np

for make in [lambda: np.zeros(10**15), lambda: np.ones((10**8, 10**8)), lambda: np.empty(2**60, dtype=np.int32),
             lambda: np.arange(10**15), lambda: np.full((10**9, 10**9), True)]:
    try:
        make()
        print("allocated")
    except MemoryError as e:
        print("MemoryError: " + str(e))
print(np.zeros(3))
