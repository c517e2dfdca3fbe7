from __future__ import print_function
from functools import reduce
from math import sqrt
import numpy as np

X = np.linspace(0,100)
add = lambda a,b: a+b
sq = lambda x: x*x
print(sqrt(reduce(add, map(sq, X)) / len(X)))
print(sqrt(reduce(add, map(sq, range(101))) / 101))
print(len(list(map(sq, X))), float(list(map(sq, X))[-1]))

id = 3
def sleep_here(t):
    import time
    time.sleep(t)
    return id, t

print(sleep_here(0))
delays = [0.01 * t for t in range(10)]
print(delays)
results = list(map(sleep_here, delays[:3]))
print(results)
for i, r in enumerate(results):
    print("task %i on engine %i: %.3f" % (i, r[0], r[1]))
for i, r in enumerate([0.5, 1.25, 2.0]):
    print("%i: %.3f" % (i, r))
print("slept %.2fs on engine %i" % (0.995, 1))
pids = {0: 101, 1: 102}
print(sorted(pids.keys()) == [0, 1], len(set(pids.values())) == 2)
print(all(m == pids for m in [pids, dict(pids)]))
print([0.01 * t for t in range(100, 90, -1)])
