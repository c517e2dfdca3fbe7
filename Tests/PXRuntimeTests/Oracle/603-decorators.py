import functools
def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print("->", f.__name__, args)
        return f(*args, **kwargs)
    return wrapper
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def g(x): return x
g(1)
g(2)
print(g.calls)
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
        functools.update_wrapper(self, f)
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.__name__, len(fib.cache))
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Plugin:
    pass
print(REG, Plugin.__name__)
print(str.lower, dict.get, list.append)
print(int.__name__, str.upper("abc"), list.__len__([1, 2]))
print(dict.fromkeys(["a", "b"], 0))
