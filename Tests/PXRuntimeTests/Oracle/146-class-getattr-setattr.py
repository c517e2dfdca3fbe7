class Record:
    def __init__(self, **fields):
        self.__dict__["fields"] = dict(fields)

    def __getattr__(self, name):
        if name in self.fields:
            return self.fields[name]
        raise AttributeError(f"no field {name!r}")

    def __setattr__(self, name, value):
        print("set", name)
        self.fields[name] = value


r = Record(a=1)
print(r.a, r.fields)
r.b = 2
print(r.b, getattr(r, "b"), hasattr(r, "zzz"), getattr(r, "zzz", None))
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    x = 1


p = Plain()
setattr(p, "y", 2)
print(getattr(p, "x"), p.y, hasattr(p, "y"))
delattr(p, "y")
print(hasattr(p, "y"))
try:
    delattr(p, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
