# Operator special methods: arithmetic, reflected, in-place, unary, comparisons, hashing.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __bool__(self): return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, a @ b, -a, +a, abs(b))
print(sum([a, b, Vec(1, 1)]), a == Vec(1, 2), a != b, a == 3, sorted([b, a]), max(a, b), bool(Vec(0, 0)))
print(len({a, Vec(1, 2), b}), {a: "a"}[Vec(1, 2)])
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)

class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return f"Bits({self.v:#b})"
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, ~x)

class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o): return self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
    def __repr__(self): return f"${self.cents / 100:.2f}"
m = [Money(500), Money(150), Money(999)]
print(sorted(m), min(m), Money(1) < Money(2), Money(3) > Money(2), Money(2) >= Money(2), Money(1) != Money(1))

class Left:
    def __add__(self, o): return "Left.__add__"
class Right:
    def __radd__(self, o): return "Right.__radd__"
class SubLeft(Left):
    def __radd__(self, o): return "SubLeft.__radd__"
print(Left() + Right(), 1 + Right(), Left() + SubLeft())

class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __format__(self, spec): return f"Num<{self.v:{spec}}>"
n = Num(7.5)
print(f"{n:.2f}", format(n, ">6"), f"{n}")

class Container:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
box = Container()
box["a"] = 1
box["b"] = 2
del box["a"]
print(len(box), "b" in box, "a" in box, box["b"])
try:
    box["zz"]
except KeyError as e:
    print("KeyError", e)
