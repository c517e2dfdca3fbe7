# yield as an expression: its value is what send() passes, and yields inside one expression run left to
# right; yield from returns the subgenerator's return value.


def several(x):
    y = yield x
    z = yield y + (yield x * 2)
    yield z


g = several(1)
print(next(g), g.send(5), g.send(7), g.send(9))


def keyed():
    d = {}
    d[(yield "k")] = (yield "v")
    yield d


g = keyed()
print(next(g), g.send("key"), g.send("val"))


def bare():
    x = yield
    print("x is", x)


g = bare()
print(next(g))
try:
    g.send(42)
except StopIteration:
    print("done")


def chained():
    yield from (yield from [1, 2]) or [3]


print(list(chained()))


def inner():
    x = yield 1
    return x * 10


def outer():
    v = yield from inner()
    yield v


o = outer()
print(next(o), o.send(4))


def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total


a = accumulate()
next(a)
print(a.send(3), a.send(4))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    accumulate().send(1)
except TypeError as e:
    print("TypeError", e)
