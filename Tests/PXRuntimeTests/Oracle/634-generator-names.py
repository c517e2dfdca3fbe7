# __name__ and __qualname__ of generator functions, generators and generator expressions.


def top():
    yield 1


class Holder:
    def items(self):
        yield from range(2)

    @staticmethod
    def static():
        yield 0


def outer():
    def inner():
        yield 2

    return inner(), (x for x in range(1))


g = top()
print(top.__name__, top.__qualname__, g.__name__, g.__qualname__)
h = Holder().items()
print(Holder.items.__qualname__, h.__name__, h.__qualname__, list(h))
print(Holder.static().__qualname__)
i, e = outer()
print(i.__name__, i.__qualname__, e.__name__, e.__qualname__)
print((x for x in "").__qualname__)
print(repr(h).startswith("<generator object Holder.items at "), repr(e).startswith("<generator object outer.<locals>.<genexpr> at "))
print(type(g).__name__, type(g) is type(e), g.gi_running)
