def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            print("skip", a, b)
            yield None


print(list(safe_div([(1, 2), (1, 0), (9, 3)])))


def failing():
    yield 1
    raise ValueError("inside generator")


g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted"))


def leaky():
    yield 1
    raise StopIteration("explicit")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def finally_runs():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally")


for x in finally_runs():
    print(x)
