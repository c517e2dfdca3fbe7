d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d))
d["b"] = 20
print(d)
del d["b"]
d["b"] = 200
print(d)
print("a" in d, "z" in d, 1 in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k in d:
    print(k, d[k])
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
print(dict([("x", 1)], y=2), dict(zip("abc", range(3))), dict({"a": 1}, a=2))
print({1: "int", 1.0: "float"}, {(1, 2): "t"}, {None: 0, True: 1})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, {**a, "w": 0, **b})
print(a == {"y": 2, "x": 1}, a != b)
e = {}
for word in "a b a c b a".split():
    e[word] = e.get(word, 0) + 1
print(e)
keys = d.keys()
d["new"] = 0
print(keys, len(keys))
print(sorted({3: "c", 1: "a", 2: "b"}.items()))
print({k: 0 for k in ["p", "q"]}, list(reversed(d)))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
