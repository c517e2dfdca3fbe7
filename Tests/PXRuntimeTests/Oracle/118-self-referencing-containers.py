a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"name": "root"}
d["self"] = d
print(d)
nested = [a, d]
print(nested)
l = []
l.append(l)
l.append(l)
print(l, repr(l), str(l))
x = {"a": [1]}
x["a"].append(x)
print(x)
