# The iterator protocol, __getitem__ iteration, context managers, callables.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), sum(Countdown(4)), [x * 2 for x in Countdown(3)])
it = iter(Countdown(2))
print(it is iter(it), next(it), next(it), next(it, "end"))
for a, b in zip(Countdown(3), "abc"):
    print(a, b)
print(sorted(Countdown(4)), max(Countdown(6)), 3 in Countdown(5), 9 in Countdown(5))

class Squares:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield_value = i * i
            self.last = yield_value
        return iter([i * i for i in range(self.n)])
print(list(Squares(4)), tuple(Squares(3)), set(Squares(3)) == {0, 1, 4}, dict(zip(Squares(3), "xyz")))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(enumerate(Seq())))

class Reversible:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __reversed__(self): return iter(self.items[::-1])
print(list(reversed(Reversible([1, 2, 3]))))

class Timer:
    def __init__(self, name):
        self.name = name
        self.events = []
    def __enter__(self):
        self.events.append("enter " + self.name)
        return self.events
    def __exit__(self, exc_type, exc, tb):
        self.events.append("exit " + (exc_type.__name__ if exc_type else "ok"))
        return exc_type is KeyError
t = Timer("t")
with t as events:
    events.append("body")
print(t.events)
with Timer("u") as ev:
    raise KeyError("swallowed")
print("KeyError swallowed")
try:
    with Timer("v") as ev:
        raise ValueError("passes")
except ValueError as e:
    print("ValueError passed through:", e)
with Timer("a") as x, Timer("b") as y:
    pass
print(x, y)

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, scale=1): return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=3), list(map(add5, [1, 2, 3])), callable(add5))
