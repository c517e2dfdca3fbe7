# dataclasses: generated __init__/__repr__/__eq__, defaults, field(), order, frozen, hashing, helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p.x + p.y)
print(Point.__init__.__qualname__, Point.__repr__.__name__, [f.name for f in fields(Point)])
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__match_args__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict, compare=False)

a = Inventory("a")
b = Inventory("b")
a.items.append("hammer")
print(a, b, a.items is b.items, a.count)
print(asdict(a), astuple(b))
print(Inventory("x", tags={"k": 1}) == Inventory("x"))

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

c = Color(255, 128, 0)
print(c, c.hex(), hash(c) == hash(Color(255, 128, 0)), {c: "orange"}[Color(255, 128, 0)])
try:
    c.r = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
print(replace(c, g=0), c)

@dataclass
class Employee:
    name: str
    salary: float
    manager: "Employee" = None
    def __post_init__(self):
        self.email = self.name.lower() + "@example.com"

boss = Employee("Ada", 200.0)
dev = Employee("Bob", 100.0, boss)
print(dev.email, dev.manager.name, asdict(dev)["manager"]["name"])

@dataclass
class Base:
    id: int
    label: str = "base"

@dataclass
class Derived(Base):
    extra: bool = False

d = Derived(7, extra=True)
print(d, [f.name for f in fields(d)], isinstance(d, Base))

@dataclass(eq=False)
class Node:
    value: int
n1, n2 = Node(1), Node(1)
print(n1 == n2, n1 == n1, hash(n1) == hash(n1))

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str
print(hash(Key(1, "x")) == hash(Key(1, "x")), len({Key(1, "x"), Key(1, "x"), Key(2, "x")}))

@dataclass
class Custom:
    v: int
    def __repr__(self):
        return f"<Custom {self.v}>"
print(Custom(5), Custom(5) == Custom(5))

@dataclass(repr=False, init=False)
class Manual:
    v: int = 3
m = Manual()
print(m.v, "Manual object" in repr(m))

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1
print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Matrix:
    rows: int
    cols: int
    data: list = field(default_factory=list)
    def __post_init__(self):
        if not self.data:
            self.data = [[0] * self.cols for _ in range(self.rows)]
    def transpose(self):
        return Matrix(self.cols, self.rows, [list(r) for r in zip(*self.data)])
mat = Matrix(2, 3)
mat.data[0][1] = 5
print(mat.transpose())
print(dataclasses.asdict(Point(4, 5)), Point(*astuple(Point(6, 7))))
