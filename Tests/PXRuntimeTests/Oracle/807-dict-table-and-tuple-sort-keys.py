# dict storage: deletions in the middle and at the end, re-insertion, popitem, equal keys of different types,
# OrderedDict.move_to_end, large dicts and copies; tuple sort keys column by column; str.join/len/startswith.
import collections
d = {}
for i in range(2000):
    d[i * 7 % 1999] = i
for i in range(0, 1999, 3):
    del d[i]
print(len(d), sum(d.keys()), list(d.items())[:5], list(d)[-3:])
for i in range(0, 1999, 3):
    d[i] = -i
print(len(d), list(d.items())[-3:], d.get(3), d.get(4), d.get(100000, "x"))
while len(d) > 5:
    d.popitem()
print(d)
s = {("a", 1): 1, 1.0: 2, True: 3, "x": 4}
print(s, s[1], s.pop("x"), s)
o = collections.OrderedDict((k, k * 2) for k in "abcde")
o.move_to_end("c")
o.move_to_end("d", last=False)
print(o, list(o))
e = dict.fromkeys(range(100))
for k in list(e):
    if k % 2: e.pop(k)
print(list(e)[:10], len(e), 51 in e, 50 in e)
e.clear(); e["z"] = 1; print(e, e.setdefault("y", []), e)
c = collections.Counter("the quick brown fox jumps over the lazy dog".split())
print(c.most_common(3))
w = {"k%d" % i: i for i in range(50000)}
print(sum(w["k%d" % i] for i in range(0, 50000, 7)), "k49999" in w, "k50000" in w)
x = dict(w); del x["k0"]; print(len(w), len(x), next(iter(x)))
print(sorted([(3, "b"), (1, "z"), (3, "a"), (2, "q")], key=lambda t: (t[0], t[1])))
print(sorted([("b", 2.5, 1), ("a", 2.5, 2), ("a", 3.0, 0)], key=lambda t: (t[0], -t[1], t[2]), reverse=True))
print(sorted([(1, "a"), (1, 2)], key=lambda t: t[0]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
print(sorted([(float("nan"), 1), (1.0, 2)]), "-".join(["a", "é", ""]), "".join(x for x in "abc"), ",".join(()))
print(len("héllo wörld"), "abc".startswith("ab"), "héllo".endswith("llo"), "é".endswith(""), "".startswith(""))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
