# A generator suspended inside with-blocks: __exit__ runs when it resumes to the end, when it is closed,
# and when an exception is thrown in (a true __exit__ result swallows it).


class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, kind, value, traceback):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is KeyError


def two_levels():
    with Managed("a") as a:
        with Managed("b") as b:
            yield a + b
            yield b + a


for v in two_levels():
    print(v)
print("---")
g = two_levels()
print(next(g))
g.close()
print("--- thrown KeyError is swallowed by b")
g = two_levels()
next(g)
try:
    g.throw(KeyError("x"))
except StopIteration:
    print("StopIteration")
print("--- thrown ValueError passes through")
g = two_levels()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("ValueError", e)


def delegating():
    try:
        yield from two_levels()
    finally:
        print("outer finally")


g = delegating()
next(g)
g.close()
