fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs, type(fs).__name__)
print(fs == frozenset({1, 2, 3}), fs == {1, 2, 3}, frozenset() == set())
print(sorted(fs | {9}), type(fs | {9}).__name__, type({9} | fs).__name__)
print(sorted(fs & frozenset([2, 3, 4])), sorted(fs - {1}), sorted(fs ^ {1, 5}))
d = {fs: "key"}
print(d[frozenset([1, 2, 3])])
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset()}
print(len(s))
print(frozenset(), repr(frozenset([5])), fs.issubset({1, 2, 3, 4}), fs.isdisjoint([7]), fs >= {1})
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(type(fs.union([10])).__name__, sorted(fs.union([10])), sorted(fs.intersection(range(3))))
print(frozenset("aab") == frozenset("ba"), sorted(frozenset(x % 3 for x in range(10))))
