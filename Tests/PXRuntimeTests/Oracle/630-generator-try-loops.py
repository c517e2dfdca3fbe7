# yield inside try/except/else/finally, inside loops with break, continue and else, and errors raised at
# or after a yield.


def stepped():
    i = 0
    while i < 5:
        i += 1
        if i == 2:
            continue
        try:
            if i == 4:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield ("err", e.args[0])
        else:
            yield "else"
        finally:
            yield "fin"
    else:
        yield "while-else"


print(list(stepped()))


def nested_loops():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
        else:
            yield "no-break"


print(list(nested_loops()))


def reraise():
    try:
        yield 1
    except Exception:
        yield "caught"
        raise


g = reraise()
next(g)
print(g.throw(TypeError("t")))
try:
    next(g)
except TypeError as e:
    print("reraised", e)


def fails_later():
    yield 1
    1 / 0


g = fails_later()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    next(g)
except StopIteration:
    print("finished after the error")


def finally_returns():
    try:
        yield 1
    finally:
        return "from finally"


g = finally_returns()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)


def per_item_cleanup():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)


for v in per_item_cleanup():
    print("got", v)
    if v == 1:
        break
print("after break")


def closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
        yield [f() for f in fs]


print(list(closures()))


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    while n < 3:
        yield bump()


print(list(counter()))
