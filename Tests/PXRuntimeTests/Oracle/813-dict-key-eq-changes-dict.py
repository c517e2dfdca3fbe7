# A dict key whose __eq__ changes the same dict during a lookup: CPython searches again when the table moved,
# never crashes, and passes on what __eq__ raises.

d = {}


class Grow:
    """Every comparison adds entries to d (enough to make the table grow)."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        for i in range(20):
            d[("grow", self.n, i, len(d))] = i
        return isinstance(other, Grow) and other.n == self.n

    def __repr__(self):
        return f"Grow({self.n})"


d[Grow(1)] = "one"
d[Grow(2)] = "two"
print("lookup", d[Grow(1)], d[Grow(2)])
print("in", Grow(2) in d, Grow(3) in d)
print("get", d.get(Grow(3), "missing"))
print("setdefault", d.setdefault(Grow(1), "other"))
print("pop", d.pop(Grow(2)))
print("grow keys", sorted(k.n for k in d if isinstance(k, Grow)))
print("size grew", len(d) > 40)


class Clear:
    """The first comparison empties the dict."""

    armed = True

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if Clear.armed:
            Clear.armed = False
            e.clear()
        return self is other


e = {}
a = Clear()
e[a] = 1
e[Clear()] = 2
print("after clear", len(e), list(e.values()))


class Raise:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        raise ValueError("no comparing")


f = {Raise(): 1}
try:
    f[Raise()] = 2
except ValueError as exc:
    print("ValueError", exc)
try:
    print(Raise() in f)
except ValueError as exc:
    print("ValueError", exc)
print(len(f))


class Remove:
    """Each comparison deletes the stored key it is (CPython calls the stored key's __eq__)."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 5

    def __eq__(self, other):
        for k in list(g):
            if k is self:
                del g[k]
        return False


g = {}
for n in range(4):
    g[Remove(n)] = n
print("after removals", len(g), list(g.values()))

h = {}


class Once:
    done = False

    def __hash__(self):
        return 11

    def __eq__(self, other):
        if not Once.done:
            Once.done = True
            h.update({i: i for i in range(100)})
        return False


h[Once()] = "first"
h[Once()] = "second"
print("update inside", len(h), sorted(v for v in h.values() if isinstance(v, str)))

# The repro of the bug: __hash__ 1 and __eq__ storing into the dict.
r = {}


class K:
    calls = 0

    def __hash__(self):
        return 1

    def __eq__(self, other):
        K.calls += 1
        if K.calls < 50:
            r[K()] = 0
        return False


r[K()] = 0
r[K()] = 1
print("repro", len(r) >= 2, K() in r)

# functools.cache keeps its results in a dict: an argument whose __eq__ calls the cached function.
import functools


@functools.cache
def square(x):
    return x.n * x.n if isinstance(x, Arg) else x * x


class Arg:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 2

    def __eq__(self, other):
        for i in range(30):
            square(i)
        return isinstance(other, Arg) and other.n == self.n


print("cache", square(Arg(3)), square(Arg(4)), square(Arg(3)), square(5))
