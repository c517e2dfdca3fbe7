class Temp:
    def __init__(self, c): self._c = c
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); del self._c
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(10)
t.c = 20
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("error", e)
try:
    t.f = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.c
print(hasattr(t, "_c"))

class Lazy:
    def __getattr__(self, name):
        return name.upper()
l = Lazy()
l.real = 1
print(l.real, l.foo)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
lg = Logged()
lg.a = 5
print(lg.a)

class V:
    def __init__(self, x): self.x = x
    def __mul__(self, k): return V(self.x * k)
    def __rmul__(self, k): return V(self.x * k * 10)
    def __iadd__(self, o): self.x += o; return self
    def __neg__(self): return V(-self.x)
    def __abs__(self): return abs(self.x)
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"V({self.x})"
    def __hash__(self): return hash(self.x)
    def __eq__(self, o): return self.x == o.x
    def __call__(self, y): return self.x + y
    def __bool__(self): return self.x != 0
v = V(3)
print(v * 2, 2 * v, -v, abs(V(-4)), sorted([V(3), V(1), V(2)]), v(10))
v += 5
print(v, bool(V(0)), {V(1): "a"}[V(1)], len({V(1), V(1), V(2)}))
print(max([V(3), V(7), V(5)]), min(V(3), V(1)))

class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
class X(Base): pass
class Y(Base): pass
print(Base.registry)

def make_class(k):
    class Inner:
        factor = k
        def get(self): return k * 2
    return Inner
I = make_class(21)
print(I().get(), I.factor, I.__qualname__, I)

class Outer:
    class Nested:
        pass
print(Outer.Nested, Outer.Nested.__qualname__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
print(Slotted().a)

Dyn = type("Dyn", (object,), {"x": 5, "hi": lambda self: "hi " + str(self.x)})
print(Dyn().hi(), Dyn.__name__, Dyn)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

class E1(Exception): pass
class E2(E1): pass
try:
    raise E2("x", 1)
except E1 as e:
    print(type(e).__name__, e.args, str(e), repr(e), isinstance(e, Exception))
print(E2.__mro__)
class Meta:
    x = 1
m = Meta()
m.x = 2
print(m.x, Meta.x)
del m.x
print(m.x)
print(callable(Meta), callable(m), callable(v))

class CM:
    @classmethod
    def create(cls): return cls()
class CM2(CM): pass
print(type(CM2.create()).__name__)
print(getattr(m, "nope", "default"), hasattr(m, "x"))
