# Deleting from a dict leaves its other entries in place: insertion order, popitem's LIFO order,
# reversed(), views and the errors of a dict changed during iteration, after many deletions.
from collections import OrderedDict

# A large dict emptied from the front (each deletion must cost O(1)), then refilled.
n = 40000
d = {k: k * 2 for k in range(n)}
for k in range(n // 2):
    del d[k]
print(len(d), next(iter(d)), list(d)[:3], list(d)[-3:], sum(d.values()))
for k in range(0, n, 3):
    d.pop(k, None)
print(len(d), list(d.items())[:3], list(reversed(d))[:3])
for k in range(5):
    d[k] = -k
print(len(d), list(d)[-6:], d.popitem(), d.popitem())
while len(d) > 3:
    d.popitem()
print(d)

# Deleting from the back and the middle, re-inserting a deleted key puts it last.
d = dict.fromkeys("abcdefgh", 0)
del d["h"]
del d["d"]
d["d"] = 1
print(d, list(reversed(d)), list(reversed(d.items())))
print(d.popitem(), d.popitem(), d)
d.clear()
d["x"] = 1
print(d, d.popitem())
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)

# Churn: the same number of keys, inserted and deleted many times.
d = {}
for i in range(30000):
    d[i] = i
    if i >= 10:
        del d[i - 10]
print(len(d), list(d))
print(d == {i: i for i in range(29990, 30000)}, d.copy() == d, dict(d) == d)

# Interleaved deletions and lookups of absent keys.
d = {str(i): i for i in range(1000)}
for i in range(0, 1000, 2):
    del d[str(i)]
print(len(d), "0" in d, "1" in d, d.get("998"), d.get("999"), list(d.keys())[-2:])

# move_to_end on a dict with holes.
od = OrderedDict((c, ord(c)) for c in "abcdef")
del od["a"]
del od["c"]
od.move_to_end("e", last=False)
od.move_to_end("b")
print(list(od), od.popitem(last=False), od.popitem())
od.move_to_end("f", last=False)
od["z"] = 0
print(list(od))

# Changing a dict while iterating over it.
d = {i: i for i in range(8)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e, len(d))
d = {i: i for i in range(11)}
for k in range(6, 11):
    del d[k]  # room left for six more entries without a resize (CPython's table too)
try:
    for k in d:
        del d[k]
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e, sorted(d))
d = {i: i for i in range(5)}
seen = []
for k in d:
    seen.append(k)
    d[k] = k + 1
print(seen, d)
d = {i: i for i in range(6)}
del d[2]
try:
    for v in d.values():
        d[v + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {i: i for i in range(6)}
del d[0]
del d[5]
it = reversed(d.items())
print(next(it), next(it))
d[7] = 7
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)

# Sets: deleting many elements, and changing a set while iterating.
s = set(range(20000))
for x in range(0, 20000, 2):
    s.discard(x)
print(len(s), min(s), max(s), 2 in s, 3 in s)
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
