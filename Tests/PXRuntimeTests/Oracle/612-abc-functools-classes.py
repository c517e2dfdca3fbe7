# abc, functools' class and caching decorators, and the conversions special methods give.
from abc import ABC, ABCMeta, abstractmethod
import functools

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: area {self.area()}, perimeter {self.perimeter()}"

class Square(Shape):
    def __init__(self, side): self.side = side
    def area(self): return self.side ** 2
    def perimeter(self): return 4 * self.side

class Half(Shape):
    def area(self): return 0

for cls in [Shape, Half, Square]:
    try:
        print(cls(3).describe() if cls is Square else cls())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Square(1), ABC), Shape.__mro__[1].__name__, ABC.__module__)

class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class Named(Plugin):
    @property
    def name(self): return "named"
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
print(Named().name)

@functools.total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter): self.letter = letter
    def __eq__(self, other): return self.letter == other.letter
    def __lt__(self, other): return self.order.index(self.letter) < self.order.index(other.letter)
    def __repr__(self): return f"Grade({self.letter!r})"
g = [Grade("B"), Grade("F"), Grade("A"), Grade("C")]
print(sorted(g), Grade("B") >= Grade("C"), Grade("B") <= Grade("B"), Grade("A") > Grade("F"), max(g))
print(Grade.__ge__.__name__, Grade.__ge__.__qualname__)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @functools.cached_property
    def mean(self):
        self.computed += 1
        return sum(self.values) / len(self.values)
d = Dataset([1, 2, 3, 4])
print(d.mean, d.mean, d.computed, "mean" in vars(d))
del d.mean
print(d.mean, d.computed)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__(10))

@functools.lru_cache(maxsize=2)
def square(x):
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    square(x)
print(square.cache_info())

@functools.cache
def path_count(r, c):
    return 1 if r == 0 or c == 0 else path_count(r - 1, c) + path_count(r, c - 1)
print(path_count(10, 10), path_count.cache_info().currsize)

class Calc:
    @functools.lru_cache(maxsize=16)
    def heavy(self, n):
        return n * 1000
c = Calc()
print(c.heavy(3), c.heavy(3), Calc.heavy.cache_info())

class Meters:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return Meters(round(self.v, n)) if n else round(self.v)
m = Meters(7.6)
print(int(m), float(m), round(m), round(m, 1).v, [10, 20, 30, 40, 50, 60, 70, 80][m], range(m)[-1], hex(Meters(255)))
print(bin(Meters(5)), oct(Meters(8)))
