# A set element whose __eq__ changes the same set during a lookup: CPython searches again when the table
# changed, never crashes, and passes on what __eq__ raises.

s = set()


class Grow:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        for i in range(20):
            s.add(("grow", self.n, i, len(s)))
        return isinstance(other, Grow) and other.n == self.n


s.add(Grow(1))
s.add(Grow(2))
s.add(Grow(1))
print("grow elements", sorted(x.n for x in s if isinstance(x, Grow)))
print("in", Grow(2) in s, Grow(3) in s)
s.discard(Grow(2))
print("after discard", sorted(x.n for x in s if isinstance(x, Grow)))
print("size grew", len(s) > 40)


class Clear:
    armed = True

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if Clear.armed:
            Clear.armed = False
            t.clear()
        return self is other


t = set()
t.add(Clear())
t.add(Clear())
print("after clear", len(t))


class Raise:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        raise ValueError("no comparing")


u = {Raise()}
for action in ("add", "in", "remove", "discard"):
    try:
        if action == "add":
            u.add(Raise())
        elif action == "in":
            print(Raise() in u)
        elif action == "remove":
            u.remove(Raise())
        else:
            u.discard(Raise())
    except ValueError as exc:
        print(action, "ValueError", exc)
print(len(u))


class Remove:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 5

    def __eq__(self, other):
        v.discard(self)
        return False


v = set()
for n in range(4):
    v.add(Remove(n))
print("after removals", len(v))


class Fill:
    """Fills the set after a removal left a free slot."""

    done = False

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 9

    def __eq__(self, other):
        if not Fill.done and isinstance(other, Fill):
            Fill.done = True
            w.update(range(30))
        return isinstance(other, Fill) and other.n == self.n


w = set()
w.update([Fill(1), Fill(2), Fill(3)])
w.discard(Fill(1))
Fill.done = False
w.add(Fill(4))
print("fill", sorted(x.n for x in w if isinstance(x, Fill)), len(w))
print("frozenset", len(frozenset([Grow(5), Grow(6), Grow(5)])) >= 2)
