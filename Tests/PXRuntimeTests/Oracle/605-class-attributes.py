# Class and instance attributes, introspection, and dynamic changes.
class Config:
    """Holds settings."""
    debug = False
    level = 1
    names = []
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name}: debug={self.debug} level={self.level}"

a = Config("a")
b = Config("b")
print(a.describe(), b.describe())
Config.debug = True
print(a.describe(), b.debug)
a.level = 5
print(a.describe(), b.describe(), Config.level)
a.names.append("shared")
print(b.names, Config.names)
print(Config.__name__, Config.__qualname__, Config.__doc__, Config.__module__)
print(sorted(k for k in vars(a)), a.__dict__, vars(b))
print(type(a) is Config, a.__class__ is Config, a.__class__.__name__)
print(Config.__bases__, Config.__mro__)
print(hasattr(a, "name"), hasattr(a, "missing"), getattr(a, "level"), getattr(b, "zzz", 42))
setattr(a, "extra", [1, 2])
print(a.extra, "extra" in a.__dict__)
delattr(a, "extra")
print(hasattr(a, "extra"))
def shout(self):
    return self.name.upper()
Config.shout = shout
print(a.shout(), b.shout())
del Config.shout
print(hasattr(a, "shout"))
a.__dict__["direct"] = 7
print(a.direct)
print(isinstance(a, (int, Config)), isinstance(3, (str, int)), issubclass(bool, int), issubclass(Config, object))
print(isinstance(Config, type), type(Config), type(type), issubclass(Config, (int, Config)))
class Empty:
    pass
e = Empty()
print(e.__dict__, Empty.__doc__, bool(e))
e.x = 1
print(e.__dict__)
bound = a.describe
print(bound(), bound.__name__, bound.__self__ is a, bound.__func__ is Config.describe)
print(Config.describe(b))
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
items = [Counter() for _ in range(5)]
print([c.id for c in items], Counter.total)
class WithSlots:
    __slots__ = ["x", "y"]
    def __init__(self, x, y):
        self.x, self.y = x, y
w = WithSlots(1, 2)
print(w.x + w.y, WithSlots.__slots__)
Point = type("Point", (), {"x": 0, "__repr__": lambda self: f"Point(x={self.x})"})
p = Point()
p.x = 3
print(p, Point.__name__, type(p) is Point)
Sub = type("Sub", (Point,), {"y": 1})
print(Sub().x, Sub.y, Sub.__mro__ == (Sub, Point, object))
