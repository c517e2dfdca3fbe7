# Attribute reads, stores and method calls stay correct while classes and instances change under them
# (swiftpx caches lookups per access site; every change must be seen).
class A:
    kind = "A"
    def who(self): return "A.who"
    def value(self): return self.v
class B(A):
    kind = "B"
    def who(self): return "B.who"

def probe(obj):
    return obj.kind, obj.who(), obj.value()

a, b = A(), B()
a.v, b.v = 1, 2
for obj in [a, b, a, b]:
    print(probe(obj))
A.kind = "A2"
def new_who(self): return "patched " + type(self).__name__
A.who = new_who
print(probe(a), probe(b))
del B.who
print(probe(b))
a.who = lambda: "instance attribute"
print(probe(a), probe(A()) if hasattr(A(), "v") else "no v")
del a.who
print(probe(a))
a.kind = "own kind"
print(probe(a), A.kind)
a.__dict__["v"] = 10
print(probe(a))
a.__dict__.clear()
print(hasattr(a, "v"), a.kind)

class P:
    def __init__(self): self._x = 0
def getter(self): return self._x * 100
for i in range(3):
    p = P()
    p._x = i
    print(getattr(p, "x", "no x"))
    if i == 0:
        P.x = property(getter)

class Slots:
    def __init__(self, n): self.n = n
objs = [Slots(i) for i in range(4)]
for o in objs:
    o.n += 1
objs[2].extra = "late"
print([o.n for o in objs], [getattr(o, "extra", None) for o in objs])

class Guarded:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
g = Guarded()
for i in range(3):
    g.x = i
    print(g.x)

class Dyn:
    def __getattr__(self, name):
        return "dyn " + name
d = Dyn()
for i in range(2):
    print(d.missing)
    d.missing = "now set"

def call_all(items):
    return [x.speak() for x in items]
class Cat:
    def speak(self): return "meow"
class Cow:
    def speak(self): return "moo"
print(call_all([Cat(), Cow(), Cat(), Cow()]))
Cat.speak = lambda self: "purr"
print(call_all([Cat(), Cow()]))

class Vec:
    def __init__(self, x): self.x = x
    def __add__(self, o): return Vec(self.x + o.x)
    def __repr__(self): return f"Vec({self.x})"
class Vec2(Vec):
    def __radd__(self, o): return "Vec2.__radd__"
    def __add__(self, o): return "Vec2.__add__"
def add(p, q): return p + q
print(add(Vec(1), Vec(2)), add(Vec(1), Vec2(5)), add(Vec2(1), Vec(2)))
Vec.__add__ = lambda self, o: "patched add"
print(add(Vec(1), Vec(2)))
