data = {"name": "engine", "id": 3, "load": 0.4567}
print("%(name)s" % data)
print("%(name)s-%(id)d" % data)
print("%(name)-10s|%(id)05d|%(load).2f" % data)
print("%(load)r %(load)e" % data)
print("%(id)s %(id)s %(id)x" % data)
print("%(missing)s" % {"missing": None})
print("%(a)s%%" % {"a": 50})
print("no fields" % {})
try:
    print("%(nope)s" % data)
except KeyError as e:
    print("KeyError", e)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for name, n, v in rows:
    print("%-8s %4d %8.3f" % (name, n, v))
widths = [3, 5, 7]
for w in widths:
    print("[%*d]" % (w, w))
print("%s" % {"a": 1})
print("%s %s" % ([1], {"k": (1,)}))
line = "%s=%r" % ("key", "value")
print(line)
tmpl = "%d + %d = %d"
print(tmpl % (2, 3, 5))
args = (1, 2)
print("%s/%s" % args)
