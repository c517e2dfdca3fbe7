# Classes deriving from built-in types, and __new__.
class Registry(dict):
    def register(self, name):
        def deco(f):
            self[name] = f
            return f
        return deco
    def __missing__(self, key):
        return f"<no {key}>"

reg = Registry(base=0)
@reg.register("double")
def double(x):
    return 2 * x
print(reg["double"](21), reg["nothing"], len(reg), sorted(reg), "base" in reg, isinstance(reg, dict), {**reg}.keys())
reg.update(extra=1)
print(reg.get("extra"), list(reg.keys()), type(reg).__name__, dict(reg) == {"base": 0, "double": double, "extra": 1})

class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]
h = History(3)
for i in range(5):
    h.append(i)
print(h, len(h), h[0], h[-1], list(reversed(h)), sum(h), 3 in h, h.limit, isinstance(h, list))
print(sorted(h, reverse=True), [x * 2 for x in h], h + [9], bool(History(1)))

class Tags(set):
    def describe(self):
        return ",".join(sorted(self))
t = Tags(["b", "a"])
t.add("c")
print(t.describe(), len(t), "a" in t)

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u.lower(), isinstance(u, str), u == "HELLO", u[1:3], f"[{u}]")

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)
    def fahrenheit(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.fahrenheit(), c + 1, c > 50, round(c), int(c))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

class Id(int):
    def __repr__(self):
        return f"Id({int(self)})"
i = Id(7)
print(i, i + 1, i * 2, i == 7, [i], hash(i) == hash(7), range(10)[i])

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), list(p))

class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
a, b = Singleton(1), Singleton(2)
print(a is b, a.value)

class Odd:
    def __new__(cls):
        return 42
print(Odd(), type(Odd()))
