# Containers compare their items as CPython's PyObject_RichCompareBool does: the same object equals itself,
# so a NaN stored and looked up through the same name is found although nan != nan. (Two NaNs made apart,
# float('nan') twice, are different objects in CPython and compare unequal in containers; swiftpx floats are
# values, not objects, so it cannot tell them apart: those cases are not in this program.)
import math
from collections import deque

nan = float("nan")
print(nan == nan, nan != nan, nan is nan)
d = {nan: 1, 2.5: 2}
print(d[nan], nan in d, d.get(nan), d.pop(nan), d)
d[nan] = 3
d[nan] += 1
print(d, len(d))
print(nan in [nan], [0.0, nan].index(nan), [nan, 1.0, nan].count(nan))
print((nan,) == (nan,), [nan] == [nan], [nan] != [nan], (1, nan) in [(1, nan)])
print([nan] < [nan, 1], (nan, 1) <= (nan, 2), {1: nan} == {1: nan}, {1: [nan]} == {1: [nan]})
s = {nan, nan, 1.0}
print(len(s), nan in s, sorted(s - {nan}), len(s & {nan}), {nan} <= s)
s.discard(nan)
print(s)
items = [1, nan, 2]
items.remove(nan)
print(items)
t = (1, nan)
print(t in {t: 0}, {t: 5}[t], t in {t})
print(math.nan in [math.nan], {math.nan: "x"}[math.nan], math.nan in (math.nan,))
dq = deque([1.0, nan])
print(dq.count(nan), dq.index(nan), nan in dq)
dq.remove(nan)
print(dq)
values = [nan, nan]
print(values.count(values[0]), dict.fromkeys(values), set(values) == {nan})
print(max([1, nan]), min([nan, 1]))
