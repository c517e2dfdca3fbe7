def resilient():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"


g = resilient()
next(g)
g.send(1)
print(g.throw(ValueError("bad input")))
next(g)
g.send(2)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator finished")


def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except RuntimeError:
            n = 100


c = counter()
print(next(c), next(c), c.throw(RuntimeError), next(c))
