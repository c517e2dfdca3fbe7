s = {1, 2, 3}
s.add(4); s.add(2)
print(s, len(s))
s.discard(1); s.discard(99)
print(s)
s.remove(4)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a.union(b), a.union([7]))
print(a & b, a.intersection(b), a.intersection(range(2)))
print(a - b, a.difference(b), b - a)
print(a ^ b, a.symmetric_difference(b))
print({1, 2}.issubset(a), {1, 7}.issubset(a), set().issubset(a))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1})
print(2 in a, 7 not in a)
print(set([3, 1, 3, 2]), set(range(5)), set("aaa"), set())
print(sorted(set("hello")), len(set("hello")))
print(sorted({5, 1, 3}), sum({1, 2, 3}), max({4, 7, 1}), min({4, 7, 1}))
u = {1, 2}
v = u
v.add(3)
print(u)
print(len({(1, 2), (1, 2), (2, 1)}))
print({1, 2, 3} - {2} | {5})
e = set()
e.add(0)
print(e, bool(set()), bool(e))
print(type(set()).__name__, type({1}).__name__, type({}).__name__)
print(sorted({x % 4 for x in range(20)}), {1.0, 1} == {1})
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
