class Point:
    """A point."""
    count = 0
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    @property
    def first(self):
        return self.x
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def make(cls, v):
        return cls(v, v)

p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, (p + q).norm2())
print(p == Point(1, 2), p != q, Point.count)
print(p.first, Point.origin(), Point.make(5), Point.__doc__, Point.__name__)
print(type(p), type(p).__name__, isinstance(p, Point), isinstance(p, object))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __str__(self):
        return "Animal " + self.name

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex", "lab")
print(d.speak(), str(d), d.breed, isinstance(d, Animal), issubclass(Dog, Animal), Dog.__mro__)

class A: 
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError("bad", 42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))

class Stack:
    def __init__(self): self.items = []
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
    def push(self, x): self.items.append(x)
s = Stack()
for i in range(3): s.push(i * 10)
print(len(s), s[1], list(s), 20 in s, 5 in s, bool(s), bool(Stack()))

class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(4)), sum(Counter(10)))
it = iter(Counter(2))
print(next(it), next(it), next(it, "done"))

class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None); return True
with Ctx() as c:
    raise KeyError("x")
print("after")

def deco(f):
    def wrapper(*a):
        print("calling", f.__name__)
        return f(*a)
    return wrapper
def rep(n):
    def d(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return d
@deco
@rep(2)
def sq(x): return x * x
print(sq(3))
print(Point)
print(p.__dict__)
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, ["a", "b"])))
