# list.index/count/remove/`in` whose items' __eq__ changes the list, and list.sort with a key or a comparison
# that changes the list: CPython reads the length at each step, and a sort that saw its list changed raises
# "list modified during sort" (the list then holds the sorted items; the changes are dropped). A deque's
# count/index/remove/`in` raise "deque mutated during iteration".
from collections import deque

lst = []


class Shrink:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if lst:
            lst.pop()
        return False

    def __repr__(self):
        return f"S{self.n}"


lst[:] = [Shrink(i) for i in range(6)]
print("in", Shrink(9) in lst, lst)
lst[:] = [Shrink(i) for i in range(6)]
print("count", lst.count(Shrink(9)), lst)
lst[:] = [Shrink(i) for i in range(6)]
try:
    lst.index(Shrink(9))
except ValueError as exc:
    print("index ValueError", lst)
lst[:] = [Shrink(i) for i in range(6)]
try:
    lst.remove(Shrink(9))
except ValueError as exc:
    print("remove", exc, lst)


class Grow:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if len(grow) < 20:
            grow.append(Grow(len(grow)))
        return isinstance(other, Grow) and other.n == self.n == 15

    def __repr__(self):
        return f"G{self.n}"


grow = [Grow(0)]
print("grow in", Grow(15) in grow, len(grow))
grow = [Grow(0)]
print("grow count", grow.count(Grow(15)), len(grow))
grow = [Grow(0)]
print("grow index", grow.index(Grow(15)), len(grow))
grow = [Grow(0)]
print("grow index stop", grow.index(Grow(15), 0, 100), len(grow))
grow = [Grow(0)]
grow.remove(Grow(15))
print("grow remove", len(grow), grow[14:16])


class Clear:
    def __eq__(self, other):
        clear.clear()
        return False


clear = [Clear(), Clear(), Clear()]
print("clear", clear.count(1), clear)
clear = [Clear(), Clear(), Clear()]
print("clear in", 1 in clear, clear)

items = [5, 3, 8, 1]


def key_appends(x):
    print("len inside sort", len(items))
    items.append(x)
    return x


try:
    items.sort(key=key_appends)
except ValueError as exc:
    print("ValueError", exc)
print("after", items)

items = [5, 3, 8, 1]


def key_clears(x):
    items.clear()
    return -x


items.sort(key=key_clears)
print("clear in key", items)

items = [5, 3, 8, 1]


def key_extends_nothing(x):
    items.extend([])
    return x


items.sort(key=key_extends_nothing)
print("extend empty", items)

items = [5, 3, 8, 1]


def key_raises(x):
    if x == 8:
        raise KeyError(x)
    return x


try:
    items.sort(key=key_raises)
except KeyError as exc:
    print("KeyError", exc, items)


class Less:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        things.append(self)
        return self.n < other.n

    def __repr__(self):
        return f"L{self.n}"


things = [Less(3), Less(1), Less(2)]
try:
    things.sort()
except ValueError as exc:
    print("ValueError", exc)
print(things)

things = [Less(3), Less(1), Less(2)]
print(sorted(things), len(things) > 3)

class E:
    def __eq__(self, o):
        dq.append(1)
        return False
for m in ("count", "index", "remove", "in"):
    dq = deque([E(), E()])
    try:
        if m == "in": print(5 in dq)
        else: print(getattr(dq, m)(5))
    except Exception as e:
        print(m, type(e).__name__, e, len(dq))
class P:
    def __eq__(self, o):
        dq.pop()
        return False
for m in ("count", "index", "remove", "in"):
    dq = deque([P(), P(), P()])
    try:
        if m == "in": print(5 in dq)
        else: print(getattr(dq, m)(5))
    except Exception as e:
        print(m, type(e).__name__, e, len(dq))
