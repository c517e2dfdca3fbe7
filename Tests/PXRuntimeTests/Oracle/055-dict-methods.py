d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "dflt"), d.get("a", 99))
print(d.pop("a"), d, d.pop("z", "none"))
print(d.setdefault("b", 100), d.setdefault("c", 3), d.setdefault("n"), d)
d.update({"b": 22, "d": 4})
print(d)
d.update(e=5, f=6)
print(d)
d.update([("g", 7)])
print(d)
c = d.copy()
c["a"] = "copy-only"
print("a" in d, c["a"], len(c) - len(d))
d.clear()
print(d, len(d))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
inv = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
nested = {"outer": {"inner": 1}}
shallow = nested.copy()
shallow["outer"]["inner"] = 2
print(nested)
print({"k": [1]}.get("k")[0], {}.get("k", {}).get("x"))
e = {"one": 1}
print(e.pop("one"), e)
try:
    e.pop("one")
except KeyError as err:
    print("KeyError", err)
print(list({"z": 1, "a": 2, "m": 3}.keys()), max({"z": 1, "a": 2}), min({"z": 1, "a": 2}))
print(sum({1: "a", 2: "b"}), sorted({"b": 1, "a": 2}, reverse=True))
