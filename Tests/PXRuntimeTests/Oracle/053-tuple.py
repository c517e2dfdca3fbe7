t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:])
print((), (1,), (1, 2) + (3,), (0,) * 3, 2 * ("a", "b"))
print(1, 2 == (1, 2), (1, 2) == (1, 2))
print(t.index(2), t.count(2), (1, 1, 2).count(1))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
print(3 in t, 5 not in t, max(t), min(t), sum(t))
a, b, c = t
print(a + b + c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1], len(nested))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 100))
print(sorted([(2, "a"), (1, "b")]))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
print(type(t).__name__, isinstance(t, tuple), type((1)).__name__, type((1,)).__name__)
x = 1,
print(x, repr(x))
single = ("only",)
print(single, str(single))
print(tuple(x * 2 for x in t))
print((1, [2, 3]), ("a", None, 1.5, True))
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    t[5]
except IndexError as e:
    print("IndexError", e)
